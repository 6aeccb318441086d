// Markdown export: how fast a long story is written, and how exactly the CommonMark spec's examples
// survive Story -> Markdown -> Story, beside prosemirror-markdown's default serializer in the same run.
import { readFileSync } from 'node:fs';
import { storyToMarkdown } from '../../core/markdown';
import { countWords, type BlockJSON, type InlineJSON, type Story } from '../../core/story/story';
import { exampleFile } from '../support/paths';
import { copydeskSerializer, holdableSpecExamples, prosemirrorMarkdownSerializer, roundTrip } from '../unit/markdown-spec-examples';
import { atLeast, below, percentile, timeMs, type BenchMetric } from './metric';

/** A 20,000-word story from the example's paragraphs, with the marks and blocks a feature carries. */
function longStory(words: number): Story {
  const paragraphs = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8').trim().split(/\n\s*\n/).slice(1);
  const body: BlockJSON[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = paragraphs[i % paragraphs.length].trim();
    const [first, ...rest] = text.split(' ');
    const content: InlineJSON[] = [
      { type: 'text', text: first, marks: i % 3 === 0 ? [{ type: 'strong' }] : [{ type: 'em' }] },
      { type: 'text', text: ' ' + rest.join(' ') },
    ];
    if (i % 10 === 0) content.push({ type: 'text', text: ' (source)', marks: [{ type: 'link', attrs: { href: 'https://example.org/a_(b)', title: null } }] });
    body.push(i % 25 === 24 ? { type: 'subhead', attrs: { level: 1 }, content } : { type: 'paragraph', content });
    count += countWords(text);
  }
  return { headline: 'A long story', dek: '', byline: 'By Bench', dateline: 'MOSCOW', body, meta: { date: '2022-07-07' } };
}

export default async function markdownBench(): Promise<BenchMetric[]> {
  const story = longStory(20_000);
  for (let i = 0; i < 3; i++) storyToMarkdown(story); // warm up
  const samples = Array.from({ length: 15 }, () => timeMs(() => storyToMarkdown(story)));

  const examples = holdableSpecExamples();
  const share = (serializer: typeof copydeskSerializer) => 1 - roundTrip(examples, serializer).lost.length / examples.length;

  return [
    { name: 'export_ms_20k', value: percentile(samples, 50), target: below(30, ' ms') },
    { name: 'cm_roundtrip', value: share(copydeskSerializer), target: atLeast(1) },
    { name: 'cm_roundtrip_prosemirror_markdown', value: share(prosemirrorMarkdownSerializer) },
  ];
}
