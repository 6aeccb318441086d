// The import pipeline: wire files in, drafts out, with a human reason for every file refused.
// A file is fingerprinted first, so the same bytes are never imported twice; a refusal never stops the import.
// Files are read a chunk at a time and each chunk's drafts written in one transaction: a commit (with the
// search index's flush) per file cost about as much as reading the file.
import { basename } from 'node:path';
import { MAX_WIRE_BYTES, WireError, parseWire, type WireFormat, type WireOptions, type WireResult } from '../core/wire';
import type { ImportSummary } from '../electron/api/contract';
import { sha256Hex } from './sources';
import type { Draft, ImportInput, Store } from './types';

// A chunk ends at this many files or bytes, whichever comes first: enough to share a commit among many
// files, few enough that progress stays smooth and a chunk's parsed stories take little memory.
const CHUNK_FILES = 64;
const CHUNK_BYTES = 4 * 1024 * 1024;

export interface WireFile {
  /** How the file is named to the user (a path or a bare file name); the store keeps its base name. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  format?: WireFormat | 'auto';
  /** Called once per file, in order, whatever became of it (after its chunk is written). */
  onProgress?: (done: number, total: number, name: string) => void;
}

/** What became of one file. */
type Outcome = { drafts: Draft[]; format: string } | { duplicateOf: string } | { refused: string };

/** A file read, before its chunk is written. */
type Prepared = { file: WireFile; sha256: string } & (
  | { step: 'write'; wire: WireResult }
  /** The same bytes as an earlier file of the chunk, which writes them. */
  | { step: 'same-as-earlier' }
  /** Settled without writing: already in the store, or refused. */
  | { step: 'done'; outcome: Outcome }
);

/**
 * Imports each file as drafts. A file carrying several items (an Atom feed, a NINJS array) becomes one
 * draft per item, each with the whole file as its source: they are separate stories an editor handles
 * one by one, and each can be checked against the original. Its first draft stands for the file when
 * the same bytes come again.
 */
export async function importWireFiles(store: Store, files: readonly WireFile[], options: ImportOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
  const format = options.format ?? 'auto';
  let done = 0;
  await store.bulkLoad(async () => {
    for (const chunk of chunks(files)) {
      const prepared = await prepareChunk(store, chunk, format);
      const outcomes = await writeChunk(store, prepared, format);
      for (const [i, file] of chunk.entries()) {
        record(summary, file.name, outcomes[i]);
        options.onProgress?.(++done, files.length, file.name);
      }
    }
  });
  return summary;
}

/** The files in order, cut into chunks of at most CHUNK_FILES files and (unless one file alone) CHUNK_BYTES. */
function* chunks(files: readonly WireFile[]): Generator<WireFile[]> {
  let chunk: WireFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (chunk.length > 0 && (chunk.length === CHUNK_FILES || bytes + file.bytes.byteLength > CHUNK_BYTES)) {
      yield chunk;
      [chunk, bytes] = [[], 0];
    }
    chunk.push(file);
    bytes += file.bytes.byteLength;
  }
  if (chunk.length > 0) yield chunk;
}

/** Fingerprints and reads each file of the chunk; nothing is written yet. */
async function prepareChunk(store: Store, chunk: readonly WireFile[], format: WireFormat | 'auto'): Promise<Prepared[]> {
  const toWrite = new Set<string>(); // fingerprints of the chunk's files that will be written
  const prepared: Prepared[] = [];
  for (const file of chunk) {
    const sha256 = sha256Hex(file.bytes);
    const existing = store.findImport(sha256);
    if (existing) {
      prepared.push({ file, sha256, step: 'done', outcome: { duplicateOf: existing.draftId } });
    } else if (toWrite.has(sha256)) {
      prepared.push({ file, sha256, step: 'same-as-earlier' });
    } else {
      try {
        prepared.push({ file, sha256, step: 'write', wire: await readWireFile(file, format) });
        toWrite.add(sha256);
      } catch (error) {
        prepared.push({ file, sha256, step: 'done', outcome: { refused: refusalReason(file.name, error) } });
      }
    }
  }
  return prepared;
}

/**
 * Writes the chunk in one transaction. When any write fails the whole chunk rolls back and its files are
 * written one by one, so the file at fault refuses only itself and nothing is half-imported.
 */
async function writeChunk(store: Store, chunk: readonly Prepared[], format: WireFormat | 'auto'): Promise<Outcome[]> {
  try {
    return writeTogether(store, chunk);
  } catch {
    const outcomes: Outcome[] = [];
    for (const file of chunk) outcomes.push(file.step === 'done' ? file.outcome : await writeAlone(store, file, format));
    return outcomes;
  }
}

/** Writes every file of the chunk; a file repeating an earlier one's bytes points at that one's first draft. */
function writeTogether(store: Store, chunk: readonly Prepared[]): Outcome[] {
  const drafts = store.addImports(chunk.flatMap((file) => (file.step === 'write' ? importInputs(file.file, file.wire) : [])));
  const firstDraft = new Map<string, string>(); // fingerprint → draft id
  let next = 0;
  return chunk.map((file) => {
    if (file.step === 'done') return file.outcome;
    if (file.step === 'same-as-earlier') return { duplicateOf: firstDraft.get(file.sha256)! };
    const own = drafts.slice(next, (next += storiesOf(file.wire).length));
    firstDraft.set(file.sha256, own[0].id);
    return { drafts: own, format: file.wire.format };
  });
}

/** One file in its own transaction, as if imported alone: an earlier file may have just written the same bytes. */
async function writeAlone(store: Store, file: Prepared, format: WireFormat | 'auto'): Promise<Outcome> {
  try {
    const existing = store.findImport(file.sha256);
    if (existing) return { duplicateOf: existing.draftId };
    const wire = file.step === 'write' ? file.wire : await readWireFile(file.file, format);
    return { drafts: store.addImports(importInputs(file.file, wire)), format: wire.format };
  } catch (error) {
    return { refused: refusalReason(file.file.name, error) };
  }
}

/** A file of several items becomes a draft per item, all of them or none. */
function importInputs(file: WireFile, wire: WireResult): ImportInput[] {
  const fileName = basename(file.name);
  return storiesOf(wire).map((story) => ({ bytes: file.bytes, text: wire.text, fileName, format: wire.format, story }));
}

const storiesOf = (wire: WireResult) => (wire.stories.length > 0 ? wire.stories : [wire.story]);

async function readWireFile(file: WireFile, format: WireFormat | 'auto'): Promise<WireResult> {
  if (file.bytes.byteLength > MAX_WIRE_BYTES) {
    throw new WireError(`It is ${megabytes(file.bytes.byteLength)}; files over ${megabytes(MAX_WIRE_BYTES)} are refused.`);
  }
  return parseWireFile(file.bytes, { fileName: basename(file.name), format });
}

function record(summary: ImportSummary, name: string, outcome: Outcome): void {
  if ('refused' in outcome) summary.refused.push({ name, reason: outcome.refused });
  else if ('duplicateOf' in outcome) summary.duplicates.push({ name, draftId: outcome.duplicateOf });
  else for (const draft of outcome.drafts) summary.imported.push({ name, draftId: draft.id, headline: draft.headline, format: outcome.format });
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
