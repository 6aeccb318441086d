// Reading the files that analyze and convert take: wire copy or Markdown, told apart by content.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WIRE_FORMATS, WireError, type WireFormat, type WireResult } from '../core/wire';
import { parseWireFile } from '../db/import';
import { FileRefused, UsageError, fileProblem } from './errors';

export type FormatChoice = WireFormat | 'auto';

/** The --format value, checked. */
export function formatOption(value: string | undefined): FormatChoice {
  if (value === undefined || value === 'auto') return 'auto';
  const format = WIRE_FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`unknown format "${value}" (auto, ${WIRE_FORMATS.join(', ')})`);
  return format;
}

export async function readWireFile(path: string, options: { format: FormatChoice; bodyOnly?: boolean }): Promise<WireResult> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileProblem(path, error);
  });
  const wire = await parseWireFile(bytes, { fileName: basename(path), format: options.format, bodyOnly: options.bodyOnly }).catch(
    (error: unknown) => {
      throw error instanceof WireError ? new FileRefused(`${path}: ${error.message}`) : error;
    },
  );
  if (wire.stories.length > 1) {
    process.stderr.write(`copydesk: ${path} holds ${wire.stories.length} items; only the first is taken (import keeps them all)\n`);
  }
  return wire;
}

/**
 * Runs `work` on each file in turn; a refused file is reported on stderr and the rest go on.
 * Returns how many were refused.
 */
export async function forEachFile(paths: readonly string[], work: (path: string) => Promise<void>): Promise<number> {
  let refused = 0;
  for (const path of paths) {
    try {
      await work(path);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      process.stderr.write(`copydesk: ${error.message}\n`);
      refused += 1;
    }
  }
  return refused;
}
