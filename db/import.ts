// The import pipeline: wire files in, drafts out, with a human reason for every file refused.
// A file is fingerprinted first, so the same bytes are never imported twice; a refusal never stops the batch.
import { basename } from 'node:path';
import { MAX_WIRE_BYTES, WireError, parseWire, type WireFormat, type WireOptions, type WireResult } from '../core/wire';
import type { Story } from '../core/story/story';
import type { ImportSummary } from '../electron/api/contract';
import { sha256Hex } from './sources';
import type { Store } from './types';

export interface WireFile {
  /** How the file is named to the user (a path or a bare file name); the store keeps its base name. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  format?: WireFormat | 'auto';
  /** Called after each file, whatever became of it. */
  onProgress?: (done: number, total: number, name: string) => void;
}

/**
 * Imports each file as drafts. A file carrying several items (an Atom feed, a NINJS array) becomes one
 * draft per item, each with the whole file as its source: they are separate stories an editor handles
 * one by one, and each can be checked against the original. Its first draft stands for the file when
 * the same bytes come again.
 */
export async function importWireFiles(store: Store, files: readonly WireFile[], options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
  for (const [index, file] of files.entries()) {
    try {
      await importWireFile(store, file, options.format ?? 'auto', summary);
    } catch (error) {
      summary.refused.push({ name: file.name, reason: refusalReason(file.name, error) });
    }
    options.onProgress?.(index + 1, files.length, file.name);
  }
  return summary;
}

async function importWireFile(store: Store, file: WireFile, format: WireFormat | 'auto', summary: ImportSummary): Promise<void> {
  const existing = store.findImport(sha256Hex(file.bytes));
  if (existing) {
    summary.duplicates.push({ name: file.name, draftId: existing.draftId });
    return;
  }
  if (file.bytes.byteLength > MAX_WIRE_BYTES) {
    throw new WireError(`It is ${megabytes(file.bytes.byteLength)}; files over ${megabytes(MAX_WIRE_BYTES)} are refused.`);
  }
  const fileName = basename(file.name);
  const wire = await parseWireFile(file.bytes, { fileName, format });
  const stories = wire.stories.length > 0 ? wire.stories : [wire.story];
  const add = (story: Story) => store.addImport({ bytes: file.bytes, text: wire.text, fileName, format: wire.format, story });
  // A file of several items imports all of them or none (addImport alone is one transaction already).
  const drafts = stories.length === 1 ? [add(stories[0])] : store.batch(() => stories.map(add));
  for (const draft of drafts) summary.imported.push({ name: file.name, draftId: draft.id, headline: draft.headline, format: wire.format });
}

/** parseWire, with every failure a WireError in words: a parser that broke on odd input says nothing useful. */
export async function parseWireFile(bytes: Uint8Array, options: WireOptions & { fileName: string }): Promise<WireResult> {
  try {
    return await parseWire(bytes, options);
  } catch (error) {
    if (error instanceof WireError) throw error;
    throw new WireError(`${options.fileName} is damaged or not a wire story Copydesk can read.`);
  }
}

function refusalReason(name: string, error: unknown): string {
  if (error instanceof WireError) return error.message;
  const why = error instanceof Error ? error.message : String(error);
  return `${basename(name)} could not be saved in the store: ${why}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
