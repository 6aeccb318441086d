// Entity dictionaries: named lists of house spellings, each entity with its aliases.
// Bulk paths (import, the enabled entities for the matcher) use prepared statements in one transaction,
// so 100,000 entities load in well under a second.
import type { Database } from 'better-sqlite3';
import type { EntityKind } from '../core/story/story';
import type { Dictionary, DictionaryEntity } from '../core/entities/types';
import { bulkInserter, type Row } from './bulk';
import { NotFoundError, RefusedError } from './errors';
import type { DictionarySummary } from './types';

interface EntityRow {
  id: number;
  canonical: string;
  type: EntityKind;
  description: string;
  url: string | null;
}

const ENTITY = 'e.id, e.canonical, e.type, e.description, e.url';

export function dictionaryOps(db: Database) {
  const sql = {
    list: db.prepare<[], { id: number; name: string; enabled: number; entityCount: number }>(
      `SELECT d.id, d.name, d.enabled, (SELECT count(*) FROM entities e WHERE e.dictionary_id = d.id) AS entityCount
       FROM dictionaries d ORDER BY d.name`,
    ),
    byId: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM dictionaries WHERE id = ?'),
    byName: db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM dictionaries WHERE name = ?'),
    insert: db.prepare<[string]>('INSERT INTO dictionaries (name) VALUES (?)'),
    setEnabled: db.prepare<[number, number]>('UPDATE dictionaries SET enabled = ? WHERE id = ?'),
    delete: db.prepare<[number]>('DELETE FROM dictionaries WHERE id = ?'),
    deleteAliasesOf: db.prepare<[number]>('DELETE FROM aliases WHERE entity_id IN (SELECT id FROM entities WHERE dictionary_id = ?)'),
    deleteEntitiesOf: db.prepare<[number]>('DELETE FROM entities WHERE dictionary_id = ?'),
    insertEntity: db.prepare(
      'INSERT INTO entities (dictionary_id, canonical, type, description, url) VALUES (@dictionaryId, @canonical, @type, @description, @url)',
    ),
    updateEntity: db.prepare('UPDATE entities SET canonical = @canonical, type = @type, description = @description, url = @url WHERE id = @id'),
    lastEntityId: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM entities'),
    insertAlias: db.prepare<[number | bigint, string]>('INSERT INTO aliases (entity_id, alias) VALUES (?, ?)'),
    deleteAliases: db.prepare<[number]>('DELETE FROM aliases WHERE entity_id = ?'),
    deleteEntity: db.prepare<[number]>('DELETE FROM entities WHERE id = ?'),
    entity: db.prepare<[number], EntityRow & { dictionary_id: number }>(`SELECT ${ENTITY}, e.dictionary_id FROM entities e WHERE e.id = ?`),
    aliasesOf: db.prepare<[number], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY rowid'),
    entitiesOf: db.prepare<[number], EntityRow>(`SELECT ${ENTITY} FROM entities e WHERE e.dictionary_id = ? ORDER BY e.id`),
    aliasesOfDictionary: db.prepare<[number], { entity_id: number; alias: string }>(
      'SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.dictionary_id = ? ORDER BY a.rowid',
    ),
    enabledEntities: db.prepare<[], EntityRow>(
      `SELECT ${ENTITY} FROM entities e JOIN dictionaries d ON d.id = e.dictionary_id WHERE d.enabled ORDER BY e.id`,
    ),
    enabledAliases: db.prepare<[], { entity_id: number; alias: string }>(
      `SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id
       JOIN dictionaries d ON d.id = e.dictionary_id WHERE d.enabled ORDER BY a.rowid`,
    ),
    // Matches the canonical name or any alias, case-insensitively; % and _ in the query are literal.
    searchCount: db.prepare<{ dictionaryId: number; pattern: string }, { total: number }>(
      `SELECT count(*) AS total FROM entities e WHERE e.dictionary_id = @dictionaryId AND (e.canonical LIKE @pattern ESCAPE '\\'
       OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.alias LIKE @pattern ESCAPE '\\'))`,
    ),
    searchPage: db.prepare<{ dictionaryId: number; pattern: string; limit: number; offset: number }, EntityRow>(
      `SELECT ${ENTITY} FROM entities e WHERE e.dictionary_id = @dictionaryId AND (e.canonical LIKE @pattern ESCAPE '\\'
       OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.alias LIKE @pattern ESCAPE '\\'))
       ORDER BY e.canonical COLLATE NOCASE, e.id LIMIT @limit OFFSET @offset`,
    ),
  };

  function requireDictionary(id: number): { id: number; name: string } {
    const row = sql.byId.get(id);
    if (!row) throw new NotFoundError(`There is no dictionary ${id}.`);
    return row;
  }

  function summary(id: number): DictionarySummary {
    const found = list().find((d) => d.id === id);
    if (!found) throw new NotFoundError(`There is no dictionary ${id}.`);
    return found;
  }

  function list(): DictionarySummary[] {
    return sql.list.all().map((d) => ({ id: d.id, name: d.name, enabled: d.enabled === 1, entityCount: d.entityCount }));
  }

  function insertEntity(dictionaryId: number, entity: DictionaryEntity): number {
    const id = Number(sql.insertEntity.run({ dictionaryId, ...entityColumns(entity) }).lastInsertRowid);
    for (const alias of entity.aliases) sql.insertAlias.run(id, alias);
    return id;
  }

  const insertEntityRows = bulkInserter(db, 'entities', ['id', 'dictionary_id', 'canonical', 'type', 'description', 'url']);
  const insertAliasRows = bulkInserter(db, 'aliases', ['entity_id', 'alias']);

  /** Adds many entities at once, with ids given here so their aliases can refer to them. */
  function insertEntities(dictionaryId: number, entities: readonly DictionaryEntity[]): void {
    let id = (sql.lastEntityId.get()?.id ?? 0) + 1;
    const entityRows: Row[] = [];
    const aliasRows: Row[] = [];
    for (const entity of entities) {
      const { canonical, type, description, url } = entityColumns(entity);
      entityRows.push([id, dictionaryId, canonical, type, description, url]);
      for (const alias of entity.aliases) aliasRows.push([id, alias]);
      id++;
    }
    insertEntityRows(entityRows);
    insertAliasRows(aliasRows);
  }

  function requireEntity(id: string): EntityRow & { dictionary_id: number } {
    const row = /^\d+$/.test(id) ? sql.entity.get(Number(id)) : undefined;
    if (!row) throw new NotFoundError(`There is no entity ${id}.`);
    return row;
  }

  function getEntity(id: number): DictionaryEntity {
    return toEntity(sql.entity.get(id)!, sql.aliasesOf.all(id).map((a) => a.alias));
  }

  /** Entities with their aliases, from one entity query and one alias query. */
  function withAliases(rows: EntityRow[], aliases: { entity_id: number; alias: string }[]): DictionaryEntity[] {
    const byEntity = new Map<number, string[]>();
    for (const { entity_id, alias } of aliases) {
      const list = byEntity.get(entity_id);
      if (list) list.push(alias);
      else byEntity.set(entity_id, [alias]);
    }
    return rows.map((row) => toEntity(row, byEntity.get(row.id) ?? []));
  }

  function create(name: string): number {
    const trimmed = name.trim();
    if (!trimmed) throw new RefusedError('A dictionary needs a name.');
    if (sql.byName.get(trimmed)) throw new RefusedError(`There is already a dictionary called “${trimmed}”.`);
    return Number(sql.insert.run(trimmed).lastInsertRowid);
  }

  function clear(id: number): void {
    sql.deleteAliasesOf.run(id);
    sql.deleteEntitiesOf.run(id);
  }

  return {
    list,

    create(name: string): DictionarySummary {
      return summary(create(name));
    },

    importDictionary: db.transaction((dictionary: Dictionary): DictionarySummary => {
      const existing = sql.byName.get(dictionary.name.trim());
      const id = existing ? existing.id : create(dictionary.name);
      if (existing) clear(id);
      insertEntities(id, dictionary.entities);
      return summary(id);
    }),

    export(nameOrId: string | number): Dictionary | null {
      const row = typeof nameOrId === 'number' ? sql.byId.get(nameOrId) : sql.byName.get(nameOrId);
      if (!row) return null;
      const entities = withAliases(sql.entitiesOf.all(row.id), sql.aliasesOfDictionary.all(row.id));
      // Files carry no store ids: an exported dictionary imports into any store.
      return { name: row.name, entities: entities.map(({ id: _id, ...entity }) => entity) };
    },

    setEnabled(id: number, enabled: boolean): void {
      requireDictionary(id);
      sql.setEnabled.run(enabled ? 1 : 0, id);
    },

    delete: db.transaction((id: number): void => {
      requireDictionary(id);
      clear(id);
      sql.delete.run(id);
    }),

    enabledEntities(): DictionaryEntity[] {
      return withAliases(sql.enabledEntities.all(), sql.enabledAliases.all());
    },

    searchEntities(dictionaryId: number, query: string, page: { offset: number; limit: number }): { total: number; rows: DictionaryEntity[] } {
      requireDictionary(dictionaryId);
      const pattern = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const { total } = sql.searchCount.get({ dictionaryId, pattern })!;
      const rows = sql.searchPage.all({ dictionaryId, pattern, limit: page.limit, offset: page.offset });
      return { total, rows: rows.map((row) => toEntity(row, sql.aliasesOf.all(row.id).map((a) => a.alias))) };
    },

    upsertEntity: db.transaction((dictionaryId: number, entity: DictionaryEntity): DictionaryEntity => {
      requireDictionary(dictionaryId);
      if (!entity.canonical.trim()) throw new RefusedError('An entity needs a canonical name.');
      if (entity.id === undefined) return getEntity(insertEntity(dictionaryId, entity));
      const id = requireEntity(entity.id).id;
      sql.updateEntity.run({ id, ...entityColumns(entity) });
      sql.deleteAliases.run(id);
      for (const alias of entity.aliases) sql.insertAlias.run(id, alias);
      return getEntity(id);
    }),

    deleteEntity: db.transaction((id: string): void => {
      const row = requireEntity(id);
      sql.deleteAliases.run(row.id);
      sql.deleteEntity.run(row.id);
    }),

    mergeEntities: db.transaction((keepId: string, otherIds: readonly string[]): DictionaryEntity => {
      const keep = getEntity(requireEntity(keepId).id);
      const names = new Set(keep.aliases);
      for (const otherId of otherIds) {
        if (otherId === keepId) continue;
        const otherRowId = requireEntity(otherId).id;
        const other = getEntity(otherRowId);
        for (const name of [other.canonical, ...other.aliases]) if (name !== keep.canonical) names.add(name);
        sql.deleteAliases.run(otherRowId);
        sql.deleteEntity.run(otherRowId);
      }
      const id = Number(keep.id);
      sql.deleteAliases.run(id);
      for (const alias of names) sql.insertAlias.run(id, alias);
      return getEntity(id);
    }),
  };
}

function entityColumns(entity: DictionaryEntity) {
  return { canonical: entity.canonical.trim(), type: entity.type, description: entity.description, url: entity.url ?? null };
}

function toEntity(row: EntityRow, aliases: string[]): DictionaryEntity {
  const entity: DictionaryEntity = { id: String(row.id), canonical: row.canonical, type: row.type, aliases, description: row.description };
  if (row.url !== null) entity.url = row.url;
  return entity;
}
