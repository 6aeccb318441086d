// The store a command works on: --db FILE, else $COPYDESK_DB, else the desktop app's own file.
import type { Store } from '../db/types';
import { FileRefused } from './errors';

export async function withStore<T>(dbFlag: string | undefined, work: (store: Store) => T | Promise<T>): Promise<T> {
  const [{ openStore }, { resolveStoreFile }, { StoreOpenError }] = await Promise.all([
    import('../db/store'),
    import('../db/paths'),
    import('../db/errors'),
  ]);
  let store: Store;
  try {
    store = openStore(resolveStoreFile(dbFlag));
  } catch (error) {
    // A store file that is damaged, not SQLite or from a newer Copydesk is a file refused, in the store's own words.
    throw error instanceof StoreOpenError ? new FileRefused(error.message) : error;
  }
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
