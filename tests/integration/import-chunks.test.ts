// A large import is written a chunk of files per transaction. These tests check that this never shows:
// a file failing at write time refuses only itself, the same bytes twice in one chunk import once,
// progress comes once per file in order, and search finds what a large import brought in.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWireFiles, type WireFile } from '../../db/import';
import { sha256Hex } from '../../db/sources';
import { tempDir, wireSample } from '../support/paths';
import { openTestStore } from '../support/store';

const ownFile = (name: string, text: string): WireFile => ({ name, bytes: new TextEncoder().encode(text) });

/** A plain-text story of its own: headline, dateline and paragraphs naming `item` so a search can find it. */
function story(name: string, item: string, paragraphs = 3): WireFile {
  const body = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the ${item} report: the harbour board met again.`);
  return ownFile(name, `Harbour board report ${item}\n\nPORTSMOUTH, May 3 - ${body.join('\n\n')}\n`);
}

const manyStories = (count: number, paragraphs?: number) =>
  Array.from({ length: count }, (_, i) => story(`story-${i}.txt`, `item${i}`, paragraphs));

/** A store whose SQLite file refuses, at write time, any source or draft matching `when` (an SQL condition on NEW). */
function storeRefusing(table: 'sources' | 'drafts', when: string) {
  const file = join(tempDir(), 'copydesk.db');
  const store = openTestStore(file);
  // A trigger is a real failure inside SQLite, as a full disk or a broken constraint would be.
  const db = new Database(file);
  db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, 'the disk said no'); END`);
  db.close();
  return store;
}

describe('importWireFiles in chunks', () => {
  it('refuses only the file whose write fails, with the reason, and imports every other file of its chunk', async () => {
    const store = storeRefusing('sources', "NEW.file_name = 'poison.txt'");
    const files = [story('one.txt', 'first'), story('poison.txt', 'poisoned'), story('two.txt', 'second')];
    const progress: string[] = [];
    const summary = await importWireFiles(store, files, { onProgress: (_done, _total, name) => progress.push(name) });

    expect(summary.imported.map((i) => i.name)).toEqual(['one.txt', 'two.txt']);
    expect(summary.refused).toEqual([{ name: 'poison.txt', reason: 'poison.txt could not be saved in the store: the disk said no' }]);
    expect(store.findImport(sha256Hex(files[1].bytes))).toBeNull();
    expect(store.listDrafts().map((d) => d.headline).sort()).toEqual(['Harbour board report first', 'Harbour board report second']);
    expect(progress).toEqual(files.map((file) => file.name));
  });

  it('imports all the items of a file or none of them when one fails at write time', async () => {
    const feed: WireFile = { name: 'wenn.xml', bytes: readFileSync(wireSample('other-agency-xml/wenn.xml')) };
    const store = storeRefusing('drafts', "NEW.headline LIKE 'Jagged Edge%'"); // the feed's second item
    const summary = await importWireFiles(store, [story('before.txt', 'before'), feed, story('after.txt', 'after')]);

    expect(summary.imported.map((i) => i.name)).toEqual(['before.txt', 'after.txt']);
    expect(summary.refused.map((r) => r.name)).toEqual(['wenn.xml']);
    expect(summary.refused[0].reason).toContain('the disk said no');
    expect(store.findImport(sha256Hex(feed.bytes))).toBeNull();
    expect(store.listDrafts()).toHaveLength(2);
    expect(store.searchDrafts('Suge Knight')).toEqual([]);
  });

  it('imports the same bytes twice in one chunk once, the second pointing at the first one’s draft', async () => {
    const store = openTestStore(join(tempDir(), 'copydesk.db'));
    const original = story('ferry.txt', 'ferry');
    const copy = { ...original, name: 'copy-of-ferry.txt' };
    const summary = await importWireFiles(store, [original, story('other.txt', 'other'), copy]);

    expect(summary.imported.map((i) => i.name)).toEqual(['ferry.txt', 'other.txt']);
    expect(summary.duplicates).toEqual([{ name: 'copy-of-ferry.txt', draftId: summary.imported[0].draftId }]);
    expect(store.listDrafts()).toHaveLength(2);
  });

  it('imports a copy whose original in the same chunk failed to write, as if the two came one by one', async () => {
    const store = storeRefusing('sources', "NEW.file_name = 'poison.txt'");
    const poison = story('poison.txt', 'poisoned');
    const copy = { ...poison, name: 'copy.txt' };
    const summary = await importWireFiles(store, [poison, copy]);

    expect(summary.refused.map((r) => r.name)).toEqual(['poison.txt']);
    expect(summary.imported.map((i) => [i.name, i.headline])).toEqual([['copy.txt', 'Harbour board report poisoned']]);
    expect(summary.duplicates).toEqual([]);
  });

  it('reports progress once per file, in order, over several chunks', async () => {
    const store = openTestStore(join(tempDir(), 'copydesk.db'));
    const files = manyStories(150);
    files.push({ ...files[3], name: 'again.txt' }, ownFile('empty.txt', ''));
    const progress: [number, number, string][] = [];
    const summary = await importWireFiles(store, files, { onProgress: (...call) => progress.push(call) });

    expect(progress).toEqual(files.map((file, i) => [i + 1, files.length, file.name]));
    expect(summary.imported).toHaveLength(150);
    expect(summary.duplicates).toEqual([{ name: 'again.txt', draftId: summary.imported[3].draftId }]);
    expect(summary.refused.map((r) => r.name)).toEqual(['empty.txt']);
  });

  it('finds any imported story by its words after an import large enough to merge the search index', async () => {
    const store = openTestStore(join(tempDir(), 'copydesk.db'));
    const files = manyStories(400, 30); // 400 stories of 32 indexed blocks: well past the merge threshold
    const summary = await importWireFiles(store, files);
    expect(summary.imported).toHaveLength(400);

    const draftOf = (i: number) => summary.imported[i].draftId;
    for (const i of [0, 63, 64, 211, 399]) {
      expect(store.searchDrafts(`item${i}`).map((hit) => hit.id)).toEqual([draftOf(i)]);
      expect(store.searchDrafts(`harbour item${i} paragraph`).map((hit) => hit.id)).toEqual([draftOf(i)]);
    }
    expect(store.searchDrafts('"board met again"', { limit: 1000 })).toHaveLength(400);
    expect(store.searchDrafts('harbour nowhere')).toEqual([]);
  });
});
