// Entities: dictionary files, the mention matcher and the variant detector.
import type { DictionaryEntity } from './types';
import { EntityMatcher } from './matcher';

export * from './types';
export { EntityMatcher, entityId } from './matcher';
export { findMentions } from './mentions';
export { MentionContext, mentionContext, readInStoryOrder } from './context';
export { lowerCaseWordsOfStory } from './lowerCaseWords';
export { parseDictionary, serializeDictionary, DictionaryFileError } from './dictionaryFiles';

/** A matcher over the entities of all enabled dictionaries. */
export function buildMatcher(entities: readonly DictionaryEntity[]): EntityMatcher {
  return new EntityMatcher(entities);
}
