// The quick test a fuzzy lookup runs before comparing two name words (mayBeAlike) must never turn away
// a pair that wordSimilarity would call alike: checked on the real-world variants of the evaluation set
// and on seeded random misspellings of its names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../../core/entities/text';
import { likenessOf, mayBeAlike, wordForm, wordSimilarity, type WordForm } from '../../core/entities/similarity';
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
