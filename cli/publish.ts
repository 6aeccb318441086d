// Publish-ready Markdown of a story, as convert and export both write it.
import { findMentions, type EntityMatcher } from '../core/entities';
import { storyToMarkdown } from '../core/markdown';
import { bodyBlocks, storyTexts, type Mention, type Story } from '../core/story';

export interface PublishOptions {
  /** Write variants and aliases with their canonical spelling. */
  normalize?: boolean;
  bodyOnly?: boolean;
}

export function publishMarkdown(story: Story, matcher: EntityMatcher, options: PublishOptions = {}): string {
  const mentions = findMentions(matcher, storyTexts(story));
  const respelled = mentions.filter((m) => m.entity !== null && (m.match === 'variant' || m.match === 'alias'));
  return storyToMarkdown(story, {
    tags: entityTags(story, mentions),
    normalize: options.normalize ? respelled : undefined,
    bodyOnly: options.bodyOnly,
  });
}

/** The canonical names of the entities the story names or an editor tagged, in order of first appearance. */
export function entityTags(story: Story, mentions: readonly Mention[]): string[] {
  const tagged = bodyBlocks(story.body)
    .flat()
    .flatMap((node) => (node.type === 'text' ? (node.marks ?? []) : []))
    .flatMap((mark) => (mark.type === 'entity' ? [mark.attrs.canonical] : []));
  const mentioned = mentions.flatMap((m) => (m.entity ? [m.entity.canonical] : []));
  return [...new Set([...mentioned, ...tagged])];
}
