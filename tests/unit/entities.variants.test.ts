// The variant detector on real-world name variants (tests/fixtures/entities/variants.json): the
// transliterations, typos and phonetic slips of wire copy, and hard negatives (another person sharing
// a given name or surname, ordinary words, longer words that start with a name). The goal for the
// sets not tuned on: at least 90% of variants linked to the right entity, at most 3% wrong links.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions, type DictionaryEntity } from '../../core/entities';
import { repoDir } from '../support/paths';

interface Case {
  split: 'tune' | 'heldout' | 'fresh';
  text: string;
  target: string;
  expect: string | null;
}
const data = JSON.parse(readFileSync(`${repoDir}/tests/fixtures/entities/variants.json`, 'utf8')) as {
  dictionary: Omit<DictionaryEntity, 'description'>[];
  cases: Case[];
};
const entities = data.dictionary.map((e) => ({ ...e, description: '' }));
const matcher = buildMatcher(entities);

/** The canonical names of the entities linked at a case's target span. */
function detector(c: Case): string[] {
  const start = c.text.lastIndexOf(c.target);
  const end = start + c.target.length;
  return findMentions(matcher, [{ in: 'body', paragraph: 0, text: c.text }])
    .filter((m) => m.entity && m.start < end && m.end > start)
    .map((m) => m.entity!.canonical);
}

function score(split: Case['split']) {
  const cases = data.cases.filter((c) => c.split === split);
  const positives = cases.filter((c) => c.expect !== null);
  const linked = cases.map((c) => ({ c, links: detector(c) }));
  const right = linked.filter(({ c, links }) => c.expect !== null && links.includes(c.expect)).length;
  const wrong = linked.filter(({ c, links }) => links.some((l) => l !== c.expect)).length;
  return { recall: right / positives.length, wrongRate: wrong / cases.length };
}

describe('variant detection on real-world name variants', () => {
  it('has a large enough evaluation set, with sets not tuned on', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(150);
    expect(data.cases.filter((c) => c.split !== 'tune').length).toBeGreaterThanOrEqual(150);
  });

  it.each(['heldout', 'fresh'] as const)('links at least 90%% of the %s variants, at most 3%% wrongly', (split) => {
    const { recall, wrongRate } = score(split);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wrongRate).toBeLessThanOrEqual(0.03);
  });

  it('gets every case of the tuning set right', () => {
    const missed = data.cases
      .filter((c) => c.split === 'tune')
      .filter((c) => {
        const links = detector(c);
        return c.expect === null ? links.length > 0 : !links.includes(c.expect) || links.some((l) => l !== c.expect);
      })
      .map((c) => c.target);
    // Given up for precision: a lone surname spelt otherwise than by transliteration, with nobody named
    // in full and no sign that it is a person, is left alone ("Holland lost" is no misspelt Haaland).
    expect(missed).toEqual(['Gorbachov']);
  });
});
