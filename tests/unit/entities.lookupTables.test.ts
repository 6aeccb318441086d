// The matcher's tables of numbers: names by opening words, and dictionary words by fuzzy bucket.
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions } from '../../core/entities';
import { OpeningTable } from '../../core/entities/openingTable';
import { FuzzyBuckets, BUCKET_ENTRY } from '../../core/entities/fuzzyBuckets';
import { LIKENESS_NUMBERS, likenessOf, wordForm } from '../../core/entities/similarity';
import { entity } from '../support/entities';

// "yaczfa" and "glbppa" have the same 32-bit FNV-1a hash, the table's.
const COLLIDING = ['yaczfa', 'glbppa'];

/** A table of these openings, each a word or two words with a space, numbered as they come. */
function tableOf(openings: string[]): OpeningTable {
  const table = new OpeningTable();
  for (const opening of openings) table.numberOf(...(opening.split(' ') as [string, string?]));
  table.finish();
  return table;
}

describe('opening table', () => {
  it('numbers openings as they first come, the same words the same number', () => {
    const table = new OpeningTable();
    expect([table.numberOf('griner'), table.numberOf('kim', 'jong'), table.numberOf('griner'), table.numberOf('kim'), table.numberOf('kim', 'jong')]).toEqual([0, 1, 0, 2, 1]);
  });

  it('finds an opening by its one or two words, and nothing for others', () => {
    const table = tableOf(['griner', 'kim jong', 'brittney griner']);
    expect(table.find('griner')).toBe(0);
    expect(table.find('kim', 'jong')).toBe(1);
    expect(table.find('brittney', 'griner')).toBe(2);
    expect(table.find('kim')).toBe(-1);
    expect(table.find('jong', 'kim')).toBe(-1);
    expect(table.find('grinner')).toBe(-1);
  });

  it('keeps apart openings whose hashes collide', () => {
    const table = new OpeningTable();
    expect([table.numberOf(COLLIDING[0]), table.numberOf('other'), table.numberOf(COLLIDING[1]), table.numberOf(COLLIDING[0]), table.numberOf(COLLIDING[1])]).toEqual([0, 1, 2, 0, 2]);
    table.finish();
    expect(table.find(COLLIDING[0])).toBe(0);
    expect(table.find(COLLIDING[1])).toBe(2);
    expect(table.find('other')).toBe(1);
  });

  it('grows past its first size', () => {
    const table = tableOf(Array.from({ length: 5000 }, (_, k) => `word${k} next${k}`));
    for (let k = 0; k < 5000; k += 7) expect(table.find(`word${k}`, `next${k}`)).toBe(k);
    expect(table.find('word1', 'next2')).toBe(-1);
  });

  it('links a name to its own entity when another name hashes alike', () => {
    const matcher = buildMatcher([entity('Yaczfa', 'place'), entity('Glbppa', 'place')]);
    const mentions = findMentions(matcher, [{ in: 'body', paragraph: 0, text: 'Talks in Glbppa went on, and then in Yaczfa.' }]);
    expect(mentions.map((m) => [m.text, m.entity?.canonical, m.match])).toEqual([
      ['Glbppa', 'Glbppa', 'exact'],
      ['Yaczfa', 'Yaczfa', 'exact'],
    ]);
  });
});

describe('fuzzy buckets', () => {
  const words = ['zelensky', 'zelenskyy', 'selenskyj', 'schwarzenegger', 'dostoyevsky', 'łukaszenka', 'gaddafi', 'qaddafi', 'oh'];
  const forms = words.map(wordForm);
  const buckets = new FuzzyBuckets(forms);

  /** The words in the buckets a word's form is looked up in. */
  function wordsFound(word: string, spread: number): Set<string> {
    const count = buckets.rangesOf(wordForm(word), spread);
    const found = new Set<string>();
    for (let r = 0; r < count; r += 2)
      for (let k = buckets.ranges[r]; k < buckets.ranges[r + 1]; k++) found.add(words[buckets.entries[BUCKET_ENTRY * k]]);
    return found;
  }

  it('files every word where its own form finds it, long, short or beyond ASCII', () => {
    for (const word of words) expect(wordsFound(word, 0)).toContain(word);
  });

  it('keeps each entry beside its word likeness numbers', () => {
    const count = buckets.rangesOf(forms[0], 0);
    const k = buckets.ranges[0];
    expect(count).toBeGreaterThan(0);
    const id = buckets.entries[BUCKET_ENTRY * k];
    expect([...buckets.entries.subarray(BUCKET_ENTRY * k + 1, BUCKET_ENTRY * k + 1 + LIKENESS_NUMBERS)]).toEqual(likenessOf(forms[id]));
  });

  it('finds other spellings, of lengths near its own', () => {
    expect(wordsFound('zelenski', 2)).toContain('zelenskyy');
    expect(wordsFound('gadafi', 2)).toContain('gaddafi');
    expect(wordsFound('qwxv', 2).size).toBe(0);
  });
});
