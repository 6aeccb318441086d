// The store on real SQLite files in temp folders: drafts, search, revisions, imports, dictionaries,
// and files it must refuse without touching them.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { resolveStoreFile, userDataDir } from '../../db/paths';
import { sha256Hex } from '../../db/sources';
import { openStore, StoreOpenError } from '../../db/store';
import { tempDir } from '../support/paths';
import { freshStore, openTestStore, testStory as story } from '../support/store';


describe('drafts', () => {
  it('keeps a draft across close and reopen, found by id or by slug', () => {
    const store = freshStore();
    const draft = store.createDraft({ story: story('Storm closes Oslo airport', 'Flights were cancelled on Monday.') });
    expect(draft.slug).toBe('storm-closes-oslo-airport');
    expect(draft.wordCount).toBe(9);
    expect(draft.agency).toBe('Test Agency');
    store.close();

    const again = openTestStore(store.file);
    expect(again.getDraft(draft.id)?.story.body).toEqual(draft.story.body);
    expect(again.getDraft('storm-closes-oslo-airport')?.id).toBe(draft.id);
    expect(again.getDraft('no-such-draft')).toBeNull();
  });

  it('gives drafts with the same headline different slugs, and follows headline edits', () => {
    const store = freshStore();
    const a = store.createDraft({ story: story('Élan vital at the Fête') });
    const b = store.createDraft({ story: story('Élan vital at the Fête') });
    expect(a.slug).toBe('elan-vital-at-the-fete');
    expect(b.slug).toBe('elan-vital-at-the-fete-2');
    store.saveDraft(b.id, story('Second thoughts'));
    expect(store.getDraft(b.id)?.slug).toBe('second-thoughts');
    expect(store.createDraft({ story: story('') }).slug).toBe('untitled');
  });

  it('saves update text, word count and status; lists by trash and status', () => {
    const store = freshStore();
    const a = store.createDraft({ story: story('One', 'alpha beta') });
    const b = store.createDraft({ story: story('Two', 'gamma') });
    const result = store.saveDraft(a.id, story('One', 'alpha beta gamma delta'), { status: 'ready' });
    expect(result.wordCount).toBe(5);
    expect(store.getDraft(a.id)?.status).toBe('ready');
    expect(store.setStatus(b.id, 'editing').status).toBe('editing');

    store.trashDraft(b.id);
    expect(store.listDrafts().map((d) => d.id)).toEqual([a.id]);
    expect(store.listDrafts({ trash: true }).map((d) => d.id)).toEqual([b.id]);
    expect(store.listDrafts({ status: 'ready' }).map((d) => d.id)).toEqual([a.id]);
    store.restoreDraft(b.id);
    expect(store.listDrafts()).toHaveLength(2);
    expect(() => store.saveDraft('missing', story('x'))).toThrow(/no draft/);
  });

  it('duplicates a draft as a new one with its own id and slug', () => {
    const store = freshStore();
    const a = store.createDraft({ story: story('Copy me', 'text') });
    const copy = store.duplicateDraft(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.slug).toBe('copy-me-2');
    expect(copy.story).toEqual(a.story);
  });
});

describe('autosave', () => {
  it('leaves checkpointing out of a burst of saves and does it once writing pauses', async () => {
    const store = freshStore();
    const d = store.createDraft({ story: story('Long read') });
    const mainFileSize = () => statSync(store.file).size;
    const before = mainFileSize();
    for (let i = 0; i < 20; i++) store.saveDraft(d.id, story('Long read', `Version ${i}. ${'More words in the long read. '.repeat(500)}`));
    expect(mainFileSize()).toBe(before); // everything is still in the WAL
    await vi.waitFor(() => expect(mainFileSize()).toBeGreaterThan(before), { timeout: 20_000, interval: 100 });
  });
});

