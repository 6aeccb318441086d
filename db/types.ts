// The store's contract: what the API, the CLI and the import pipeline may ask of it.
import type { Story } from '../core/story/story';
import type { Dictionary, DictionaryEntity } from '../core/entities/types';

export type DraftStatus = 'draft' | 'editing' | 'ready' | 'published';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['draft', 'editing', 'ready', 'published'];

export interface DraftSummary {
  id: string;
  slug: string;
  headline: string;
  status: DraftStatus;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  /** Set when the draft is in the trash. */
  trashedAt: string | null;
  sourceId: number | null;
  /** Agency, from the story's meta, for the list. */
  agency: string | null;
}

export interface Draft extends DraftSummary {
  story: Story;
}

export interface SaveResult {
  updatedAt: string;
  wordCount: number;
  /** Set when this save also wrote a revision. */
  revisionId: number | null;
}

export interface SearchHit extends DraftSummary {
  /** A snippet of the matching text with matches wrapped in \u0002 … \u0003 (the UI highlights them). */
  snippet: string;
}

export interface RevisionSummary {
  id: number;
  draftId: string;
  createdAt: string;
  wordCount: number;
  /** Words added minus words removed against the previous revision. */
  wordDelta: number;
  reason: 'autosave' | 'manual' | 'import' | 'restore' | 'close';
}

export interface Revision extends RevisionSummary {
  story: Story;
}

export interface Source {
  id: number;
  fileName: string;
  format: string;
  sha256: string;
  bytes: Uint8Array;
  /** The decoded text of the original. */
  text: string;
  importedAt: string;
}

/** One story to import, with the original file it came from (kept once however many stories it holds). */
export interface ImportInput {
  bytes: Uint8Array;
  text: string;
  fileName: string;
  format: string;
  story: Story;
}

export interface DictionarySummary {
  id: number;
  name: string;
  enabled: boolean;
  entityCount: number;
}

export interface Store {
  readonly file: string;
  close(): void;
  /** Runs `work` in one transaction: bulk writes (a batch import, generated test data) commit once or not at all. */
  batch<T>(work: () => T): T;
  /**
   * Runs a long load made of many transactions (a large import): each commits on its own, and the search
   * index is merged once at the end, when the whole load wrote enough to need it, instead of after each batch.
   */
  bulkLoad<T>(load: () => Promise<T>): Promise<T>;

  createDraft(input: { story: Story; status?: DraftStatus }): Draft;
  getDraft(idOrSlug: string): Draft | null;
  /** Autosave: updates the draft and its search index in one transaction; writes a revision when due. */
  saveDraft(id: string, story: Story, options?: { status?: DraftStatus; revision?: RevisionSummary['reason'] }): SaveResult;
  setStatus(id: string, status: DraftStatus): DraftSummary;
  listDrafts(filter?: { trash?: boolean; status?: DraftStatus; limit?: number }): DraftSummary[];
  searchDrafts(query: string, options?: { trash?: boolean; status?: DraftStatus; limit?: number }): SearchHit[];
  trashDraft(id: string): void;
  restoreDraft(id: string): void;
  duplicateDraft(id: string): Draft;

  listRevisions(draftId: string): RevisionSummary[];
  getRevision(id: number): Revision | null;
  /** Restores an old revision as the draft's new current text, and records it as a new revision. */
  restoreRevision(id: number): Draft;

  /** The draft already made from these exact bytes, if any. */
  findImport(sha256: string): { sourceId: number; draftId: string } | null;
  /** Imports (the items of one file, a chunk of a large import): each source kept once per content hash and a
   *  draft made from it, all in one transaction, so nothing is half-imported. */
  addImports(inputs: readonly ImportInput[]): Draft[];
  getSource(id: number): Source | null;

  listDictionaries(): DictionarySummary[];
  createDictionary(name: string): DictionarySummary;
  /** Adds a dictionary (or replaces the entities of the one with that name) in one transaction. */
  importDictionary(dictionary: Dictionary): DictionarySummary;
  exportDictionary(nameOrId: string | number): Dictionary | null;
  setDictionaryEnabled(id: number, enabled: boolean): void;
  deleteDictionary(id: number): void;
  /** Every entity of every enabled dictionary, with ids. */
  enabledEntities(): DictionaryEntity[];
  searchEntities(dictionaryId: number, query: string, page: { offset: number; limit: number }): { total: number; rows: DictionaryEntity[] };
  upsertEntity(dictionaryId: number, entity: DictionaryEntity): DictionaryEntity;
  deleteEntity(id: string): void;
  /** Folds the others into `keepId`: their names become aliases of it. */
  mergeEntities(keepId: string, otherIds: readonly string[]): DictionaryEntity;
}
