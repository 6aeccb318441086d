// Parsing in worker threads, so a big import parses the next files while the store writes this one.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WireError, type WireOptions, type WireResult } from '../core/wire';
import type { ImportOptions, WireParser } from '../db/import';

/** From this many files on, workers pay for their start (~0.5 s each to load the parsers). */
const WORKERS_FROM = 200;

type Reply = { id: number; wire: WireResult } | { id: number; refusal: string };

export class ParseWorkers {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (wire: WireResult) => void; reject: (error: Error) => void; fileName: string }>();
  private nextId = 0;

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url));
      worker.on('message', (reply: Reply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  /** Workers for an import of `fileCount` files (a core is left for the store), or null when one thread will do. */
  static forImport(fileCount: number): ParseWorkers | null {
    return fileCount >= WORKERS_FROM ? new ParseWorkers(Math.max(1, Math.min(availableParallelism() - 1, 4))) : null;
  }

  /** importWireFiles's options to parse with these workers, each kept busy with a few files in hand. */
  importOptions(): Pick<ImportOptions, 'parse' | 'readAhead'> {
    return { parse: this.parse, readAhead: 8 * this.workers.length };
  }

  readonly parse: WireParser = (bytes: Uint8Array, options: WireOptions & { fileName: string }) =>
    new Promise<WireResult>((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject, fileName: options.fileName });
      this.workers[id % this.workers.length].postMessage({ id, bytes, options });
    });

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if ('wire' in reply) waiter?.resolve(reply.wire);
    else waiter?.reject(new WireError(reply.refusal));
  }

  /** A worker that dies takes its files with it: each is refused in words, none hangs. */
  private failAll(error: Error): void {
    for (const [id, waiter] of this.waiting) {
      this.waiting.delete(id);
      waiter.reject(new WireError(`${waiter.fileName} could not be read: the parser stopped (${error.message}).`));
    }
  }
}
