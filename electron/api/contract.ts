// The one definition of the API both bridges carry (IPC in Electron, HTTP in browser mode).
// Types only: the renderer imports this file with `import type`.
import type { Story } from '../../core/story/story';
import type { DictionaryEntity } from '../../core/entities/types';
import type {
  Draft,
  DraftStatus,
  DraftSummary,
  DictionarySummary,
  Revision,
  RevisionSummary,
  SaveResult,
  SearchHit,
} from '../../db/types';

export interface ImportSummary {
  imported: { name: string; draftId: string; headline: string; format: string }[];
  /** Files whose exact bytes were imported before: the existing draft. */
  duplicates: { name: string; draftId: string }[];
  refused: { name: string; reason: string }[];
}

export interface StoreStatus {
  /** The store file in use, or the one that failed to open. */
  file: string;
  ok: boolean;
  /** Why the store could not be opened: corrupt, not SQLite, newer schema … */
  error?: string;
}

export interface SourceView {
  id: number;
  fileName: string;
  format: string;
  text: string;
  importedAt: string;
}

/** Operation name -> [input, output]. */
export interface ApiOperations {
  storeStatus: [Record<string, never>, StoreStatus];
  /** Opens another store file (never creates or overwrites). */
  openStore: [{ file: string }, StoreStatus];
  /** Starts a new, empty store beside the current one (a fresh file name) or at `file` if it does not exist. */
  newStore: [{ file?: string }, StoreStatus];

  listDrafts: [{ trash?: boolean; status?: DraftStatus }, DraftSummary[]];
  searchDrafts: [{ query: string; trash?: boolean; status?: DraftStatus }, SearchHit[]];
  getDraft: [{ id: string }, Draft];
  createDraft: [{ story?: Story }, Draft];
  saveDraft: [{ id: string; story: Story; status?: DraftStatus; revision?: RevisionSummary['reason'] }, SaveResult];
  setStatus: [{ id: string; status: DraftStatus }, DraftSummary];
  trashDraft: [{ id: string }, null];
  restoreDraft: [{ id: string }, null];
  duplicateDraft: [{ id: string }, Draft];

  listRevisions: [{ draftId: string }, RevisionSummary[]];
  getRevision: [{ id: number }, Revision];
  restoreRevision: [{ id: number }, Draft];

  /** Files as base64; the renderer sends batches one file at a time to show progress. */
  importFiles: [{ files: { name: string; dataBase64: string }[] }, ImportSummary];
  getSource: [{ id: number }, SourceView];

  listDictionaries: [Record<string, never>, DictionarySummary[]];
  createDictionary: [{ name: string }, DictionarySummary];
  importDictionary: [{ text: string; format: 'json' | 'csv'; name?: string }, DictionarySummary];
  exportDictionary: [{ id: number; format: 'json' | 'csv' }, { fileName: string; text: string }];
  setDictionaryEnabled: [{ id: number; enabled: boolean }, null];
  deleteDictionary: [{ id: number }, null];
  enabledEntities: [Record<string, never>, DictionaryEntity[]];
  searchEntities: [
    { dictionaryId: number; query: string; offset: number; limit: number },
    { total: number; rows: DictionaryEntity[] },
  ];
  upsertEntity: [{ dictionaryId: number; entity: DictionaryEntity }, DictionaryEntity];
  deleteEntity: [{ id: string }, null];
  mergeEntities: [{ keepId: string; otherIds: string[] }, DictionaryEntity];

  /** Desktop only: a save dialog for exported Markdown. Browser mode downloads in the page instead. */
  saveExport: [{ suggestedName: string; text: string }, { saved: boolean; file?: string }];
}

export type OperationName = keyof ApiOperations;
export type OperationInput<K extends OperationName> = ApiOperations[K][0];
export type OperationOutput<K extends OperationName> = ApiOperations[K][1];

/** Every call answers with a value or a human error; never a stack trace. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };
export type ApiErrorCode = 'invalid' | 'not-found' | 'refused' | 'store' | 'internal' | 'unsupported';

export interface MenuCommand {
  command: 'new' | 'import' | 'export' | 'find' | 'save';
}

/** What the preload exposes as window.copydesk (and what the HTTP bridge mimics in browser mode). */
export interface CopydeskBridge {
  mode: 'desktop' | 'browser';
  call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<ApiResponse<OperationOutput<K>>>;
  onMenu(listener: (command: MenuCommand['command']) => void): () => void;
}
