// Real stores on temp files for tests, each closed after its test.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore } from '../../db/store';
import type { Store } from '../../db/types';
import { tempDir } from './paths';

const open: Store[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

/** Opens (creating if need be) the store at `file`; it is closed after the test. */
export function openTestStore(file: string): Store {
  const store = openStore(file);
  open.push(store);
  return store;
}

/** A new, empty store in a fresh temp folder. */
export function freshStore(): Store {
  return openTestStore(join(tempDir(), 'copydesk.db'));
}