describe('search', () => {
  it('finds drafts by headline and body words with highlighted snippets, prefix on the last word', () => {
    const store = freshStore();
    const quake = store.createDraft({ story: story('Earthquake shakes Lima', 'Buildings swayed in the Peruvian capital.') });
    store.createDraft({ story: story('Budget vote delayed', 'Parliament will vote next week.') });

    const hits = store.searchDrafts('peruvian');
    expect(hits.map((h) => h.id)).toEqual([quake.id]);
    expect(hits[0].snippet).toContain('\u0002Peruvian\u0003');
    expect(store.searchDrafts('earthq').map((h) => h.id)).toEqual([quake.id]);
    expect(store.searchDrafts('earthq ')).toEqual([]); // a finished word is not a prefix
    expect(store.searchDrafts('ea')).toEqual([]); // nor are one or two letters
    expect(store.searchDrafts('vote parliament')).toHaveLength(1);
  });

  it('never fails on FTS syntax in user input', () => {
    const store = freshStore();
    const d = store.createDraft({ story: story('Rock "n" roll: AND OR NOT', 'He said NEAR(x y) -- and * stars.') });
    for (const input of ['"', 'AND', 'NOT OR', 'NEAR(', '*', 'col:umn', '((', '"unclosed phrase', '^start', '-', '']) {
      expect(() => store.searchDrafts(input), input).not.toThrow();
    }
    expect(store.searchDrafts('NEAR(x').map((h) => h.id)).toEqual([d.id]);
    expect(store.searchDrafts('"rock n roll"').map((h) => h.id)).toEqual([d.id]);
  });

  it('lists the newest matching drafts first, up to the limit', () => {
    const store = freshStore();
    const ids = store.batch(() => Array.from({ length: 5 }, (_, i) => store.createDraft({ story: story(`Flood ${i}`, 'river') }).id));
    expect(store.searchDrafts('river', { limit: 3 }).map((h) => h.id)).toEqual(ids.reverse().slice(0, 3));
  });

  it('keeps the index in step with saves and respects the trash', () => {
    const store = freshStore();
    const d = store.createDraft({ story: story('Harbour', 'The old wording.') });
    store.saveDraft(d.id, story('Harbour', 'The new phrasing.'));
    expect(store.searchDrafts('wording')).toHaveLength(0);
    expect(store.searchDrafts('phrasing')).toHaveLength(1);
    store.trashDraft(d.id);
    expect(store.searchDrafts('phrasing')).toHaveLength(0);
    expect(store.searchDrafts('phrasing', { trash: true })).toHaveLength(1);
  });
});

describe('revisions', () => {
  it('writes a revision on an asked-for save, the first autosave, and not on every keystroke', () => {
    const store = freshStore();
    const d = store.createDraft({ story: story('Rev', 'one two') });
    expect(store.saveDraft(d.id, story('Rev', 'one two three')).revisionId).not.toBeNull(); // first autosave
    expect(store.saveDraft(d.id, story('Rev', 'one two three four')).revisionId).toBeNull();
    const manual = store.saveDraft(d.id, story('Rev', 'one'), { revision: 'manual' });
    expect(manual.revisionId).not.toBeNull();

    const revisions = store.listRevisions(d.id);
    expect(revisions.map((r) => r.reason)).toEqual(['manual', 'autosave']);
    expect(revisions.map((r) => r.wordDelta)).toEqual([-2, 4]);
  });

  it('restores an old revision as the current text and records the restore', () => {
    const store = freshStore();
    const d = store.createDraft({ story: story('Rev', 'first version') });
    const first = store.saveDraft(d.id, story('Rev', 'first version'), { revision: 'manual' }).revisionId!;
    store.saveDraft(d.id, story('Rev', 'second version entirely'), { revision: 'manual' });
    const restored = store.restoreRevision(first);
    expect(restored.story.body).toEqual(story('Rev', 'first version').body);
    expect(store.listRevisions(d.id)[0].reason).toBe('restore');
    expect(store.searchDrafts('entirely')).toHaveLength(0);
    expect(store.getRevision(first)?.story.body).toEqual(restored.story.body);
  });
});

