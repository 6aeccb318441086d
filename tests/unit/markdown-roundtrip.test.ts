// Exactness: what the serializer writes, the reference CommonMark parser reads back as the same Story.
import { describe, expect, it } from 'vitest';
import { markdownToStory, storyToMarkdown } from '../../core/markdown';
import type { BlockJSON, InlineJSON, MarkJSON, Story } from '../../core/story/story';
import { seededRandom, type Random } from '../support/random';
import { copydeskSerializer, holdableSpecExamples, prosemirrorMarkdownSerializer, roundTrip } from './markdown-spec-examples';

describe('CommonMark spec examples', () => {
  const examples = holdableSpecExamples();

  it('come back as the same story for every example the schema can hold', () => {
    expect(examples.length).toBeGreaterThan(300);
    const { lost } = roundTrip(examples, copydeskSerializer);
    expect(lost.map((e) => `#${e.number} ${JSON.stringify(e.markdown)}`)).toEqual([]);
  });

  it('lose fewer than prosemirror-markdown’s default serializer does', () => {
    const ours = roundTrip(examples, copydeskSerializer).lost.length;
    const theirs = roundTrip(examples, prosemirrorMarkdownSerializer).lost.length;
    expect(theirs).toBeGreaterThan(ours);
  });
});

const PIECES = ['*', '_', '#', '>', '-', '+', '1.', '1)', '[', ']', '(', ')', '`', '\\', '<', '&', '!', '|', ' ', ' ', '\t', 'word', 'Zakharova', '&amp;', '&#42;', '**', '__', '---', '===', '~~~', '    ', 'é', '\u00a0', '"', "'", '😀', ':', '.', 'http://x.y'];

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function randomText(random: Random, maxPieces = 6): string {
  let text = '';
  const n = 1 + Math.floor(random() * maxPieces);
  for (let i = 0; i < n; i++) text += pick(random, PIECES);
  return text;
}

function randomMarks(random: Random, link: MarkJSON | undefined): MarkJSON[] {
  const marks: MarkJSON[] = [];
  if (random() < 0.4) marks.push({ type: 'em' });
  if (random() < 0.4) marks.push({ type: 'strong' });
  if (link && random() < 0.5) marks.push(link);
  return marks;
}

function randomInline(random: Random, breaks: boolean): InlineJSON[] {
  const link: MarkJSON = {
    type: 'link',
    attrs: { href: randomText(random, 3), title: random() < 0.5 ? null : randomText(random, 3) },
  };
  const content: InlineJSON[] = [];
  const runs = 1 + Math.floor(random() * 4);
  for (let i = 0; i < runs; i++) {
    if (breaks && i > 0 && random() < 0.2) content.push({ type: 'hard_break' });
    const marks = randomMarks(random, link);
    const text = randomText(random);
    content.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }
  return content;
}

function randomBlock(random: Random): BlockJSON {
  const paragraph = () => ({ type: 'paragraph' as const, content: randomInline(random, true) });
  switch (pick(random, ['paragraph', 'subhead', 'blockquote', 'bullet_list', 'ordered_list'] as const)) {
    case 'paragraph':
      return paragraph();
    case 'subhead':
      return { type: 'subhead', attrs: { level: random() < 0.5 ? 1 : 2 }, content: randomInline(random, false) };
    case 'blockquote':
      return { type: 'blockquote', content: [paragraph(), paragraph()] };
    case 'bullet_list':
      return { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph()] }] };
    case 'ordered_list':
      return { type: 'ordered_list', attrs: { order: Math.floor(random() * 20) }, content: [{ type: 'list_item', content: [paragraph()] }] };
  }
}

// What any CommonMark parser does to a link destination: percent-encodes what a URL may not hold.
const normalizeHref = (href: string) => href.replace(/%(?![0-9a-fA-F]{2})|[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]/gu, encodeURIComponent);

/**
 * Blocks as the reader sees them: structure, and each character with its marks (hrefs as a parser
 * normalizes them). Emphasis on a space at the edge of an emphasis is not seen, and the serializer
 * moves such spaces outside; every other character must keep every mark.
 */
function seen(blocks: readonly BlockJSON[]): unknown {
  const order = ['em', 'strong', 'link'];
  const marksOf = (ch: string, marks: readonly MarkJSON[] = []) =>
    JSON.stringify(
      [...marks]
        .filter((m) => !/\s/.test(ch) || m.type === 'link')
        .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
        .map((m) => (m.type === 'link' ? [m.type, normalizeHref(m.attrs.href), m.attrs.title] : [m.type])),
    );
  const characters = (content: InlineJSON[]) =>
    content.flatMap((node) => (node.type === 'text' ? Array.from(node.text, (ch) => ch + marksOf(ch, node.marks)) : ['<br>']));
  const isInline = (value: unknown) => Array.isArray(value) && (value[0]?.type === 'text' || value[0]?.type === 'hard_break');
  return JSON.parse(JSON.stringify(blocks), (key, value) => (key === 'content' && isInline(value) ? characters(value) : value));
}


describe('random text full of Markdown’s special characters', () => {
  it('reads back as the same words, blocks and marks, in every block and every mark', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const random = seededRandom(seed);
      const body = [randomBlock(random), randomBlock(random)];
      const story: Story = { headline: '', dek: '', byline: '', dateline: '', body, meta: {} };
      const markdown = storyToMarkdown(story, { bodyOnly: true, typographic: 'as-written' });
      const back = markdownToStory(markdown, { bodyOnly: true });
      if (JSON.stringify(seen(back.body)) !== JSON.stringify(seen(body))) failures.push(`seed ${seed}: ${JSON.stringify(markdown)}`);
    }
    expect(failures.slice(0, 8)).toEqual([]);
  });

  it('survives in the front matter’s head fields', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const random = seededRandom(seed);
      const story: Story = {
        headline: randomText(random, 8).trim() || 'x',
        dek: randomText(random),
        byline: randomText(random),
        dateline: randomText(random),
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }],
        meta: {},
      };
      const back = markdownToStory(storyToMarkdown(story, { typographic: 'as-written' }));
      const head = ({ headline, dek, byline, dateline }: Story) => ({ headline, dek, byline, dateline });
      expect(head(back)).toEqual(head(story));
    }
  });
});
