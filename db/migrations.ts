// The schema, as a list of migrations keyed on PRAGMA user_version. Migration N brings a store from
// version N-1 to N; append new ones, never edit old ones. Before any migration touches an existing
// store, the file is copied aside so nothing a person wrote can be lost to an upgrade.
import type { Database } from 'better-sqlite3';
import type { Story } from '../core/story/story';
import { StoreOpenError } from './errors';
import { indexedTexts, TEXT_INDEX_DDL, textIndex } from './textIndex';

/** SQL to run, or a step that needs code (e.g. to read the stories' JSON). */
export type Migration = string | ((db: Database) => void);

export const MIGRATIONS: readonly Migration[] = [
  /* 1: drafts, revisions, sources, dictionaries and the search index */ `
  CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    format      TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    bytes       BLOB NOT NULL,
    text        TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );

  -- num is the stable integer key the search index needs; id is the UUID everyone else uses.
  CREATE TABLE drafts (
    num        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    slug       TEXT NOT NULL UNIQUE,
    headline   TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('draft', 'editing', 'ready', 'published')),
    word_count INTEGER NOT NULL,
    agency     TEXT,
    story      TEXT NOT NULL,
    source_id  INTEGER REFERENCES sources(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT
  );
  CREATE INDEX drafts_by_update ON drafts(updated_at);
  CREATE INDEX drafts_by_source ON drafts(source_id);

  CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY,
    draft_id   TEXT NOT NULL REFERENCES drafts(id),
    created_at TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    word_delta INTEGER NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('autosave', 'manual', 'import', 'restore', 'close')),
    story      TEXT NOT NULL
  );
  CREATE INDEX revisions_by_draft ON revisions(draft_id, id);

  -- Headline and plain body text of each draft, rowid = drafts.num; the store keeps it in step.
  CREATE VIRTUAL TABLE drafts_fts USING fts5(headline, body, tokenize = 'unicode61 remove_diacritics 2');

  CREATE TABLE dictionaries (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    enabled INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    dictionary_id INTEGER NOT NULL REFERENCES dictionaries(id) ON DELETE CASCADE,
    canonical     TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place', 'other')),
    description   TEXT NOT NULL DEFAULT '',
    url           TEXT
  );
  CREATE INDEX entities_by_dictionary ON entities(dictionary_id);
  CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL
  );
  CREATE INDEX aliases_by_entity ON aliases(entity_id);
  `,
  /* 2: the search index per block of text, so an autosave re-indexes only what changed */
  (db) => {
    db.exec(`DROP TABLE drafts_fts; ${TEXT_INDEX_DDL}`);
    const index = textIndex(db);
    // In pages: the connection cannot write while a query is being iterated, and all stories may not fit in memory.
    const page = db.prepare<[number], { num: number; story: string }>('SELECT num, story FROM drafts WHERE num > ? ORDER BY num LIMIT 500');
    for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1].num)) {
      for (const row of rows) index.write(row.num, indexedTexts(JSON.parse(row.story) as Story));
    }
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Refuses, before anything is written, a store from a newer Copydesk or an SQLite file of another program. */
export function assertCompatible(db: Database, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new StoreOpenError(
      'newer-schema',
      file,
      `${file} was written by a newer version of Copydesk (store version ${version}, this one reads up to ${migrations.length}); update Copydesk to open it.`,
    );
  }
  if (version === 0 && hasTables(db)) {
    throw new StoreOpenError('not-sqlite', file, `${file} is an SQLite database of some other program, not a Copydesk store.`);
  }
}

/** Brings a compatible store up to the last migration (SCHEMA_VERSION), copying it aside first. */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  assertCompatible(db, file, migrations);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === migrations.length) return;
  if (version > 0) copyAside(db, file, version);
  for (let next = version + 1; next <= migrations.length; next++) {
    db.transaction(() => {
      const migration = migrations[next - 1];
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${next}`);
    })();
  }
}

function hasTables(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** A consistent copy of the store (WAL included) beside it, e.g. copydesk.db.v1-backup-20260101T120000Z. */
function copyAside(db: Database, file: string, version: number): void {
  const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
  db.prepare('VACUUM INTO ?').run(`${file}.v${version}-backup-${stamp}`);
}
