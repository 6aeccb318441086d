// `copydesk import`: files and folders into the store as drafts, with progress and a summary of what was refused and why.
import { readFile } from 'node:fs/promises';
import type { ImportSummary } from '../electron/api/contract';
import { importWireFiles, type WireFile } from '../db/import';
import type { CommandInput, importOptions } from './commands';
import { readDictionaryFile } from './dictionaries';
import { EXIT_DONE, EXIT_REFUSED, fileSystemReason } from './errors';
import { expandPaths } from './files';
import { withStore } from './store';

/** Files are read a batch at a time, so a folder of any size never sits in memory at once. */
const BATCH = 64;

export async function importPaths({ values, positionals }: CommandInput<typeof importOptions>): Promise<number> {
  const dictionaries = await Promise.all((values.dict ?? []).map((file) => readDictionaryFile(file)));
  const paths = await expandPaths(positionals);
  const progress = new Progress(paths.length);

  const summary = await withStore(values.db, async (store) => {
    for (const dictionary of dictionaries) {
      const saved = store.importDictionary(dictionary);
      process.stdout.write(`Dictionary "${saved.name}": ${saved.entityCount} entities\n`);
    }
    const total: ImportSummary = { imported: [], duplicates: [], refused: [] };
    for (let start = 0; start < paths.length; start += BATCH) {
      const { files, unreadable } = await readBatch(paths.slice(start, start + BATCH));
      const counted = start + unreadable.length;
      const batch = await importWireFiles(store, files, { onProgress: (done, _, name) => progress.show(counted + done, name) });
      total.imported.push(...batch.imported);
      total.duplicates.push(...batch.duplicates);
      total.refused.push(...unreadable, ...batch.refused);
    }
    return total;
  });
  progress.end();

  process.stdout.write(`${summaryLine(summary)}\n`);
  for (const { name, reason } of summary.refused) process.stderr.write(`copydesk: refused ${name}: ${reason}\n`);
  return summary.refused.length > 0 ? EXIT_REFUSED : EXIT_DONE;
}

async function readBatch(paths: readonly string[]): Promise<{ files: WireFile[]; unreadable: ImportSummary['refused'] }> {
  const files: WireFile[] = [];
  const unreadable: ImportSummary['refused'] = [];
  for (const name of paths) {
    try {
      files.push({ name, bytes: await readFile(name) });
    } catch (error) {
      unreadable.push({ name, reason: fileSystemReason(error) });
    }
  }
  return { files, unreadable };
}

/** "Imported 12, already imported 3, refused 1"; a file of several items counts once, its drafts are added. */
function summaryLine({ imported, duplicates, refused }: ImportSummary): string {
  const files = new Set(imported.map((i) => i.name)).size;
  const drafts = imported.length === files ? '' : ` (${imported.length} drafts)`;
  return `Imported ${files}${drafts}, already imported ${duplicates.length}, refused ${refused.length}`;
}

/** One line rewritten in place on a terminal; a plain line per file when stderr is a pipe or a log. */
class Progress {
  private readonly live = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  show(done: number, name: string): void {
    const line = `[${done}/${this.total}] ${name}`;
    if (this.live) process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    else process.stderr.write(`${line}\n`);
  }

  end(): void {
    if (this.live && this.total > 0) process.stderr.write('\r\x1b[2K');
  }
}
