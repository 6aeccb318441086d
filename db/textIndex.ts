// The search index: one FTS5 row per block of a draft's text (headline, dek, then each body block), so an
// autosave re-indexes only the blocks that changed instead of a whole 5,000-word story. A row's rowid is
// the draft's num times BLOCKS plus the block's position, so a draft's rows are one rowid range.
// Search still asks that every term appear somewhere in the story, not in one block.
import type { Database } from 'better-sqlite3';
import { bodyTexts, countWords, type Story } from '../core/story/story';

const BLOCKS = 2n ** 20n; // per draft
// A term matching fewer blocks than this is rare: all its drafts are fetched at once and intersected.
const COUNT_CEILING = 12_000;
const WALK_PAGE = 200;
// Drafts per candidate beyond which a common term is looked up draft by draft rather than over the span:
// one lookup costs about as much as reading a few dozen of the term's blocks.
const WIDE_SPAN = 10;
const PREFIX_WORDS = 50;
const SNIPPET_TOKENS = 16;
// Blocks a bulk write must write for the index to be merged into one segment after it (see startBulk).
const MERGE_AFTER_BLOCKS = 10_000;

export const TEXT_INDEX_DDL = `
  CREATE VIRTUAL TABLE draft_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
  -- The index's words, for turning a typed prefix into the words it stands for.
  CREATE VIRTUAL TABLE draft_text_words USING fts5vocab(draft_text, row);`;

/** The texts the index holds for a story, in block order; their words are the story's word count. */
export function indexedTexts(story: Pick<Story, 'headline' | 'dek' | 'body'>): string[] {
  return [story.headline, story.dek, ...bodyTexts(story)];
}

export type TextIndex = ReturnType<typeof textIndex>;

