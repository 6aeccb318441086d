// WAL checkpoints off the autosave path. SQLite's automatic checkpoint runs inside whichever commit
// crosses its threshold, so every few dozen autosaves one would take several times longer. The store
// instead checkpoints once writes have been quiet for a moment; a high automatic ceiling stays as a safety net.
import type { Database } from 'better-sqlite3';

const QUIET_MS = 1500;
const CEILING_PAGES = 10_000; // about 40 MB of WAL

export interface Checkpoints {
  /** Call after a write: schedules a checkpoint for when writing has paused. */
  wrote(): void;
  stop(): void;
}

export function idleCheckpoints(db: Database): Checkpoints {
  db.pragma(`wal_autocheckpoint = ${CEILING_PAGES}`);
  let timer: NodeJS.Timeout | undefined;
  return {
    wrote() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
      }, QUIET_MS);
      timer.unref();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
