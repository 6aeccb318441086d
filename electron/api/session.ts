// The store a running Copydesk works on, and what became of opening it. A store that fails to open
// leaves the app running with no store: status() says why, and openOther/startNew offer the way out.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openStore, RefusedError, StoreOpenError } from '../../db/store';
import type { Store } from '../../db/types';
import type { StoreStatus } from './contract';

/** Thrown by every store operation while no store is open; the API answers it with code 'store'. */
export class NoStoreError extends Error {
  override name = 'NoStoreError';
}

export class StoreSession {
  #store: Store | null = null;
  #status: StoreStatus;

  constructor(file: string) {
    this.#status = { file, ok: false, error: 'The store has not been opened yet.' };
    try {
      this.#use(file);
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      this.#status = { file, ok: false, error: error.message };
    }
  }

  status(): StoreStatus {
    return { ...this.#status };
  }

  /** The open store, or a NoStoreError naming the reason. */
  store(): Store {
    if (!this.#store) throw new NoStoreError(this.#status.error ?? 'No store is open.');
    return this.#store;
  }

  /** Switches to an existing store file; on failure the current store stays open. */
  openOther(file: string): StoreStatus {
    const path = resolve(file);
    if (!existsSync(path)) throw new RefusedError(`${path} does not exist.`);
    this.#use(path);
    return this.status();
  }

  /** Starts a new, empty store at `file`, or beside the current one under a fresh name. Never overwrites. */
  startNew(file?: string): StoreStatus {
    const path = file ? resolve(file) : freshFileBeside(this.#status.file);
    if (existsSync(path)) throw new RefusedError(`${path} already exists; choose a new file name.`);
    this.#use(path);
    return this.status();
  }

  close(): void {
    this.#store?.close();
    this.#store = null;
  }

  #use(file: string): void {
    const next = openStore(file);
    this.close();
    this.#store = next;
    this.#status = { file, ok: true };
  }
}

/** copydesk-2.db, copydesk-3.db … in the folder of `file`: the first name not taken. */
function freshFileBeside(file: string): string {
  for (let n = 2; ; n++) {
    const candidate = join(dirname(file), `copydesk-${n}.db`);
    if (!existsSync(candidate)) return candidate;
  }
}