export function textIndex(db: Database) {
  // Rowids are bound as BigInt: FTS5 only narrows its scan to a rowid range given as integers, and
  // better-sqlite3 binds plain numbers as floats.
  const first = (num: number) => BigInt(num) * BLOCKS;
  const range = (num: number) => ({ first: first(num), last: first(num) + BLOCKS - 1n });
  const sql = {
    blocks: db.prepare<{ first: bigint; last: bigint }, { text: string }>(
      'SELECT text FROM draft_text WHERE rowid BETWEEN @first AND @last ORDER BY rowid',
    ),
    insert: db.prepare<[bigint, string]>('INSERT INTO draft_text (rowid, text) VALUES (?, ?)'),
    update: db.prepare<[string, bigint]>('UPDATE draft_text SET text = ? WHERE rowid = ?'),
    optimize: db.prepare("INSERT INTO draft_text (draft_text) VALUES ('optimize')"),
    deleteFrom: db.prepare<[bigint, bigint]>('DELETE FROM draft_text WHERE rowid BETWEEN ? AND ?'),
    newestFirst: db.prepare<[string, bigint], { rowid: number }>(
      `SELECT rowid FROM draft_text WHERE draft_text MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ${WALK_PAGE}`,
    ),
    // How many blocks match, counted up to a ceiling: enough to tell a rare term from a common one.
    matchCount: db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM draft_text WHERE draft_text MATCH ? LIMIT ${COUNT_CEILING})`,
    ),
    // The commonest words starting with a prefix (already folded as the tokenizer folds).
    wordsStarting: db.prepare<{ prefix: string }, { term: string }>(
      `SELECT term FROM draft_text_words WHERE term BETWEEN @prefix AND @prefix || char(1114111)
       ORDER BY doc DESC LIMIT ${PREFIX_WORDS}`,
    ),
    everyMatch: db.prepare<[string], { rowid: number }>('SELECT rowid FROM draft_text WHERE draft_text MATCH ? ORDER BY rowid DESC'),
    // A seek into the term's doclist at one draft's rowid range, however common the term.
    draftHas: db.prepare<{ query: string; first: bigint; last: bigint }, { found: number }>(
      'SELECT 1 AS found FROM draft_text WHERE draft_text MATCH @query AND rowid BETWEEN @first AND @last LIMIT 1',
    ),
    draftsBetween: db.prepare<{ query: string; first: bigint; last: bigint }, { num: number }>(
      `SELECT DISTINCT rowid / ${BLOCKS} AS num FROM draft_text WHERE draft_text MATCH @query AND rowid BETWEEN @first AND @last`,
    ),
    // In block order, so the headline and the top of the story come first.
    snippet: db.prepare<{ query: string; first: bigint; last: bigint }, { snippet: string }>(
      `SELECT snippet(draft_text, 0, char(2), char(3), '…', ${SNIPPET_TOKENS}) AS snippet FROM draft_text
       WHERE draft_text MATCH @query AND rowid BETWEEN @first AND @last LIMIT 1`,
    ),
  };
  /**
   * A prefix term as the words it stands for: FTS5 would merge the whole doclists of those words on every
   * query, and a search runs one per draft. Null when no word starts so; other terms unchanged.
   */
  function expandPrefix(term: string): string | null {
    const prefix = /^"([\p{L}\p{N}]+)"\*$/u.exec(term)?.[1];
    if (!prefix) return term;
    const words = sql.wordsStarting.all({ prefix: foldAsTokenizer(prefix) }).map((row) => `"${row.term}"`);
    return words.length ? `(${words.join(' OR ')})` : null;
  }
  let blocksWritten = 0;
  const numOf = (rowid: number) => Math.floor(rowid / Number(BLOCKS));
  /** Nums of all drafts matching a rare `query`, newest first. */
  function everyDraft(query: string): number[] {
    return [...new Set(sql.everyMatch.all(query).map(({ rowid }) => numOf(rowid)))];
  }
  /** Nums of the drafts from `low` to `high` whose text matches `query`. */
  function draftsBetween(query: string, low: number, high: number): Set<number> {
    const rows = sql.draftsBetween.all({ query, first: range(low).first, last: range(high).last });
    return new Set(rows.map((row) => row.num));
  }

  /** Nums of the drafts holding each of the rare `terms`, newest first: their doclists are read whole. */
  function draftsWithAll([first, ...rest]: readonly string[]): number[] {
    let nums = everyDraft(first);
    for (const term of rest) {
      const holding = new Set(everyDraft(term));
      nums = nums.filter((num) => holding.has(num));
    }
    return nums;
  }

  /** Nums of the drafts matching `term`, newest first, a page of its blocks at a time. */
  function* pagesOfDrafts(term: string): Generator<number[]> {
    let below = 2n ** 63n - 1n;
    let lastNum: number | undefined; // a draft's blocks may straddle two pages
    for (let page = sql.newestFirst.all(term, below); page.length > 0; page = sql.newestFirst.all(term, below)) {
      below = BigInt(page[page.length - 1].rowid);
      const nums = [...new Set(page.map(({ rowid }) => numOf(rowid)))].filter((num) => num !== lastNum);
      if (nums.length === 0) continue;
      lastNum = nums[nums.length - 1];
      yield nums;
    }
  }

  /**
   * Those of `nums` (newest first) whose drafts hold every one of the common `terms`. Over a narrow span of
   * drafts the terms' blocks there are read at once; over a wide one each draft is looked up on its own,
   * lazily, since a common term is soon found in enough drafts.
   */
  function* draftsHavingAll(nums: readonly number[], terms: readonly string[]): Generator<number> {
    if (terms.length === 0 || nums.length === 0) return yield* nums;
    const [newest, oldest] = [nums[0], nums[nums.length - 1]];
    if (newest - oldest < WIDE_SPAN * nums.length) {
      const holding = terms.map((term) => draftsBetween(term, oldest, newest));
      yield* nums.filter((num) => holding.every((drafts) => drafts.has(num)));
    } else {
      for (const num of nums) if (terms.every((term) => sql.draftHas.get({ query: term, ...range(num) }))) yield num;
    }
  }

  return {
    /** The terms with each prefix spelled out as its words (see expandPrefix); null when one matches nothing. */
    expandPrefixes(terms: readonly string[]): string[] | null {
      const expanded = terms.map(expandPrefix);
      return expanded.every((term) => term !== null) ? expanded : null;
    },

    /** Indexes a new draft's `texts` (from indexedTexts): its num has no rows yet, so none are read back. */
    insert(num: number, texts: readonly string[]): void {
      const { first } = range(num);
      texts.forEach((text, block) => sql.insert.run(first + BigInt(block), text));
      blocksWritten += texts.length;
    },

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
        const rowid = first + BigInt(block);
        if (before === undefined) sql.insert.run(rowid, text);
        else sql.update.run(text, rowid);
        blocksWritten++;
        wordDelta += countWords(text) - countWords(before ?? '');
      });
      if (previous.length > texts.length) {
        for (const text of previous.slice(texts.length)) wordDelta -= countWords(text);
        sql.deleteFrom.run(first + BigInt(texts.length), last);
      }
      return wordDelta;
    },

    /**
     * Starts a bulk write (a batch, a long import); the function returned, called when it is over, merges
     * the index into one segment if that write alone wrote many blocks: every query pays for each segment,
     * and a large load leaves many that FTS5's own merging (sized for a few rows per write) is slow to fold
     * together. A merge rewrites the whole index (about a second per 50,000 stories), so it waits for the
     * end of the bulk write rather than following each of its transactions.
     */
    startBulk(): () => void {
      const before = blocksWritten;
      return () => {
        if (blocksWritten - before >= MERGE_AFTER_BLOCKS) sql.optimize.run();
      };
    },

    /**
     * Nums of the drafts whose text holds every term (each an FTS5 expression) somewhere, newest first.
     * Rare terms' drafts are read whole and intersected; with one rare term, its blocks are walked newest
     * first a page at a time, so a search stops as soon as it has the hits it shows. Common terms are
     * only checked on the drafts that pass the rare ones.
     */
    *matchingDrafts(terms: readonly string[]): Generator<number> {
      if (terms.length === 1) {
        for (const nums of pagesOfDrafts(terms[0])) yield* nums; // no rarest term to pick, so nothing to count
        return;
      }
      const counts = new Map(terms.map((term) => [term, sql.matchCount.get(term)!.n]));
      const [driver, ...others] = [...terms].sort((a, b) => counts.get(a)! - counts.get(b)!);
      const rare = others.filter((term) => counts.get(term)! < COUNT_CEILING);
      const common = others.filter((term) => !rare.includes(term));
      const batches = rare.length > 0 ? [draftsWithAll([driver, ...rare])] : pagesOfDrafts(driver);
      for (const nums of batches) yield* draftsHavingAll(nums, common);
    },

    /** A snippet of the draft's first block holding all the terms (else any), matches in \u0002 … \u0003. */
    snippet(num: number, terms: readonly string[]): string {
      const all = sql.snippet.get({ query: terms.join(' AND '), ...range(num) });
      return (all ?? sql.snippet.get({ query: terms.join(' OR '), ...range(num) }))?.snippet ?? '';
    },
  };
}

/** Lower case without diacritics, as the unicode61 tokenizer (remove_diacritics 2) stores words. */
function foldAsTokenizer(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
