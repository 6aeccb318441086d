// Entity dictionaries: a desk's house spellings of people, organisations and places.
import type { EntityKind } from '../story/story';

export interface DictionaryEntity {
  /** Stable id within the store (stringified row id); files may omit it. */
  id?: string;
  canonical: string;
  type: EntityKind;
  aliases: string[];
  description: string;
  /** Optional page to link the name to on export. */
  url?: string;
}

export interface Dictionary {
  name: string;
  entities: DictionaryEntity[];
}

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'other'];
