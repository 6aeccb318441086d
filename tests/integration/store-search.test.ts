// The search index kept per block of text: a search needs every word somewhere in the story, autosaves
// re-index only what changed and keep the word count right, and a store made before the index was split
// upgrades to it.
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyWordCount, type Story } from '../../core/story/story';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { tempDir } from '../support/paths';
import { openTestStore as openAt, testStory } from '../support/store';

// With a dek: the dek is indexed too.
const story = (headline: string, ...paragraphs: string[]): Story => ({ ...testStory(headline, ...paragraphs), dek: 'A short dek for the desk' });


const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('search over blocks', () => {
  it('needs every word somewhere in the story, in any paragraphs', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    const both = store.createDraft({ story: story('Port strike', 'Dockers walked out at dawn.', 'Talks resume on Friday.') });
    store.createDraft({ story: story('Rail strike', 'Drivers walked out at dawn.') });

    expect(ids(store.searchDrafts('dockers friday'))).toEqual([both.id]);
    expect(ids(store.searchDrafts('walked dawn frid'))).toEqual([both.id]); // last word as a prefix
    expect(store.searchDrafts('dockers drivers')).toEqual([]);
    expect(store.searchDrafts('walked').length).toBe(2);
  });

  it('matches the word being typed as a prefix, whatever its case and accents', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    const port = store.createDraft({ story: story('Shipyard vote', 'Workers in Gdańsk voted on Monday.') });
    store.createDraft({ story: story('Shipyard news', 'Workers in Gdynia voted too.') });

    expect(ids(store.searchDrafts('workers GDAN'))).toEqual([port.id]);
    expect(ids(store.searchDrafts('gdańs'))).toEqual([port.id]);
    expect(store.searchDrafts('workers gdx')).toEqual([]);
  });

  it('lists a draft once however many of its paragraphs match', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    const long = store.createDraft({ story: story('Flood diary', ...Array.from({ length: 450 }, (_, i) => `The river rose ${i} cm.`)) });
    const short = store.createDraft({ story: story('Flood', 'The river rose again.') });
    expect(ids(store.searchDrafts('river rose'))).toEqual([short.id, long.id]);
  });

  it('finds drafts by a rare word together with a word in thousands of paragraphs, newest first', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    // Enough paragraphs that "river" and "rose" count as common words and are looked up draft by draft.
    // A bulk load this large also merges the index afterwards; searches must find the same drafts.
    const diary = store.batch(() =>
      store.createDraft({ story: story('Flood diary', ...Array.from({ length: 13_000 }, (_, i) => `The river rose ${i} cm.`)) }),
    );
    const port = store.createDraft({ story: story('Port', 'Dockers watched the river.') });
    store.createDraft({ story: story('Rail', 'Dockers at the depot.') });
    const flood = store.createDraft({ story: story('Flood', 'The river rose again.') });

    expect(ids(store.searchDrafts('dockers river '))).toEqual([port.id]);
    expect(ids(store.searchDrafts('river dock'))).toEqual([port.id]);
    expect(ids(store.searchDrafts('river rose'))).toEqual([flood.id, diary.id]);
    expect(ids(store.searchDrafts('dockers depot river'))).toEqual([]);
  });

  it('highlights every searched word in the snippet of the paragraph that matches best', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    store.createDraft({
      story: story('Harbour report', 'The ferry left late.', 'Fog kept the ferry and the tug in the harbour.', 'Nothing else.'),
    });
    const [hit] = store.searchDrafts('ferry tug');
    expect(hit.snippet).toContain('\u0002ferry\u0003');
    expect(hit.snippet).toContain('\u0002tug\u0003');
    expect(hit.snippet).toContain('Fog kept');
  });

  it('finds a changed paragraph’s new words only after the save, and forgets removed paragraphs', () => {
    const store = openAt(join(tempDir(), 'copydesk.db'));
    const first = story('Budget', 'Ministers met on Monday.', 'The vote is close.', 'Unions object.');
    const draft = store.createDraft({ story: first });
    expect(store.searchDrafts('tuesday')).toEqual([]);

    const edited = story('Budget', 'Ministers met on Monday.', 'The vote is on Tuesday.', 'Unions object.');
    expect(store.saveDraft(draft.id, edited).wordCount).toBe(storyWordCount(edited));
    expect(ids(store.searchDrafts('tuesday'))).toEqual([draft.id]);
    expect(store.searchDrafts('close')).toEqual([]);
    expect(ids(store.searchDrafts('monday unions'))).toEqual([draft.id]); // unchanged paragraphs stay found

    const shorter = story('Budget', 'Ministers met on Monday.');
    expect(store.saveDraft(draft.id, shorter).wordCount).toBe(storyWordCount(shorter));
    expect(store.searchDrafts('unions')).toEqual([]);
    expect(store.searchDrafts('tuesday')).toEqual([]);

    const retitled = { ...story('Spending plan', 'Ministers met on Monday.', 'A new paragraph.'), dek: '' };
    expect(store.saveDraft(draft.id, retitled).wordCount).toBe(storyWordCount(retitled));
    expect(ids(store.searchDrafts('spending paragraph'))).toEqual([draft.id]);
    expect(store.getDraft(draft.id)?.wordCount).toBe(storyWordCount(retitled));
  });
});

describe('upgrading a store with one search row per story', () => {
  it('copies it aside, then finds its drafts by words from any paragraph', () => {
    const dir = tempDir();
    const file = join(dir, 'copydesk.db');
    const old = story('Flood warning', 'Rivers rose overnight.', 'Residents were told to leave.');
    // A store as the first schema wrote it: one drafts_fts row per draft.
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(MIGRATIONS[0] as string);
    db.pragma('user_version = 1');
    const { lastInsertRowid: num } = db
      .prepare(
        `INSERT INTO drafts (id, slug, headline, status, word_count, story, created_at, updated_at)
         VALUES ('d1', 'flood-warning', ?, 'draft', ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(old.headline, storyWordCount(old), JSON.stringify(old));
    db.prepare('INSERT INTO drafts_fts (rowid, headline, body) VALUES (?, ?, ?)').run(num, old.headline, 'Rivers rose overnight.\nResidents were told to leave.');
    db.close();

    const store = openAt(file);
    expect(readdirSync(dir).filter((f) => f.startsWith('copydesk.db.v1-backup-'))).toHaveLength(1);
    expect(ids(store.searchDrafts('flood residents'))).toEqual(['d1']);
    const edited = story('Flood warning', 'Rivers rose overnight.', 'Residents stayed.');
    expect(store.saveDraft('d1', edited).wordCount).toBe(storyWordCount(edited));
    expect(store.searchDrafts('leave')).toEqual([]);
    store.close();

    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
  });
});
