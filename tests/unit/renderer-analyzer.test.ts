import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryAnalyzer } from '../../renderer/src/analysis/analyzer';
import { analyzeStory } from '../../core/analyze';
import { buildMatcher } from '../../core/entities';
import { paragraph, type Story } from '../../core/story/story';
import { exampleFile } from '../support/paths';

const [headline, ...body] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const entities = JSON.parse(readFileSync(exampleFile('world-desk-dictionary.json'), 'utf8')).entities.map((e: object, i: number) => ({ ...e, id: String(i + 1) }));
const story = (paragraphs: string[], title = headline): Story => ({
  headline: title,
  dek: '',
  byline: '',
  dateline: '',
  body: paragraphs.map((p) => paragraph(p)),
  meta: {},
});

describe('the editor’s analysis', () => {
  it('after an edit, matches only the changed block and agrees with a fresh analysis', () => {
    const incremental = new StoryAnalyzer();
    incremental.setEntities(entities);
    incremental.analyze(story(body));

    const edited = [...body];
    edited[3] = `${edited[3]} Peskov and Zakharova met Blinken.`;
    const fresh = new StoryAnalyzer();
    fresh.setEntities(entities);
    const expected = fresh.analyze(story(edited));
    const actual = incremental.analyze(story(edited));
    expect(actual.unavailable.entities).toBeUndefined();
    expect(actual.mentions).toEqual(expected.mentions);
    expect(actual.mentions.some((m) => m.paragraph === 3 && m.entity?.canonical === 'Dmitry Peskov')).toBe(true);
  });

  it('reads each block with what the story said before it, as the command line does', () => {
    const matcher = buildMatcher(entities);
    const paragraphs = [
      'Brittney Griner was freed on Thursday in Abu Dhabi.',
      'Griner said she was grateful. "I am home," Grayner told reporters.',
      'Bush fires burned near the bush airstrip.',
    ];
    for (const edited of [story(body), story(paragraphs), story(paragraphs, 'Griner Freed In Prisoner Swap')]) {
      const editor = new StoryAnalyzer();
      editor.setEntities(entities);
      const fromEditor = editor.analyze(edited);
      const fromCommandLine = analyzeStory(edited, { matcher });
      expect(fromEditor.mentions).toEqual(fromCommandLine.mentions);
      expect(fromEditor.quotes).toEqual(fromCommandLine.quotes);
      expect(fromEditor.checks).toEqual(fromCommandLine.checks);
    }
    const editor = new StoryAnalyzer();
    editor.setEntities(entities);
    const mentions = editor.analyze(story(paragraphs)).mentions;
    // A surname alone in a later block is the person named in full before.
    expect(mentions.find((m) => m.paragraph === 1 && m.text === 'Griner')?.entity?.canonical).toBe('Brittney Griner');
    // A surname in the headline is the person the body names, and stays so as the body is edited.
    const titled = story(paragraphs, 'Griner Freed In Prisoner Swap');
    const inHeadline = () => editor.analyze(titled).mentions.find((m) => m.in === 'headline' && m.text === 'Griner')?.entity?.canonical;
    expect(inHeadline()).toBe('Brittney Griner');
    titled.body.push(paragraph('Griner thanked her supporters.'));
    expect(inHeadline()).toBe('Brittney Griner');
  });

  it('says entity matching is unavailable until dictionaries are loaded, and still finds quotes', () => {
    const analyzer = new StoryAnalyzer();
    const result = analyzer.analyze(story(body));
    expect(result.unavailable.entities).toMatch(/dictionar/i);
    expect(result.mentions).toEqual([]);
    expect(result.quotes.some((q) => q.text.startsWith('No concrete result'))).toBe(true);
  });
});