describe('imports', () => {
  it('stores the original bytes with the draft and finds a repeated import by hash', () => {
    const store = freshStore();
    const bytes = new TextEncoder().encode('ZCZC original wire text NNNN');
    const [draft] = store.addImports([{ bytes, text: 'original wire text', fileName: 'a.txt', format: 'text', story: story('Wire', 'text') }]);
    expect(draft.sourceId).not.toBeNull();
    expect(store.listRevisions(draft.id).map((r) => r.reason)).toEqual(['import']);
    expect(store.findImport(sha256Hex(bytes))).toEqual({ sourceId: draft.sourceId, draftId: draft.id });
    expect(store.findImport(sha256Hex(new Uint8Array([1])))).toBeNull();
    const source = store.getSource(draft.sourceId!)!;
    expect(Buffer.from(source.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(source).toMatchObject({ fileName: 'a.txt', format: 'text', text: 'original wire text' });
  });

  it('keeps one source for several stories from the same file', () => {
    const store = freshStore();
    const bytes = new TextEncoder().encode('[{"headline":"a"},{"headline":"b"}]');
    const [first] = store.addImports([{ bytes, text: '', fileName: 'feed.json', format: 'ninjs', story: story('A') }]);
    const [second] = store.addImports([{ bytes, text: '', fileName: 'feed.json', format: 'ninjs', story: story('B') }]);
    expect(second.sourceId).toBe(first.sourceId);
    expect(store.findImport(sha256Hex(bytes))?.draftId).toBe(first.id);
  });
});

describe('dictionaries', () => {
  const world = {
    name: 'World desk',
    entities: [
      { canonical: 'Brittney Griner', type: 'person' as const, aliases: ['Griner'], description: 'Basketball player' },
      { canonical: 'Kyiv', type: 'place' as const, aliases: ['Kiev', 'Kyjiw'], description: '', url: 'https://example.org/kyiv' },
    ],
  };

  it('imports, exports losslessly and replaces the entities of a same-named dictionary', () => {
    const store = freshStore();
    const summary = store.importDictionary(world);
    expect(summary).toMatchObject({ name: 'World desk', enabled: true, entityCount: 2 });
    expect(store.exportDictionary('World desk')).toEqual(world);
    expect(store.exportDictionary(summary.id)).toEqual(world);

    store.importDictionary({ name: 'World desk', entities: [world.entities[0]] });
    expect(store.listDictionaries()).toHaveLength(1);
    expect(store.exportDictionary(summary.id)?.entities).toEqual([world.entities[0]]);
  });

  it('gives only enabled dictionaries’ entities, with string ids', () => {
    const store = freshStore();
    const a = store.importDictionary(world);
    store.importDictionary({ name: 'Sport', entities: [{ canonical: 'FIFA', type: 'organization', aliases: [], description: '' }] });
    expect(store.enabledEntities().map((e) => e.canonical).sort()).toEqual(['Brittney Griner', 'FIFA', 'Kyiv']);
    store.setDictionaryEnabled(a.id, false);
    const only = store.enabledEntities();
    expect(only.map((e) => e.canonical)).toEqual(['FIFA']);
    expect(only[0].id).toMatch(/^\d+$/);
  });

  it('refuses a second dictionary of the same name', () => {
    const store = freshStore();
    store.createDictionary('Desk');
    expect(() => store.createDictionary('desk')).toThrow(/already a dictionary/);
  });

  it('searches by canonical name or alias, pages, edits, merges and deletes entities', () => {
    const store = freshStore();
    const { id } = store.importDictionary(world);
    expect(store.searchEntities(id, 'kiev', { offset: 0, limit: 10 }).rows.map((e) => e.canonical)).toEqual(['Kyiv']);
    expect(store.searchEntities(id, '%', { offset: 0, limit: 10 }).total).toBe(0);
    const all = store.searchEntities(id, '', { offset: 1, limit: 1 });
    expect(all.total).toBe(2);
    expect(all.rows.map((e) => e.canonical)).toEqual(['Kyiv']);

    const added = store.upsertEntity(id, { canonical: 'B. Griner', type: 'person', aliases: ['BG'], description: '' });
    const edited = store.upsertEntity(id, { ...added, description: 'duplicate' });
    expect(edited).toMatchObject({ id: added.id, description: 'duplicate' });

    const griner = store.searchEntities(id, 'Brittney', { offset: 0, limit: 5 }).rows[0];
    const merged = store.mergeEntities(griner.id!, [added.id!]);
    expect(merged.aliases.sort()).toEqual(['B. Griner', 'BG', 'Griner']);
    expect(store.listDictionaries()[0].entityCount).toBe(2);

    store.deleteEntity(merged.id!);
    expect(store.listDictionaries()[0].entityCount).toBe(1);
    store.deleteDictionary(id);
    expect(store.listDictionaries()).toEqual([]);
    expect(store.enabledEntities()).toEqual([]);
  });

  it('imports and gives back 100,000 entities with their aliases (its speed is in npm run bench)', () => {
    const store = freshStore();
    const entities = Array.from({ length: 100_000 }, (_, i) => ({
      canonical: `Person ${i}`,
      type: 'person' as const,
      aliases: [`P${i}`],
      description: '',
    }));
    expect(store.importDictionary({ name: 'Big', entities }).entityCount).toBe(100_000);
    const loaded = store.enabledEntities();
    expect(loaded).toHaveLength(100_000);
    expect(loaded[99_999]).toMatchObject({ canonical: 'Person 99999', aliases: ['P99999'] });
  });
});

describe('opening files', () => {
  it('creates the store in WAL mode with the current schema version', () => {
    const file = join(tempDir(), 'nested', 'folder', 'copydesk.db');
    openStore(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  function refusal(file: string): StoreOpenError {
    try {
      openStore(file).close();
    } catch (error) {
      if (error instanceof StoreOpenError) return error;
      throw error;
    }
    throw new Error('the store opened');
  }

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.kind).toBe('not-sqlite');
    expect(error.message).toContain('not a Copydesk store');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged store and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'copydesk.db');
    const store = openStore(file);
    for (let i = 0; i < 200; i++) store.createDraft({ story: story(`Story ${i}`, 'words '.repeat(200)) });
    store.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096 * 3, bytes.length - 4096); // scribble over most pages, keep the header page
    writeFileSync(file, bytes);
    const error = refusal(file);
    expect(error.kind).toBe('corrupt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a store from a newer Copydesk, and an SQLite file of another program', () => {
    const dir = tempDir();
    const newer = join(dir, 'newer.db');
    openStore(newer).close();
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const newerBytes = readFileSync(newer);
    expect(refusal(newer).kind).toBe('newer-schema');
    expect(readFileSync(newer).equals(newerBytes)).toBe(true);
    expect(refusal(newer).message).toMatch(/newer version of Copydesk/);

    const other = join(dir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE bookmarks (url TEXT)');
    foreign.close();
    const otherBytes = readFileSync(other);
    expect(refusal(other).message).toMatch(/some other program/);
    expect(readFileSync(other).equals(otherBytes)).toBe(true);
  });

  it('copies an older store aside before migrating it', () => {
    const dir = tempDir();
    const file = join(dir, 'copydesk.db');
    const store = openStore(file);
    store.createDraft({ story: story('Kept') });
    store.close();

    const db = new Database(file);
    migrate(db, file, [...MIGRATIONS, 'ALTER TABLE drafts ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0']);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    db.close();

    const backups = readdirSync(dir).filter((f) => f.startsWith(`copydesk.db.v${SCHEMA_VERSION}-backup-`));
    expect(backups).toHaveLength(1);
    const copy = new Database(join(dir, backups[0]), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Kept']);
    copy.close();
  });
});

describe('store file location', () => {
  it('uses --db, then COPYDESK_DB, then the per-user data folder', () => {
    expect(resolveStoreFile('/tmp/flag.db', { COPYDESK_DB: '/tmp/env.db' })).toBe('/tmp/flag.db');
    expect(resolveStoreFile(undefined, { COPYDESK_DB: '/tmp/env.db' })).toBe('/tmp/env.db');
    expect(resolveStoreFile(undefined, { XDG_DATA_HOME: '/data' })).toBe('/data/Copydesk/copydesk.db');
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming.Copydesk$/);
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Copydesk$/);
  });
});
