// `copydesk dict import|export|list`: the store's entity dictionaries.
import { extname } from 'node:path';
import { serializeDictionary } from '../core/entities';
import type { CommandInput, dictImportOptions, noOptions, outputOptions } from './commands';
import { readDictionaryFile } from './dictionaries';
import { EXIT_DONE, UsageError } from './errors';
import { writeTextFile } from './files';
import { withStore } from './store';
import { formatTable } from './table';

export async function importDictionary({ values, positionals }: CommandInput<typeof dictImportOptions>): Promise<number> {
  const dictionary = await readDictionaryFile(positionals[0], values.name);
  const saved = await withStore(values.db, (store) => store.importDictionary(dictionary));
  process.stdout.write(`Dictionary "${saved.name}": ${saved.entityCount} entities\n`);
  return EXIT_DONE;
}

export async function exportDictionary({ values, positionals }: CommandInput<typeof outputOptions>): Promise<number> {
  const [name] = positionals;
  const dictionary = await withStore(values.db, (store) => store.exportDictionary(name));
  if (!dictionary) throw new UsageError(`no dictionary "${name}" in the store (see copydesk dict list)`);
  const format = values.output !== undefined && extname(values.output).toLowerCase() === '.csv' ? 'csv' : 'json';
  const text = serializeDictionary(dictionary, format);
  if (values.output === undefined) process.stdout.write(text);
  else await writeTextFile(values.output, text);
  return EXIT_DONE;
}

export async function listDictionaries({ values }: CommandInput<typeof noOptions>): Promise<number> {
  const dictionaries = await withStore(values.db, (store) => store.listDictionaries());
  if (dictionaries.length === 0) process.stdout.write('No dictionaries in the store.\n');
  else {
    const rows = dictionaries.map((d) => [d.enabled ? 'on' : 'off', String(d.entityCount), d.name]);
    process.stdout.write(formatTable(['ENABLED', 'ENTITIES', 'NAME'], rows));
  }
  return EXIT_DONE;
}
