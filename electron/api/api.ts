// The API: one plain function per operation of contract.ts, over the session's store. Both bridges
// (Electron IPC and the browser-mode HTTP host) call handle(); every answer is a value or a one-line
// human error, never a stack trace.
import { z } from 'zod';
import { parseDictionary, serializeDictionary } from '../../core/entities';
import { emptyStory } from '../../core/story/story';
import { importWireFiles } from '../../db/import';
import { slugify } from '../../db/slug';
import { NotFoundError, RefusedError, StoreOpenError } from '../../db/store';
import type { ApiErrorCode, ApiOperations, ApiResponse, OperationInput, OperationName, OperationOutput } from './contract';
import { NoStoreError, type StoreSession } from './session';
import { describeInvalid, inputSchemas } from './validation';

type Handlers = { [K in OperationName]: (input: OperationInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>> };

export interface ApiOptions {
  /** The desktop shell's save dialog; browser mode has none and downloads in the page instead. */
  saveExport?: Handlers['saveExport'];
}

export interface Api {
  handle(operation: string, input: unknown): Promise<ApiResponse<unknown>>;
}

export function createApi(session: StoreSession, options: ApiOptions = {}): Api {
  const store = () => session.store();
  const found = <T>(value: T | null, what: string): T => {
    if (value === null) throw new NotFoundError(`There is no ${what}.`);
    return value;
  };

  const handlers: Handlers = {
    storeStatus: () => session.status(),
    openStore: ({ file }) => session.openOther(file),
    newStore: ({ file }) => session.startNew(file),

    listDrafts: (filter) => store().listDrafts(filter),
    searchDrafts: ({ query, ...filter }) => store().searchDrafts(query, filter),
    getDraft: ({ id }) => found(store().getDraft(id), `draft ${id}`),
    createDraft: ({ story }) => store().createDraft({ story: story ?? emptyStory() }),
    saveDraft: ({ id, story, ...options }) => store().saveDraft(id, story, options),
    setStatus: ({ id, status }) => store().setStatus(id, status),
    trashDraft: ({ id }) => (store().trashDraft(id), null),
    restoreDraft: ({ id }) => (store().restoreDraft(id), null),
    duplicateDraft: ({ id }) => store().duplicateDraft(id),

    listRevisions: ({ draftId }) => store().listRevisions(draftId),
    getRevision: ({ id }) => found(store().getRevision(id), `revision ${id}`),
    restoreRevision: ({ id }) => store().restoreRevision(id),

    importFiles: ({ files }) =>
      importWireFiles(
        store(),
        files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) })),
      ),
    getSource: ({ id }) => {
      const { fileName, format, text, importedAt } = found(store().getSource(id), `source ${id}`);
      return { id, fileName, format, text, importedAt };
    },

    listDictionaries: () => store().listDictionaries(),
    createDictionary: ({ name }) => store().createDictionary(name),
    importDictionary: ({ text, format, name }) => store().importDictionary(readDictionary(text, format, name)),
    exportDictionary: ({ id, format }) => {
      const dictionary = found(store().exportDictionary(id), `dictionary ${id}`);
      return { fileName: `${slugify(dictionary.name)}.${format}`, text: serializeDictionary(dictionary, format) };
    },
    setDictionaryEnabled: ({ id, enabled }) => (store().setDictionaryEnabled(id, enabled), null),
    deleteDictionary: ({ id }) => (store().deleteDictionary(id), null),
    enabledEntities: () => store().enabledEntities(),
    searchEntities: ({ dictionaryId, query, offset, limit }) => store().searchEntities(dictionaryId, query, { offset, limit }),
    upsertEntity: ({ dictionaryId, entity }) => store().upsertEntity(dictionaryId, entity),
    deleteEntity: ({ id }) => (store().deleteEntity(id), null),
    mergeEntities: ({ keepId, otherIds }) => store().mergeEntities(keepId, otherIds),

    saveExport:
      options.saveExport ??
      (() => {
        throw new UnsupportedError('Saving to a file is done by the browser here: the export downloads instead.');
      }),
  };

  return {
    async handle(operation, input) {
      if (!isOperation(operation)) return failure('invalid', `There is no operation called “${operation}”.`);
      try {
        const parsed = inputSchemas[operation].parse(input ?? {});
        const run = handlers[operation] as (input: unknown) => unknown;
        return { ok: true, value: await run(parsed) };
      } catch (error) {
        return answerFor(operation, error);
      }
    },
  };
}

class UnsupportedError extends Error {}

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(inputSchemas, name);
}

/** A dictionary file's text as a Dictionary; a file that cannot be read is refused in the parser's words. */
function readDictionary(text: string, format: 'json' | 'csv', name?: string) {
  try {
    return parseDictionary(text, format, name);
  } catch (error) {
    throw new RefusedError(firstLine(error));
  }
}

const STORE_TROUBLE = /^SQLITE_(CORRUPT|NOTADB|FULL|IOERR|READONLY|CANTOPEN|BUSY|LOCKED)/;

function answerFor(operation: keyof ApiOperations, error: unknown): ApiResponse<never> {
  if (error instanceof z.ZodError) return failure('invalid', describeInvalid(operation, error));
  if (error instanceof NotFoundError) return failure('not-found', error.message);
  if (error instanceof RefusedError) return failure('refused', error.message);
  if (error instanceof UnsupportedError) return failure('unsupported', error.message);
  if (error instanceof NoStoreError || error instanceof StoreOpenError) return failure('store', error.message);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && STORE_TROUBLE.test(code)) {
    return failure('store', `The store could not be used: ${firstLine(error)}`);
  }
  console.error(`copydesk: ${operation} failed:`, error);
  return failure('internal', `Copydesk could not carry out ${operation}; the details are in its log.`);
}

function failure(code: ApiErrorCode, message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
