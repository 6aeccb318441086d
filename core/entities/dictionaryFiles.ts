// Dictionary files: the JSON and CSV formats of DESIGN.md, read and written without loss.
// Bad files get a one-line error that says where the problem is.
import { ENTITY_KINDS, type Dictionary, type DictionaryEntity } from './types';
import type { EntityKind } from '../story/story';

const CSV_HEADER = ['canonical', 'type', 'aliases', 'description'];
/** Optional columns a CSV file may carry after the four of DESIGN.md, so ids and links survive a round trip. */
const CSV_EXTRA = ['url', 'id'];

export class DictionaryFileError extends Error {
  override name = 'DictionaryFileError';
}

export function parseDictionary(text: string, format: 'json' | 'csv', name?: string): Dictionary {
  const dictionary = format === 'json' ? parseJson(text) : parseCsv(text);
  if (name !== undefined && name.trim()) dictionary.name = name.trim();
  return dictionary;
}

export function serializeDictionary(dictionary: Dictionary, format: 'json' | 'csv'): string {
  return format === 'json' ? serializeJson(dictionary) : serializeCsv(dictionary);
}

// ---- JSON ----

function parseJson(text: string): Dictionary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DictionaryFileError(`Not a JSON dictionary: ${(error as Error).message}.`);
  }
  if (!isObject(data) || !Array.isArray(data.entities))
    throw new DictionaryFileError('Not a dictionary: expected an object with an "entities" list.');
  const name = typeof data.name === 'string' ? data.name : '';
  // Checked field by field by name: this runs for each of up to 100,000 entities.
  const entities = data.entities.map((raw, i) => {
    const where = `entity ${i + 1}`;
    if (!isObject(raw)) throw new DictionaryFileError(`${where}: expected an object.`);
    const aliases = raw.aliases ?? [];
    if (!isListOfText(aliases)) throw new DictionaryFileError(`${where}: "aliases" must be a list of names.`);
    const { description, url, id } = raw;
    if (!isOptionalText(description)) throw new DictionaryFileError(`${where}: "description" must be text.`);
    if (!isOptionalText(url)) throw new DictionaryFileError(`${where}: "url" must be text.`);
    if (!isOptionalText(id)) throw new DictionaryFileError(`${where}: "id" must be text.`);
    return entity(where, raw.canonical, raw.type, aliases, description ?? '', { url, id });
  });
  return { name, entities };
}

function isListOfText(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function isOptionalText(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

function serializeJson(dictionary: Dictionary): string {
  const entities = dictionary.entities.map((e) => ({
    ...(e.id !== undefined ? { id: e.id } : {}),
    canonical: e.canonical,
    type: e.type,
    aliases: e.aliases,
    description: e.description,
    ...(e.url !== undefined ? { url: e.url } : {}),
  }));
  return JSON.stringify({ name: dictionary.name, entities }, null, 2) + '\n';
}

// ---- CSV (RFC 4180) ----

function parseCsv(text: string): Dictionary {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const header = rows.shift();
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const known = columns.slice(0, 4).join(',') === CSV_HEADER.join(',') && columns.slice(4).every((c) => CSV_EXTRA.includes(c));
  if (!known)
    throw new DictionaryFileError(`line 1: expected the header "${CSV_HEADER.join(',')}", found "${columns.join(',')}".`);
  const entities = rows
    .filter((row) => row.cells.some((c) => c.trim() !== ''))
    .map(({ cells, line }) => {
      const where = `line ${line}`;
      if (cells.length > columns.length)
        throw new DictionaryFileError(`${where}: ${cells.length} fields, the header has ${columns.length}.`);
      const field = (column: string) => {
        const index = columns.indexOf(column);
        return index < 0 ? undefined : cells[index];
      };
      const aliases = (field('aliases') ?? '').split(';').map((a) => a.trim()).filter(Boolean);
      const optional = (column: string) => (field(column) ? field(column) : undefined);
      return entity(where, field('canonical'), field('type'), aliases, field('description') ?? '', {
        url: optional('url'),
        id: optional('id'),
      });
    });
  return { name: '', entities };
}

function serializeCsv(dictionary: Dictionary): string {
  const extra = CSV_EXTRA.filter((column) =>
    dictionary.entities.some((e) => (column === 'url' ? e.url : e.id) !== undefined),
  );
  const lines = [[...CSV_HEADER, ...extra].join(',')];
  for (const e of dictionary.entities) {
    for (const alias of e.aliases)
      if (alias.includes(';')) throw new DictionaryFileError(`"${e.canonical}": the alias "${alias}" contains ";", which CSV uses between aliases.`);
    const cells = [e.canonical, e.type, e.aliases.join(';'), e.description, ...extra.map((c) => (c === 'url' ? e.url : e.id) ?? '')];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The records of a CSV text, each with the line it starts on. */
function csvRows(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ cells, line: rowLine });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new DictionaryFileError(`line ${quoteLine}: a quoted field is never closed.`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === '\n') line++;
        cell += text[i++];
      }
      if (i < text.length && !/[,\r\n]/.test(text[i]))
        throw new DictionaryFileError(`line ${line}: text after a closing quote.`);
      continue;
    }
    if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

// ---- checks shared by both formats ----

function entity(
  where: string,
  canonical: unknown,
  type: unknown,
  aliases: string[],
  description: string,
  extra: { url?: string; id?: string },
): DictionaryEntity {
  if (typeof canonical !== 'string' || !canonical.trim()) throw new DictionaryFileError(`${where}: the canonical name is missing.`);
  if (typeof type !== 'string' || !ENTITY_KINDS.includes(type as EntityKind))
    throw new DictionaryFileError(
      `${where}: unknown type "${String(type ?? '')}" for "${canonical}" (expected ${ENTITY_KINDS.join(', ')}).`,
    );
  const result: DictionaryEntity = { canonical, type: type as EntityKind, aliases, description };
  if (extra.id !== undefined) result.id = extra.id;
  if (extra.url !== undefined) result.url = extra.url;
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
