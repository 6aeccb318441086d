// The store: one SQLite file holding drafts, revisions, original sources and entity dictionaries.
import { idleCheckpoints } from './checkpoint';
import { openDatabase } from './connection';
import { dictionaryOps } from './dictionaries';
import { draftOps } from './drafts';
import { sourceOps } from './sources';
import type { Store } from './types';

export { StoreOpenError, NotFoundError, RefusedError } from './errors';
export { resolveStoreFile } from './paths';
export type { Store } from './types';

/** Opens (creating if need be) and migrates the store at `file`. Throws StoreOpenError when it cannot. */
export function openStore(file: string): Store {
  const db = openDatabase(file);
  const drafts = draftOps(db);
  const sources = sourceOps(db, drafts);
  const dictionaries = dictionaryOps(db);
  const checkpoints = idleCheckpoints(db);
  /** The result of a large write, after scheduling the checkpoint that follows it. */
  const wrote = <T>(result: T): T => (checkpoints.wrote(), result);
  // Bulk loads running now (imports may overlap): batches meanwhile leave merging the search index to
  // the end of the last load, which merges for everything written since the first began.
  let bulkLoads = 0;
  let finishBulkLoads = () => {};
  return {
    file,
    close: () => {
      checkpoints.stop();
      db.close();
    },
    batch: (work) => {
      const finishBulk = drafts.startBulkWrite();
      const result = db.transaction(work)();
      if (bulkLoads === 0) finishBulk();
      return wrote(result);
    },
    bulkLoad: async (load) => {
      if (bulkLoads++ === 0) finishBulkLoads = drafts.startBulkWrite();
      try {
        return await load();
      } finally {
        if (--bulkLoads === 0 && db.open) {
          finishBulkLoads();
          checkpoints.wrote();
        }
      }
    },

    createDraft: (input) => drafts.create(input),
    getDraft: (idOrSlug) => drafts.get(idOrSlug),
    saveDraft: (id, story, options) => wrote(drafts.save(id, story, options)),
    setStatus: (id, status) => drafts.setStatus(id, status),
    listDrafts: (filter) => drafts.list(filter),
    searchDrafts: (query, options) => drafts.search(query, options),
    trashDraft: (id) => drafts.setTrashed(id, true),
    restoreDraft: (id) => drafts.setTrashed(id, false),
    duplicateDraft: (id) => drafts.duplicate(id),

    listRevisions: (draftId) => drafts.listRevisions(draftId),
    getRevision: (id) => drafts.getRevision(id),
    restoreRevision: (id) => drafts.restoreRevision(id),

    findImport: (sha256) => sources.findImport(sha256),
    addImports: (inputs) => wrote(sources.addImports(inputs)),
    getSource: (id) => sources.getSource(id),

    listDictionaries: () => dictionaries.list(),
    createDictionary: (name) => dictionaries.create(name),
    importDictionary: (dictionary) => wrote(dictionaries.importDictionary(dictionary)),
    exportDictionary: (nameOrId) => dictionaries.export(nameOrId),
    setDictionaryEnabled: (id, enabled) => dictionaries.setEnabled(id, enabled),
    deleteDictionary: (id) => dictionaries.delete(id),
    enabledEntities: () => dictionaries.enabledEntities(),
    searchEntities: (dictionaryId, query, page) => dictionaries.searchEntities(dictionaryId, query, page),
    upsertEntity: (dictionaryId, entity) => dictionaries.upsertEntity(dictionaryId, entity),
    deleteEntity: (id) => dictionaries.deleteEntity(id),
    mergeEntities: (keepId, otherIds) => dictionaries.mergeEntities(keepId, otherIds),
  };
}
