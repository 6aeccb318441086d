// Opening a store file: a file that is not SQLite, damaged or unreadable becomes a StoreOpenError with a
// plain message, and is never written to, truncated or replaced.
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError } from './errors';
import { assertCompatible, migrate } from './migrations';

const SQLITE_HEADER = 'SQLite format 3\0';

export function openDatabase(file: string): Database.Database {
  checkHeader(file);
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, nativeBindingOption());
    // Checks come before any write (WAL mode is one), so a file that is refused is left exactly as it was.
    const problem = db.pragma('quick_check(1)', { simple: true });
    if (problem !== 'ok') throw new StoreOpenError('corrupt', file, `${file} is damaged (${String(problem)}).`);
    assertCompatible(db, file);
    // WAL + synchronous=NORMAL: each commit is in the WAL file before the call returns, so a killed
    // process loses nothing it acknowledged; only a power cut may lose the last commits (never the file's
    // integrity). FULL would fsync every autosave for little gain.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw asOpenError(error, file);
  }
}

/**
 * The desktop app started from a checkout runs better-sqlite3 under Electron, whose ABI differs from Node's:
 * scripts/start.mjs builds a copy for Electron and names it here. Node (CLI, tests, browser mode) and the
 * packaged app (rebuilt by electron-builder) use the package's own build.
 */
function nativeBindingOption(): Database.Options {
  const binding = process.env.COPYDESK_SQLITE_BINDING;
  return binding ? { nativeBinding: binding } : {};
}

/** Refuses a non-empty file that does not start with SQLite's magic header, before SQLite sees it. */
function checkHeader(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw asOpenError(error, file);
  }
  if (size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    readSync(fd, header, 0, header.length, 0);
  } catch (error) {
    throw asOpenError(error, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new StoreOpenError('not-sqlite', file, `${file} is not a Copydesk store (not an SQLite database).`);
  }
}

function asOpenError(error: unknown, file: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new StoreOpenError('not-sqlite', file, `${file} is not a Copydesk store (not an SQLite database).`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreOpenError('corrupt', file, `${file} is damaged and cannot be opened.`);
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreOpenError('unreadable', file, `${file} cannot be opened: ${reason}`);
}
