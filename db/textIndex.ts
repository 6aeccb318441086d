// The search index: one FTS5 row per block of a draft's text (headline, dek, then each body block), so an
// autosave re-indexes only the blocks that changed instead of a whole 5,000-word story. A row's rowid is
// the draft's num times BLOCKS_PER_DRAFT plus the block's position, so a draft's rows are one rowid range.
// Search still asks that every term appear somewhere in the story, not in one block.
import type { Database } from 'better-sqlite3';
import { bodyTexts, countWords, type Story } from '../core/story/story';

const BLOCKS_PER_DRAFT = 2 ** 20;
const SNIPPET_TOKENS = 16;

export const TEXT_INDEX_DDL = `
  CREATE VIRTUAL TABLE draft_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');`;

/** The texts the index holds for a story, in block order; their words are the story's word count. */
export function indexedTexts(story: Pick<Story, 'headline' | 'dek' | 'body'>): string[] {
  return [story.headline, story.dek, ...bodyTexts(story)];
}

export type TextIndex = ReturnType<typeof textIndex>;

export function textIndex(db: Database) {
  const range = (num: number) => ({ first: num * BLOCKS_PER_DRAFT, last: (num + 1) * BLOCKS_PER_DRAFT - 1 });
  const sql = {
    blocks: db.prepare<{ first: number; last: number }, { text: string }>(
      'SELECT text FROM draft_text WHERE rowid BETWEEN @first AND @last ORDER BY rowid',
    ),
    insert: db.prepare('INSERT INTO draft_text (rowid, text) VALUES (?, ?)'),
    update: db.prepare('UPDATE draft_text SET text = ? WHERE rowid = ?'),
    deleteFrom: db.prepare('DELETE FROM draft_text WHERE rowid BETWEEN ? AND ?'),
    // The block that best matches any term, for the hit's snippet.
    snippet: db.prepare<{ any: string; first: number; last: number }, { snippet: string }>(
      `SELECT snippet(draft_text, 0, char(2), char(3), '…', ${SNIPPET_TOKENS}) AS snippet FROM draft_text
       WHERE draft_text MATCH @any AND rowid BETWEEN @first AND @last ORDER BY rank LIMIT 1`,
    ),
  };

  return {
    /**
     * Brings the draft's rows in step with `texts` (from indexedTexts), touching only changed blocks.
     * Returns the change in word count, counted over the changed blocks alone.
     */
    write(num: number, texts: readonly string[]): number {
      const { first, last } = range(num);
      const previous = sql.blocks.all({ first, last }).map((row) => row.text);
      let wordDelta = 0;
      texts.forEach((text, block) => {
        const before = previous[block];
        if (before === text) return;
        if (before === undefined) sql.insert.run(first + block, text);
        else sql.update.run(text, first + block);
        wordDelta += countWords(text) - countWords(before ?? '');
      });
      if (previous.length > texts.length) {
        for (const text of previous.slice(texts.length)) wordDelta -= countWords(text);
        sql.deleteFrom.run(first + texts.length, last);
      }
      return wordDelta;
    },

    /** Draft nums whose text holds every term (each an FTS5 expression) somewhere, as an SQL subquery. */
    matchingDrafts(termCount: number): string {
      return Array.from(
        { length: termCount },
        (_, i) => `SELECT rowid / ${BLOCKS_PER_DRAFT} FROM draft_text WHERE draft_text MATCH @term${i}`,
      ).join(' INTERSECT ');
    },

    /** The snippet of the draft's block that best matches any of `terms`, matches wrapped in \u0002 … \u0003. */
    snippet(num: number, terms: readonly string[]): string {
      return sql.snippet.get({ any: terms.join(' OR '), ...range(num) })?.snippet ?? '';
    },
  };
}

/** Named parameters for matchingDrafts' subquery. */
export function termParams(terms: readonly string[]): Record<string, string> {
  return Object.fromEntries(terms.map((term, i) => [`term${i}`, term]));
}
