// Dictionary files on the command line, and the matcher a command analyses with.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildMatcher, parseDictionary, type Dictionary, type DictionaryEntity, type EntityMatcher } from '../core/entities';
import { FileRefused, fileProblem } from './errors';
import { withStore } from './store';

export type DictionaryFormat = 'json' | 'csv';

/** JSON or CSV by the file's extension, else by its content (JSON starts with '{'). */
export function dictionaryFormat(path: string, text?: string): DictionaryFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  return text?.trimStart().startsWith('{') ? 'json' : 'csv';
}

export async function readDictionaryFile(path: string, name?: string): Promise<Dictionary> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw fileProblem(path, error);
  });
  try {
    return parseDictionary(text, dictionaryFormat(path, text), name);
  } catch (error) {
    throw new FileRefused(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The entities of the given dictionary files, or of the store's enabled dictionaries when none are given. */
export async function loadEntities(dictFiles: readonly string[] | undefined, dbFlag: string | undefined): Promise<DictionaryEntity[]> {
  if (dictFiles?.length) {
    const dictionaries = await Promise.all(dictFiles.map((file) => readDictionaryFile(file)));
    return dictionaries.flatMap((dictionary) => dictionary.entities);
  }
  return withStore(dbFlag, (store) => store.enabledEntities());
}

export async function loadMatcher(dictFiles: readonly string[] | undefined, dbFlag: string | undefined): Promise<EntityMatcher> {
  return buildMatcher(await loadEntities(dictFiles, dbFlag));
}
