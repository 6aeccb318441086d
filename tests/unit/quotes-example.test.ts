// The example wire story: every quote a careful copy editor finds, with its partial flag and speaker
// (../shared/examples/wire-prisoner-exchange.expected.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../core/quotes';
import type { AnalysisText } from '../../core/story/story';
import type { EntityRef, Mention } from '../../core/story/annotations';
import type { Dictionary } from '../../core/entities/types';
import { exampleFile } from '../support/paths';

interface Expected {
  story: { boilerplate_removed: string[] };
  variants: { text: string; canonical: string }[];
  quotes: { text: string; speaker: string; partial?: boolean }[];
}

const expected = JSON.parse(readFileSync(exampleFile('wire-prisoner-exchange.expected.json'), 'utf8')) as Expected;
const dictionary = JSON.parse(readFileSync(exampleFile('world-desk-dictionary.json'), 'utf8')) as Dictionary;
const entities: EntityRef[] = dictionary.entities.map((e, i) => ({ id: String(i + 1), canonical: e.canonical, type: e.type }));

/** The plain-text story: headline, then paragraphs separated by blank lines, boilerplate left out. */
function storyTexts(): AnalysisText[] {
  const [headline, ...paragraphs] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p && !expected.story.boilerplate_removed.includes(p));
  return [
    { in: 'headline', paragraph: 0, text: headline },
    ...paragraphs.map((text, paragraph): AnalysisText => ({ in: 'body', paragraph, text })),
  ];
}

/**
 * The mentions a correct entity matcher reports: every dictionary name and alias, and the variant spellings
 * the expected file lists, longest first and never overlapping. (Quote attribution is judged here, not matching.)
 */
function mentionsIn(texts: readonly AnalysisText[]): Mention[] {
  const names: { text: string; entity: EntityRef; match: Mention['match'] }[] = [];
  dictionary.entities.forEach((e, i) => {
    names.push({ text: e.canonical, entity: entities[i], match: 'exact' });
    for (const alias of e.aliases) names.push({ text: alias, entity: entities[i], match: 'alias' });
  });
  for (const v of expected.variants) {
    names.push({ text: v.text, entity: entities.find((e) => e.canonical === v.canonical)!, match: 'variant' });
  }
  names.sort((a, b) => b.text.length - a.text.length);
  const mentions: Mention[] = [];
  for (const t of texts) {
    for (const name of names) {
      const pattern = new RegExp(`(?<![\\p{L}])${name.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of t.text.matchAll(pattern)) {
        const start = m.index;
        const end = start + name.text.length;
        const taken = mentions.some((x) => x.in === t.in && x.paragraph === t.paragraph && x.start < end && start < x.end);
        if (!taken) mentions.push({ in: t.in, paragraph: t.paragraph, start, end, text: name.text, entity: name.entity, match: name.match });
      }
    }
  }
  return mentions;
}

const texts = storyTexts();
const quotes = findQuotes(texts, { mentions: mentionsIn(texts), people: entities.filter((e) => e.type === 'person') });
const withoutEndPunctuation = (s: string) => s.replace(/[,.]+$/, '');

describe('the example wire story', () => {
  it.each(expected.quotes)('finds "$text" and attributes it to $speaker', (want) => {
    const found = quotes.find((q) => withoutEndPunctuation(q.text) === withoutEndPunctuation(want.text));
    expect(found, `quote "${want.text}"`).toBeDefined();
    expect(found!.partial).toBe(want.partial ?? false);
    expect(found!.speaker?.canonical).toBe(want.speaker);
    const text = texts.find((t) => t.in === found!.in && t.paragraph === found!.paragraph)!.text;
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it('keeps the speaker as the story names it, the canonical as the dictionary does', () => {
    const blinken = quotes.find((q) => q.text === 'substantial proposal')!;
    expect(blinken.speaker).toMatchObject({ text: 'Anthony Blinken', canonical: 'Antony Blinken', via: 'attribution' });
    const alla = quotes.find((q) => q.text.startsWith('Of course'))!;
    expect(alla.speaker).toMatchObject({ text: 'his wife, Alla', canonical: 'Alla Bout', via: 'pronoun' });
  });

  it('takes the headline\'s scare-quoted "yet" for no quote (the copy editor lists none there)', () => {
    expect(texts.find((t) => t.in === 'headline')!.text).toContain('"yet"');
    expect(quotes.filter((q) => q.in === 'headline')).toEqual([]);
  });
});
