// The shared example: a machine-translated wire story and the world desk's dictionary. Every variant a
// careful copy editor finds must be found and linked, and every listed mention must be linked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions, mentionContext, parseDictionary } from '../../core/entities';
import type { AnalysisText } from '../../core/story/story';
import { exampleFile } from '../support/paths';

interface Expected {
  variants: { text: string; canonical: string; context?: string }[];
  mentions: string[];
}

const expected = JSON.parse(readFileSync(exampleFile('wire-prisoner-exchange.expected.json'), 'utf8')) as Expected;
const dictionary = parseDictionary(readFileSync(exampleFile('world-desk-dictionary.json'), 'utf8'), 'json');
const matcher = buildMatcher(dictionary.entities);

// The plain-text story: the headline, then one paragraph per blank-line-separated block.
const [headline, ...body] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter(Boolean);
const texts: AnalysisText[] = [
  { in: 'headline', paragraph: 0, text: headline },
  ...body.map((text, paragraph): AnalysisText => ({ in: 'body', paragraph, text })),
];
const textOf = (m: { in: string; paragraph: number }) => texts.find((t) => t.in === m.in && t.paragraph === m.paragraph)!.text;
const mentions = findMentions(matcher, texts);

describe('the prisoner-exchange example', () => {
  it.each(expected.variants)('finds the variant "$text" of $canonical', ({ text, canonical, context }) => {
    const found = mentions.filter((m) => {
      if (m.text !== text || m.match !== 'variant' || m.entity?.canonical !== canonical) return false;
      if (!context) return true;
      const paragraph = textOf(m);
      const at = paragraph.indexOf(context);
      return at >= 0 && m.start >= at && m.end <= at + context.length;
    });
    expect(found.length, `${text} in ${context ?? 'the story'}`).toBeGreaterThan(0);
  });

  it.each(expected.mentions)('links the mention "%s"', (name) => {
    const found = mentions.find((m) => m.text === name && m.entity !== null);
    expect(found, name).toBeDefined();
    expect(found!.match).not.toBe('candidate');
  });

  it('reports spans that are the mention text in its paragraph (UTF-16 offsets)', () => {
    for (const m of mentions) expect(textOf(m).slice(m.start, m.end)).toBe(m.text);
  });

  it('flags nothing else as a variant', () => {
    const variants = mentions.filter((m) => m.match === 'variant').map((m) => m.text);
    expect(variants.sort()).toEqual(expected.variants.map((v) => v.text).sort());
  });

  it('re-scans one changed paragraph with the context of the paragraphs before it', () => {
    const index = texts.findIndex((t) => t.text.startsWith('"Victor knows nothing'));
    const before = mentions.filter((m) => texts.findIndex((t) => t.in === m.in && t.paragraph === m.paragraph) < index);
    const again = findMentions(matcher, [texts[index]], mentionContext(matcher, before));
    expect(again).toEqual(mentions.filter((m) => m.in === 'body' && m.paragraph === texts[index].paragraph));
    // Without the earlier paragraphs naming Viktor Bout, a lone "Victor" is nobody in particular.
    const alone = findMentions(matcher, [texts[index]]);
    expect(alone.find((m) => m.text === 'Victor')?.entity ?? null).toBeNull();
  });
});
