// The import pipeline: wire files in, drafts out, with a human reason for every file refused.
// A file is fingerprinted first, so the same bytes are never imported twice; a refusal never stops the batch.
import { basename } from 'node:path';
import { MAX_WIRE_BYTES, WireError, parseWire, type WireFormat, type WireOptions, type WireResult } from '../core/wire';
import type { ImportSummary } from '../electron/api/contract';
import { sha256Hex } from './sources';
import type { Store } from './types';

export interface WireFile {
  /** How the file is named to the user (a path or a bare file name); the store keeps its base name. */
  name: string;
  bytes: Uint8Array;
}

/** Turns a file's bytes into stories; fails only with a WireError in words. */
export type WireParser = (bytes: Uint8Array, options: WireOptions & { fileName: string }) => Promise<WireResult>;

export interface ImportOptions {
  format?: WireFormat | 'auto';
  /** Called after each file, whatever became of it. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Parses in this process by default; a parser in worker threads lets files be parsed while the store writes. */
  parse?: WireParser;
  /** How many files may be parsed ahead of the one being stored (default 1). Only worth more with a worker parser. */
  readAhead?: number;
}

/** A file made ready for the store: its fingerprint and, unless already imported or refused, what it holds. */
interface ParsedFile {
  sha256: string;
  wire?: WireResult;
  refusal?: unknown;
}

/**
 * Imports each file as drafts, in order. A file carrying several items (an Atom feed, a NINJS array) becomes
 * one draft per item, each with the whole file as its source: they are separate stories an editor handles
 * one by one, and each can be checked against the original. Its first draft stands for the file when the
 * same bytes come again.
 */
export async function importWireFiles(store: Store, files: readonly WireFile[], options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
  const parse = options.parse ?? parseWireFile;
  const format = options.format ?? 'auto';
  const ahead = Math.max(1, options.readAhead ?? 1);
  const parsing = new Map<number, Promise<ParsedFile>>();
  const startParsing = (index: number) => {
    if (index < files.length) parsing.set(index, parseFile(store, files[index], format, parse));
  };

  for (let index = 0; index < ahead; index++) startParsing(index);
  for (const [index, file] of files.entries()) {
    const parsed = await parsing.get(index)!;
    parsing.delete(index);
    startParsing(index + ahead);
    try {
      await storeFile(store, file, parsed, format, parse, summary);
    } catch (error) {
      summary.refused.push({ name: file.name, reason: refusalReason(file.name, error) });
    }
    options.onProgress?.(index + 1, files.length, file.name);
  }
  return summary;
}

/** Never rejects: a refusal is kept for its turn, so files are reported in order. */
async function parseFile(store: Store, file: WireFile, format: WireFormat | 'auto', parse: WireParser): Promise<ParsedFile> {
  const sha256 = sha256Hex(file.bytes);
  try {
    if (store.findImport(sha256)) return { sha256 };
    if (file.bytes.byteLength > MAX_WIRE_BYTES) {
      throw new WireError(`It is ${megabytes(file.bytes.byteLength)}; files over ${megabytes(MAX_WIRE_BYTES)} are refused.`);
    }
    return { sha256, wire: await parse(file.bytes, { fileName: basename(file.name), format }) };
  } catch (refusal) {
    return { sha256, refusal };
  }
}

async function storeFile(
  store: Store,
  file: WireFile,
  parsed: ParsedFile,
  format: WireFormat | 'auto',
  parse: WireParser,
  summary: ImportSummary,
): Promise<void> {
  // Asked again: an earlier file of this batch may have had the same bytes.
  const existing = store.findImport(parsed.sha256);
  if (existing) {
    summary.duplicates.push({ name: file.name, draftId: existing.draftId });
    return;
  }
  if (parsed.refusal !== undefined) throw parsed.refusal;
  const fileName = basename(file.name);
  // Not parsed ahead when it was known then; if it is not now (drafts gone meanwhile), parse it after all.
  const wire = parsed.wire ?? (await parse(file.bytes, { fileName, format }));
  const stories = wire.stories.length > 0 ? wire.stories : [wire.story];
  for (const story of stories) {
    const draft = store.addImport({ bytes: file.bytes, text: wire.text, fileName, format: wire.format, story });
    summary.imported.push({ name: file.name, draftId: draft.id, headline: draft.headline, format: wire.format });
  }
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
