// The Story: what a wire file becomes, what a draft stores and what export reads.
// The body is ProseMirror JSON of the story schema's block nodes, so the editor takes it as it is.
import type { Node as PMNode } from 'prosemirror-model';
import { storySchema } from './schema';

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export type MarkJSON =
  | { type: 'em' }
  | { type: 'strong' }
  | { type: 'link'; attrs: { href: string; title: string | null } }
  | { type: 'entity'; attrs: { id: string; canonical: string; kind: EntityKind } }
  | { type: 'speaker'; attrs: { name: string; canonical: string | null } };

export type InlineJSON = { type: 'text'; text: string; marks?: MarkJSON[] } | { type: 'hard_break' };

export interface ParagraphJSON {
  type: 'paragraph';
  content?: InlineJSON[];
}
export interface ListItemJSON {
  type: 'list_item';
  content: [ParagraphJSON];
}
export type BlockJSON =
  | ParagraphJSON
  | { type: 'subhead'; attrs: { level: 1 | 2 }; content?: InlineJSON[] }
  | { type: 'blockquote'; content: ParagraphJSON[] }
  | { type: 'bullet_list'; content: ListItemJSON[] }
  | { type: 'ordered_list'; attrs: { order: number }; content: ListItemJSON[] }
  | { type: 'horizontal_rule' };

/** What is known about a story besides its text: where it came from and what the agency said of it. */
export interface StoryMeta {
  slugline?: string;
  agency?: string;
  /** ISO 8601: when the item was first created or sent. */
  date?: string;
  language?: string;
  keywords?: string[];
  priority?: number;
  urgency?: number;
  /** ISO 8601 embargo time. */
  embargo?: string;
  ednote?: string;
  takeKey?: string;
  /** Credits taken out of the body ("Reporting by …; Editing by …"). */
  credits?: string[];
  /** Boilerplate lines removed from the body. */
  boilerplate?: string[];
  /** Agency ids: guid, uri, version. */
  ids?: Record<string, string>;
  /** Where the copy came from, e.g. "Reuters via NewsML-G2 file tag_reuters…". */
  source?: string;
  /** Item status from the wire (usable, canceled, withheld …). */
  pubStatus?: string;
}

export interface Story {
  headline: string;
  dek: string;
  byline: string;
  dateline: string;
  body: BlockJSON[];
  meta: StoryMeta;
}

export function emptyStory(): Story {
  return { headline: '', dek: '', byline: '', dateline: '', body: [{ type: 'paragraph' }], meta: {} };
}

/** A paragraph block of plain text; '\n' becomes a hard break. */
export function paragraph(text: string, marks?: MarkJSON[]): ParagraphJSON {
  return { type: 'paragraph', content: inlineText(text, marks) };
}

export function inlineText(text: string, marks?: MarkJSON[]): InlineJSON[] | undefined {
  const content: InlineJSON[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) content.push({ type: 'hard_break' });
    if (line) content.push(marks?.length ? { type: 'text', text: line, marks } : { type: 'text', text: line });
  });
  return content.length ? content : undefined;
}

export function inlineToText(content: readonly InlineJSON[] | undefined): string {
  let out = '';
  for (const node of content ?? []) out += node.type === 'text' ? node.text : '\n';
  return out;
}

/**
 * The body as analysis sees it: the text of each body block in order (paragraph, subhead,
 * list item, each paragraph of a block quote). Rules have no text and are skipped.
 */
export function bodyBlocks(body: readonly BlockJSON[]): InlineJSON[][] {
  const out: InlineJSON[][] = [];
  for (const block of body) {
    switch (block.type) {
      case 'paragraph':
      case 'subhead':
        out.push(block.content ?? []);
        break;
      case 'blockquote':
        for (const p of block.content) out.push(p.content ?? []);
        break;
      case 'bullet_list':
      case 'ordered_list':
        for (const item of block.content) out.push(item.content[0].content ?? []);
        break;
      case 'horizontal_rule':
        break;
    }
  }
  return out;
}

export function bodyTexts(story: Pick<Story, 'body'>): string[] {
  return bodyBlocks(story.body).map(inlineToText);
}

/** One piece of text that analysis reads; `paragraph` is 0 for the headline, else the body block index. */
export interface AnalysisText {
  in: 'headline' | 'body';
  paragraph: number;
  text: string;
}

export function storyTexts(story: Pick<Story, 'headline' | 'body'>): AnalysisText[] {
  const texts: AnalysisText[] = [{ in: 'headline', paragraph: 0, text: story.headline }];
  bodyTexts(story).forEach((text, paragraph) => texts.push({ in: 'body', paragraph, text }));
  return texts;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function storyWordCount(story: Story): number {
  return [story.headline, story.dek, ...bodyTexts(story)].reduce((n, t) => n + countWords(t), 0);
}

/** The ProseMirror document for a story. Throws if the body does not fit the schema. */
export function storyToDoc(story: Story): PMNode {
  const head = (type: string, text: string) => ({ type, content: text ? [{ type: 'text', text }] : undefined });
  const body = story.body.length ? story.body : [{ type: 'paragraph' }];
  const doc = storySchema.nodeFromJSON({
    type: 'doc',
    content: [
      head('headline', oneLine(story.headline)),
      head('dek', oneLine(story.dek)),
      head('byline', oneLine(story.byline)),
      head('dateline', oneLine(story.dateline)),
      ...body,
    ],
  });
  doc.check();
  return doc;
}

/** The story a document holds; `meta` is carried over from the draft. */
export function docToStory(doc: PMNode, meta: StoryMeta): Story {
  const json = doc.toJSON() as { content: { type: string; content?: InlineJSON[] }[] };
  const [headline, dek, byline, dateline, ...body] = json.content;
  return {
    headline: inlineToText(headline.content),
    dek: inlineToText(dek.content),
    byline: inlineToText(byline.content),
    dateline: inlineToText(dateline.content),
    body: body as unknown as BlockJSON[],
    meta,
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
