// Dictionary entities and one-call scans for the matcher's tests.
import { findMentions, type DictionaryEntity, type EntityMatcher } from '../../core/entities';
import type { Mention } from '../../core/story/annotations';

export const entity = (canonical: string, type: DictionaryEntity['type'], aliases: string[] = []): DictionaryEntity => ({
  canonical,
  type,
  aliases,
  description: '',
});

/** A scan of body paragraphs, one text each, against the matcher. */
export const scanner =
  (matcher: EntityMatcher) =>
  (...paragraphs: string[]): Mention[] =>
    findMentions(
      matcher,
      paragraphs.map((text, paragraph) => ({ in: 'body', paragraph, text })),
    );
