// The CommonMark spec's own examples, as a measure of a serializer: of the examples whose parse the story
// schema can hold, the share that come back as the same Story after Story -> Markdown -> Story.
// Shared by the unit tests and `npm run bench`.
import { Parser, type Node as CMNode } from 'commonmark';
import { createRequire } from 'node:module';
import { defaultMarkdownSerializer, schema as pmMarkdownSchema } from 'prosemirror-markdown';
import type { BlockJSON, InlineJSON, MarkJSON, Story } from '../../core/story/story';
import { markdownToStory, storyToMarkdown } from '../../core/markdown';

export interface SpecExample {
  number: number;
  section: string;
  markdown: string;
}

// commonmark-spec ships no types.
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };
const parser = new Parser();

/** The spec examples (tabs shown as → in the spec are tabs again) whose parse the story schema can hold. */
export function holdableSpecExamples(): SpecExample[] {
  return spec.tests
    .map((t) => ({ number: t.number, section: t.section, markdown: t.markdown.replace(/→/g, '\t') }))
    .filter((t) => holdable(parser.parse(t.markdown), []));
}

const BLOCKS = new Set(['document', 'paragraph', 'heading', 'block_quote', 'list', 'item', 'thematic_break']);
const INLINES = new Set(['text', 'softbreak', 'linebreak', 'emph', 'strong', 'link']);

function holdable(node: CMNode, markStack: string[]): boolean {
  const kids: CMNode[] = [];
  for (let c = node.firstChild; c; c = c.next) kids.push(c);
  if (!BLOCKS.has(node.type) && !INLINES.has(node.type)) return false;
  if (node.type === 'block_quote' && kids.some((k) => k.type !== 'paragraph')) return false;
  if (node.type === 'item' && (kids.length > 1 || kids.some((k) => k.type !== 'paragraph'))) return false;
  if (['emph', 'strong', 'link'].includes(node.type) && markStack.includes(node.type)) return false; // a mark in itself
  const marks = INLINES.has(node.type) ? [...markStack, node.type] : markStack;
  return kids.every((k) => holdable(k, marks));
}

export type BodySerializer = (story: Story) => string;

export const copydeskSerializer: BodySerializer = (story) => storyToMarkdown(story, { bodyOnly: true, typographic: 'as-written' });

/** prosemirror-markdown's default serializer, given the Story mapped onto its own schema. */
export const prosemirrorMarkdownSerializer: BodySerializer = (story) =>
  defaultMarkdownSerializer.serialize(pmMarkdownSchema.nodeFromJSON({ type: 'doc', content: story.body.map(toPmBlock) }));

function toPmBlock(block: BlockJSON): unknown {
  const inline = (content?: InlineJSON[]) => content?.map((n) => (n.type === 'text' ? { ...n, marks: n.marks?.map(toPmMark) } : n));
  switch (block.type) {
    case 'subhead':
      return { type: 'heading', attrs: { level: block.attrs.level + 1 }, content: inline(block.content) };
    case 'paragraph':
      return { type: 'paragraph', content: inline(block.content) };
    case 'blockquote':
    case 'bullet_list':
    case 'ordered_list':
      return { ...block, content: block.content.map((child) => toPmBlock(child as BlockJSON)) };
    case 'horizontal_rule':
      return block;
    default: // list_item
      return { type: 'list_item', content: (block as { content: BlockJSON[] }).content.map(toPmBlock) };
  }
}

const toPmMark = (mark: MarkJSON) => (mark.type === 'link' ? { type: 'link', attrs: { href: mark.attrs.href, title: mark.attrs.title } } : { type: mark.type });

export interface RoundTrip {
  total: number;
  lost: SpecExample[];
}

export function roundTrip(examples: readonly SpecExample[], serialize: BodySerializer): RoundTrip {
  const lost = examples.filter((example) => {
    const story = markdownToStory(example.markdown, { bodyOnly: true });
    let again: Story;
    try {
      again = markdownToStory(serialize(story), { bodyOnly: true });
    } catch {
      return true;
    }
    return JSON.stringify(again.body) !== JSON.stringify(story.body);
  });
  return { total: examples.length, lost };
}
