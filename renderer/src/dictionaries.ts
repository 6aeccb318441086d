// Small dictionary edits made from the editor: add an alias to an entity, add a new entity.
import type { DictionaryEntity } from '../../core/entities/types';
import { api } from './bridge';

/** The enabled dictionary holding this entity (the API pages entities per dictionary). */
async function dictionaryHolding(entity: { id: string; canonical: string }): Promise<number | null> {
  for (const dictionary of await api('listDictionaries', {})) {
    if (!dictionary.enabled) continue;
    const page = await api('searchEntities', { dictionaryId: dictionary.id, query: entity.canonical, offset: 0, limit: 50 });
    if (page.rows.some((row) => row.id === entity.id)) return dictionary.id;
  }
  return null;
}

export async function addAlias(entityId: string, canonical: string, alias: string): Promise<DictionaryEntity> {
  const dictionaryId = await dictionaryHolding({ id: entityId, canonical });
  if (dictionaryId === null) throw new Error(`${canonical} is in no enabled dictionary.`);
  const page = await api('searchEntities', { dictionaryId, query: canonical, offset: 0, limit: 50 });
  const entity = page.rows.find((row) => row.id === entityId)!;
  return api('upsertEntity', { dictionaryId, entity: { ...entity, aliases: [...new Set([...entity.aliases, alias])] } });
}

/** Adds an entity to the first enabled dictionary, or to a new "House" dictionary when there is none. */
export async function addEntity(entity: DictionaryEntity): Promise<DictionaryEntity> {
  const enabled = (await api('listDictionaries', {})).find((d) => d.enabled);
  const dictionaryId = enabled?.id ?? (await api('createDictionary', { name: 'House' })).id;
  return api('upsertEntity', { dictionaryId, entity });
}
