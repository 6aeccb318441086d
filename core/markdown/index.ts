// STUB until the export issue lands: the contract only.
import type { Story } from '../story/story';
import type { Mention } from '../story/annotations';

export interface MarkdownOptions {
  /** YAML front matter (default true). */
  frontMatter?: boolean;
  /** Typographic quotes and dashes (default true) or straight ones. */
  typographic?: boolean;
  /** Write these mentions (variants, aliases) with their entity's canonical name. */
  normalize?: readonly Mention[];
  /** Canonical name -> URL, for entity links. */
  entityLinks?: ReadonlyMap<string, string>;
  /** Tags for the front matter (the story's entities, canonical names). */
  tags?: readonly string[];
  /** Only the body, no front matter and no head fields. */
  bodyOnly?: boolean;
}

export function storyToMarkdown(_story: Story, _options: MarkdownOptions = {}): string {
  throw new Error('Markdown export is not yet available.');
}

export function markdownToStory(_markdown: string): Story {
  throw new Error('Markdown import is not yet available.');
}
