// The quick test a fuzzy lookup runs before comparing two name words (mayBeAlike) must never turn away
// a pair that wordSimilarity would call alike: checked on the real-world variants of the evaluation set
// and on seeded random misspellings of its names. And the edit distance it counts with agrees with the
// textbook table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../../core/entities/text';
import { editDistance, likenessOf, mayBeAlike, wordForm, wordSimilarity, type WordForm } from '../../core/entities/similarity';
import { repoDir } from '../support/paths';
import { seededRandom } from '../support/random';

const data = JSON.parse(readFileSync(`${repoDir}/tests/fixtures/entities/variants.json`, 'utf8')) as {
  dictionary: { canonical: string; aliases?: string[] }[];
  cases: { target: string }[];
};
const wordsOf = (name: string) => fold(name).split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
const dictionaryWords = [...new Set(data.dictionary.flatMap((e) => [e.canonical, ...(e.aliases ?? [])].flatMap(wordsOf)))];
const storyWords = [...new Set(data.cases.flatMap((c) => wordsOf(c.target)))];

function misspellings(word: string, random: () => number): string[] {
  const at = () => Math.floor(random() * word.length);
  const letter = () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)];
  return Array.from({ length: 6 }, (_, k) => {
    const i = at();
    if (k % 3 === 0) return word.slice(0, i) + letter() + word.slice(i);
    if (k % 3 === 1) return word.slice(0, i) + word.slice(i + 1);
    return word.slice(0, i) + letter() + word.slice(i + 1);
  }).filter((w) => w.length > 0);
}

function quickTest(a: WordForm, b: WordForm): boolean {
  return mayBeAlike(likenessOf(a), likenessOf(b));
}

describe('the quick likeness test', () => {
  const random = seededRandom(4242);
  const dictionary = dictionaryWords.map(wordForm);
  const story = [...storyWords, ...dictionaryWords.flatMap((w) => misspellings(w, random))].map(wordForm);

  it('lets through every pair wordSimilarity calls alike, alone or beside another name word', () => {
    let alike = 0;
    const missed: string[] = [];
    for (const a of story)
      for (const b of dictionary) {
        if (!(wordSimilarity(a, b) > 0 || wordSimilarity(a, b, 'beside a matching name') > 0)) continue;
        alike++;
        if (!quickTest(a, b)) missed.push(`${a.folded}/${b.folded}`);
      }
    expect(alike).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('turns away most pairs of unrelated names', () => {
    let unrelated = 0;
    let turnedAway = 0;
    for (const a of story.slice(0, 400))
      for (const b of dictionary) {
        if (wordSimilarity(a, b, 'beside a matching name') > 0) continue;
        unrelated++;
        if (!quickTest(a, b)) turnedAway++;
      }
    expect(turnedAway / unrelated).toBeGreaterThan(0.8);
  });
});

/** The textbook table for optimal string alignment distance, every cell worked out. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

describe('the edit distance between name words', () => {
  it('agrees with the full table up to its limit, for short and long, ASCII and accented words', () => {
    const random = seededRandom(11);
    const wordOf = (letters: string, length: number) => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    let compared = 0;
    for (const letters of ['aeiklnrsv', 'abé', 'ab'])
      for (let k = 0; k < 4000; k++) {
        const a = wordOf(letters, Math.floor(random() * (k % 10 === 0 ? 40 : 12)));
        const cut = Math.floor(random() * (a.length + 1));
        // Half unrelated words, half edits of the first (so that many pairs are within the limit).
        const b = k % 2 ? wordOf(letters, Math.floor(random() * 12)) : a.slice(0, cut) + wordOf(letters, Math.floor(random() * 3)) + a.slice(cut + 1);
        const limit = k % 5;
        expect(editDistance(a, b, limit), `${a} / ${b} within ${limit}`).toBe(Math.min(referenceDistance(a, b), limit + 1));
        compared++;
      }
    expect(compared).toBe(12000);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('zelenskiy', 'zelesnkiy', 3)).toBe(1);
    expect(editDistance('griner', 'greiner', 3)).toBe(1);
    expect(editDistance('putin', 'tupin', 3)).toBe(2);
  });
});
