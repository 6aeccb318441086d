// Story <-> publish-ready Markdown: CommonMark with YAML front matter (DESIGN.md).
import { paragraph, type BlockJSON, type Story } from '../story/story';
import type { Mention } from '../story/annotations';
import { blocksToMarkdown, heading } from './blocks';
import { applyReplacements, rewriteText, type Replacement } from './edit';
import { readFrontMatter, writeFrontMatter } from './frontmatter';
import { parseBody } from './parse';
import { applyTypography } from './typography';

export { applyReplacements, rewriteText, type Replacement } from './edit';
export { smarten, straighten, type Typography } from './typography';

export interface MarkdownOptions {
  /** YAML front matter (default true); without it the headline is a `# Heading` and the head fields paragraphs. */
  frontMatter?: boolean;
  /** Quotes, dashes and ellipses: typographic (default), straight (false), or left as written. */
  typographic?: boolean | 'as-written';
  /** Write these mentions (variants, aliases) with their entity's canonical name. */
  normalize?: readonly Mention[];
  /** Canonical name -> URL, for entity links. */
  entityLinks?: ReadonlyMap<string, string>;
  /** Tags for the front matter; by default the canonical names of the story's tagged entities. */
  tags?: readonly string[];
  /** Only the body, no front matter and no head fields. */
  bodyOnly?: boolean;
}

export function storyToMarkdown(story: Story, options: MarkdownOptions = {}): string {
  const ready = withTypography(normalized(story, options.normalize ?? []), options.typographic ?? true);
  const links = { entityLinks: options.entityLinks };
  const body = blocksToMarkdown(ready.body, links);
  if (options.bodyOnly) return finish(body);
  if (options.frontMatter === false) {
    const head: BlockJSON[] = [ready.dek, ready.byline, ready.dateline].filter(Boolean).map((text) => paragraph(text));
    const title = heading(1, ready.headline ? [{ type: 'text', text: ready.headline }] : undefined, links);
    return finish([title, blocksToMarkdown(head, links), body].filter(Boolean).join('\n\n'));
  }
  const frontMatter = writeFrontMatter({
    title: ready.headline,
    dek: ready.dek,
    byline: ready.byline,
    dateline: ready.dateline,
    date: story.meta.date,
    slug: slugify(story.meta.slugline || story.headline),
    tags: [...(options.tags ?? storyTags(story))],
    source: story.meta.source,
  });
  return finish(body ? `${frontMatter}\n${body}` : frontMatter);
}

export interface MarkdownReadOptions {
  /** The whole input is body: no front matter, no headline taken from it. */
  bodyOnly?: boolean;
}

/** A Markdown document as a Story. Throws a one-line error for front matter that cannot be read. */
export function markdownToStory(markdown: string, options: MarkdownReadOptions = {}): Story {
  const { fields, body: source } = options.bodyOnly ? { fields: {}, body: markdown } : readFrontMatter(markdown);
  const parsed = parseBody(source, { takeHeadline: !options.bodyOnly && fields.title === undefined });
  const meta: Story['meta'] = {};
  if (fields.date) meta.date = fields.date;
  if (fields.slug) meta.slugline = fields.slug;
  if (fields.source) meta.source = fields.source;
  if (fields.tags?.length) meta.keywords = fields.tags;
  return {
    headline: fields.title ?? parsed.headline ?? '',
    dek: fields.dek ?? '',
    byline: fields.byline ?? '',
    dateline: fields.dateline ?? '',
    body: parsed.body.length ? parsed.body : [{ type: 'paragraph' }],
    meta,
  };
}

function normalized(story: Story, mentions: readonly Mention[]): Story {
  const replacements: Replacement[] = mentions.flatMap((m) =>
    m.entity && m.text !== m.entity.canonical ? [{ in: m.in, paragraph: m.paragraph, start: m.start, end: m.end, replacement: m.entity.canonical }] : [],
  );
  return replacements.length ? applyReplacements(story, replacements) : story;
}

function withTypography(story: Story, typographic: boolean | 'as-written'): Story {
  if (typographic === 'as-written') return story;
  const style = typographic ? 'typographic' : 'straight';
  return rewriteText(story, (text, before) => applyTypography(text, style, before));
}

/** The canonical names of the entities tagged in the story, first mention first; else its keywords. */
function storyTags(story: Story): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as { type?: string; attrs?: { canonical?: string }; marks?: unknown; content?: unknown };
      if (node.type === 'entity' && node.attrs?.canonical) names.add(node.attrs.canonical);
      visit(node.marks);
      visit(node.content);
    }
  };
  visit(story.body);
  return names.size ? [...names] : [...(story.meta.keywords ?? [])];
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const finish = (text: string) => (text.endsWith('\n') ? text : text + '\n');
