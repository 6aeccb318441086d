// The import pipeline on real wire files into a real store file: drafts, duplicates, refusals and progress.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_WIRE_BYTES } from '../../core/wire';
import { importWireFiles, type WireFile } from '../../db/import';
import { sha256Hex } from '../../db/sources';
import { wireSample } from '../support/paths';
import { freshStore } from '../support/store';


const sample = (relative: string): WireFile => ({ name: basename(relative), bytes: readFileSync(wireSample(relative)) });
const ownFile = (name: string, text: string): WireFile => ({ name, bytes: new TextEncoder().encode(text) });

const ferryStory = ownFile(
  'ferry.txt',
  'Harbour board approves night ferry trial\n\nPORTSMOUTH, May 3 - The harbour board on Tuesday approved a six-month trial of night ferries.\n',
);

describe('importWireFiles', () => {
  it('makes a draft of each wire file, keeps its original, and reports progress per file', async () => {
    const store = freshStore();
    const files = [sample('nitf/ap-nitf.xml'), sample('newsml-g2/scoop.xml'), sample('anpa1312/anpa-1.tst')];
    const progress: [number, number, string][] = [];
    const summary = await importWireFiles(store, files, { onProgress: (...call) => progress.push(call) });

    expect(summary.refused).toEqual([]);
    expect(summary.duplicates).toEqual([]);
    expect(summary.imported.map((i) => [i.name, i.format, i.headline])).toEqual([
      ['ap-nitf.xml', 'nitf', 'Can trading pollution like stocks help fight climate change?'],
      ['scoop.xml', 'newsml-g2', 'Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale'],
      ['anpa-1.tst', 'anpa-1312', 'For Argentine chemo patients, mirrors can hurt'],
    ]);
    expect(progress).toEqual(files.map((f, i) => [i + 1, files.length, f.name]));

    const draft = store.getDraft(summary.imported[0].draftId)!;
    const source = store.getSource(draft.sourceId!)!;
    expect(source.fileName).toBe('ap-nitf.xml');
    expect(Buffer.from(source.bytes).equals(Buffer.from(files[0].bytes))).toBe(true);
    expect(store.listDrafts()).toHaveLength(3);
  });

  it('knows the same bytes again, under any name, and points at the draft made from them', async () => {
    const store = freshStore();
    const first = await importWireFiles(store, [sample('nitf/aap.xml')]);
    const renamed = { ...sample('nitf/aap.xml'), name: 'copy-of-aap.xml' };
    const second = await importWireFiles(store, [renamed, sample('nitf/aap.xml')]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toEqual([
      { name: 'copy-of-aap.xml', draftId: first.imported[0].draftId },
      { name: 'aap.xml', draftId: first.imported[0].draftId },
    ]);
    expect(store.listDrafts()).toHaveLength(1);
  });

  it('refuses junk with a one-line reason, goes on with the batch, and leaves nothing of the refused behind', async () => {
    const store = freshStore();
    const junk = [
      ownFile('empty.xml', ''),
      { name: 'noise.bin', bytes: Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256) },
      ownFile('cut-off.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Harbour board appr'),
    ];
    const summary = await importWireFiles(store, [junk[0], ferryStory, junk[1], junk[2]]);

    expect(summary.imported.map((i) => i.name)).toEqual(['ferry.txt']);
    expect(summary.refused.map((r) => r.name)).toEqual(junk.map((j) => j.name));
    for (const { reason } of summary.refused) {
      expect(reason).toMatch(/^\S.*\S$/);
      expect(reason).not.toContain('\n');
      expect(reason).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(store.listDrafts().map((d) => d.headline)).toEqual(['Harbour board approves night ferry trial']);
    for (const refused of junk) expect(store.findImport(sha256Hex(refused.bytes))).toBeNull();
  });

  it('refuses a file over the size limit before reading it, saying how big it is', async () => {
    const store = freshStore();
    const huge = { name: 'huge.txt', bytes: new Uint8Array(MAX_WIRE_BYTES + 1).fill(0x61) };
    const summary = await importWireFiles(store, [huge]);
    expect(summary.refused).toEqual([{ name: 'huge.txt', reason: expect.stringMatching(/20 MB/) }]);
    expect(store.listDrafts()).toEqual([]);
  });

  it('makes one draft per item of a file that carries several, all from the one source', async () => {
    const store = freshStore();
    const feed = sample('other-agency-xml/wenn.xml');
    const summary = await importWireFiles(store, [feed]);
    expect(summary.imported.map((i) => i.headline)).toEqual([
      'Suge Knight involved in fatal hit and run incident',
      'Jagged Edge singer Kyle Norman arrested over domestic assault',
    ]);
    const sources = summary.imported.map((i) => store.getDraft(i.draftId)!.sourceId);
    expect(new Set(sources).size).toBe(1);

    const again = await importWireFiles(store, [feed]);
    expect(again.duplicates).toEqual([{ name: 'wenn.xml', draftId: summary.imported[0].draftId }]);
    expect(store.listDrafts()).toHaveLength(2);
  });
});
