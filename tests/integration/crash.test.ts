// Killing Copydesk in the middle of a stream of autosaves loses nothing it acknowledged and leaves the
// store intact. The store runs WAL with synchronous=NORMAL: a commit is in the WAL before the call
// returns, which survives a killed process (a power cut could lose the last commits, not integrity).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraph, type Story } from '../../core/story/story';
import { openStore } from '../../db/store';
import { tempDir } from '../support/paths';
import { startHostProcess, type HostProcess } from './host-process';

const STREAMS = 4;
// Starting a process and streaming saves takes a while on a busy machine; nothing here waits on a clock.
const PROCESS_TEST_TIMEOUT_MS = 120_000;
const KILL_AFTER_ACKS = 80;

const version = (stream: number, n: number): Story => ({
  headline: `Stream ${stream}`,
  dek: '',
  byline: '',
  dateline: '',
  body: [paragraph(`Save ${n} of stream ${stream}. ${'Filler words to give the save some weight. '.repeat(40)}`)],
  meta: {},
});

async function call(host: HostProcess, operation: string, input: unknown): Promise<{ ok: boolean; value?: { id: string } }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: { id: string } };
}

describe('a killed app', () => {
  it('keeps every acknowledged save and an intact store', async () => {
    const db = join(tempDir(), 'crash.db');
    const host = await startHostProcess(db);
    const drafts: string[] = [];
    for (let stream = 0; stream < STREAMS; stream++) {
      drafts.push((await call(host, 'createDraft', { story: version(stream, 0) })).value!.id);
    }

    // Each stream saves its draft again and again (each save a revision), noting what was acknowledged;
    // once enough saves are in, the process is killed while others are still in flight.
    const acknowledged: number[][] = drafts.map(() => []);
    let acks = 0;
    const stream = async (index: number) => {
      for (let n = 1; ; n++) {
        try {
          const answer = await call(host, 'saveDraft', { id: drafts[index], story: version(index, n), revision: 'manual' });
          if (!answer.ok) throw new Error('a save was refused');
        } catch {
          return; // the process is gone
        }
        acknowledged[index].push(n);
        if (++acks === KILL_AFTER_ACKS) host.child.kill('SIGKILL');
      }
    };
    await Promise.all(drafts.map((_, index) => stream(index)));
    expect((await host.exited).signal).toBe('SIGKILL');

    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const store = openStore(db);
    try {
      drafts.forEach((id, index) => {
        const saved = new Set(store.listRevisions(id).map((r) => store.getRevision(r.id)!.story.body[0]));
        for (const n of acknowledged[index]) expect(saved).toContainEqual(version(index, n).body[0]);
        // The current text is the last acknowledged save, or one sent after it that got in before the kill.
        const current = store.getDraft(id)!.story.body[0];
        const last = acknowledged[index].at(-1) ?? 0;
        const candidates = [last, last + 1].map((n) => version(index, n).body[0]);
        expect(candidates).toContainEqual(current);
      });
      expect(acknowledged.flat().length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    } finally {
      store.close();
    }
  }, PROCESS_TEST_TIMEOUT_MS);
});
