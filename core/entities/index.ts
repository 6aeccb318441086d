// STUB until the entities issue lands: the contract only.
import type { AnalysisText } from '../story/story';
import type { Mention } from '../story/annotations';
import type { Dictionary, DictionaryEntity } from './types';

export * from './types';

export interface EntityMatcher {
  readonly size: number;
}

export function buildMatcher(_entities: readonly DictionaryEntity[]): EntityMatcher {
  throw new Error('Entity matching is not yet available.');
}

export function findMentions(_matcher: EntityMatcher, _texts: readonly AnalysisText[]): Mention[] {
  throw new Error('Entity matching is not yet available.');
}

export function parseDictionary(_text: string, _format: 'json' | 'csv', _name?: string): Dictionary {
  throw new Error('Dictionary files are not yet available.');
}

export function serializeDictionary(_dictionary: Dictionary, _format: 'json' | 'csv'): string {
  throw new Error('Dictionary files are not yet available.');
}
