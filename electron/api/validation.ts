// One schema per API operation: every input is checked here before it reaches the store.
// `satisfies` ties each schema to contract.ts, so the two cannot drift apart unnoticed.
import { z } from 'zod';
import { ENTITY_KINDS } from '../../core/entities/types';
import { storyToDoc, type BlockJSON, type Story } from '../../core/story/story';
import { DRAFT_STATUSES } from '../../db/types';
import type { OperationInput, OperationName } from './contract';

const id = z.string().min(1, 'is empty').max(200);
const rowId = z.int().positive();
const status = z.enum(DRAFT_STATUSES);
const reason = z.enum(['autosave', 'manual', 'import', 'restore', 'close']);
const none = z.strictObject({});

const meta = z.looseObject({
  slugline: z.string().optional(),
  agency: z.string().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  priority: z.number().optional(),
  urgency: z.number().optional(),
  embargo: z.string().optional(),
  ednote: z.string().optional(),
  takeKey: z.string().optional(),
  credits: z.array(z.string()).optional(),
  boilerplate: z.array(z.string()).optional(),
  ids: z.record(z.string(), z.string()).optional(),
  source: z.string().optional(),
  pubStatus: z.string().optional(),
});

/** A story whose body is checked against the editor's own ProseMirror schema. */
const story: z.ZodType<Story> = z
  .object({
    headline: z.string(),
    dek: z.string(),
    byline: z.string(),
    dateline: z.string(),
    body: z.array(z.custom<BlockJSON>((block) => typeof block === 'object' && block !== null, 'is not a block')),
    meta,
  })
  .superRefine((value, ctx) => {
    try {
      storyToDoc(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: `does not fit the story schema (${(error as Error).message})` });
    }
  });

const entity = z.object({
  id: id.optional(),
  canonical: z.string().trim().min(1, 'is empty'),
  type: z.enum(ENTITY_KINDS),
  aliases: z.array(z.string().trim().min(1, 'has an empty alias')),
  description: z.string(),
  url: z.string().optional(),
});

export const inputSchemas = {
  storeStatus: none,
  openStore: z.strictObject({ file: z.string().min(1, 'is empty') }),
  newStore: z.strictObject({ file: z.string().min(1, 'is empty').optional() }),

  listDrafts: z.strictObject({ trash: z.boolean().optional(), status: status.optional() }),
  searchDrafts: z.strictObject({ query: z.string().max(1000), trash: z.boolean().optional(), status: status.optional() }),
  getDraft: z.strictObject({ id }),
  createDraft: z.strictObject({ story: story.optional() }),
  saveDraft: z.strictObject({ id, story, status: status.optional(), revision: reason.optional() }),
  setStatus: z.strictObject({ id, status }),
  trashDraft: z.strictObject({ id }),
  restoreDraft: z.strictObject({ id }),
  duplicateDraft: z.strictObject({ id }),

  listRevisions: z.strictObject({ draftId: id }),
  getRevision: z.strictObject({ id: rowId }),
  restoreRevision: z.strictObject({ id: rowId }),

  importFiles: z.strictObject({
    files: z.array(z.strictObject({ name: z.string().min(1, 'is empty').max(1000), dataBase64: z.base64() })).min(1, 'is empty'),
  }),
  getSource: z.strictObject({ id: rowId }),

  listDictionaries: none,
  createDictionary: z.strictObject({ name: z.string().trim().min(1, 'is empty').max(200) }),
  importDictionary: z.strictObject({ text: z.string(), format: z.enum(['json', 'csv']), name: z.string().trim().min(1).max(200).optional() }),
  exportDictionary: z.strictObject({ id: rowId, format: z.enum(['json', 'csv']) }),
  setDictionaryEnabled: z.strictObject({ id: rowId, enabled: z.boolean() }),
  deleteDictionary: z.strictObject({ id: rowId }),
  enabledEntities: none,
  searchEntities: z.strictObject({
    dictionaryId: rowId,
    query: z.string().max(1000),
    offset: z.int().nonnegative(),
    limit: z.int().positive().max(1000),
  }),
  upsertEntity: z.strictObject({ dictionaryId: rowId, entity }),
  deleteEntity: z.strictObject({ id }),
  mergeEntities: z.strictObject({ keepId: id, otherIds: z.array(id).min(1, 'is empty') }),

  saveExport: z.strictObject({ suggestedName: z.string().min(1, 'is empty').max(255), text: z.string() }),
} satisfies { [K in OperationName]: z.ZodType<OperationInput<K>> };

/** "saveDraft: story.headline: expected string, received number" — one line naming the field. */
export function describeInvalid(operation: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${operation}: ${field}${issue.message}${more}`;
}
