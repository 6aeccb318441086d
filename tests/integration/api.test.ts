// The API as both bridges call it: inputs checked against the contract, errors as codes and one-line
// messages, and a store that will not open leaving the API up with a way out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraph, type Story } from '../../core/story/story';
import { createApi } from '../../electron/api/api';
import type { Draft, SaveResult } from '../../db/types';
import type { ApiResponse, ImportSummary, SourceView, StoreStatus } from '../../electron/api/contract';
import { StoreSession } from '../../electron/api/session';
import { inputSchemas } from '../../electron/api/validation';
import { tempDir, wireSample } from '../support/paths';

const sessions: StoreSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
});

function apiOn(file = join(tempDir(), 'copydesk.db')) {
  const session = new StoreSession(file);
  sessions.push(session);
  return { session, api: createApi(session) };
}

function value<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

function error(response: ApiResponse<unknown>): { code: string; message: string } {
  if (response.ok) throw new Error('the call succeeded');
  return response.error;
}

const story = (headline: string, text: string): Story => ({ headline, dek: '', byline: '', dateline: '', body: [paragraph(text)], meta: {} });

describe('API calls', () => {
  it('creates, saves, searches and reads back a draft', async () => {
    const { api } = apiOn();
    const draft = value<Draft>(await api.handle('createDraft', {}));
    const saved = value<SaveResult>(await api.handle('saveDraft', { id: draft.id, story: story('Ferry strike', 'Crews walked out at dawn.') }));
    expect(saved.wordCount).toBe(7);
    const hits = value<{ id: string }[]>(await api.handle('searchDrafts', { query: 'crews' }));
    expect(hits.map((h) => h.id)).toEqual([draft.id]);
    expect(value<Draft>(await api.handle('getDraft', { id: draft.id })).headline).toBe('Ferry strike');
  });

  it('answers not-found for a draft, revision or source that is not there', async () => {
    const { api } = apiOn();
    expect(error(await api.handle('getDraft', { id: 'nope' })).code).toBe('not-found');
    expect(error(await api.handle('getRevision', { id: 99 })).code).toBe('not-found');
    expect(error(await api.handle('getSource', { id: 99 })).code).toBe('not-found');
    expect(error(await api.handle('saveDraft', { id: 'nope', story: story('a', 'b') })).code).toBe('not-found');
  });

  it('refuses what the store will not do, in words', async () => {
    const { api } = apiOn();
    await api.handle('createDictionary', { name: 'World' });
    expect(error(await api.handle('createDictionary', { name: 'World' }))).toEqual({
      code: 'refused',
      message: 'There is already a dictionary called “World”.',
    });
  });

  it('imports wire files sent as base64, once, and shows their original text', async () => {
    const { api } = apiOn();
    const folder = wireSample('nitf');
    const name = readdirSync(folder).find((f) => f.endsWith('.xml'))!;
    const files = [{ name, dataBase64: readFileSync(join(folder, name)).toString('base64') }];
    const first = value<ImportSummary>(await api.handle('importFiles', { files }));
    expect(first.imported.length).toBeGreaterThan(0);
    const again = value<ImportSummary>(await api.handle('importFiles', { files }));
    expect(again).toEqual({ imported: [], duplicates: [{ name, draftId: first.imported[0].draftId }], refused: [] });

    const draft = value<Draft>(await api.handle('getDraft', { id: first.imported[0].draftId }));
    const source = value<SourceView>(await api.handle('getSource', { id: draft.sourceId! }));
    expect(source).toMatchObject({ fileName: name, format: 'nitf' });
    expect(source.text.length).toBeGreaterThan(0);
  });

  it('has no save dialog in browser mode', async () => {
    const { api } = apiOn();
    expect(error(await api.handle('saveExport', { suggestedName: 'a.md', text: 'x' })).code).toBe('unsupported');
  });
});

describe('input validation', () => {
  it('rejects an unknown operation', async () => {
    const { api } = apiOn();
    expect(error(await api.handle('dropTables', {}))).toEqual({ code: 'invalid', message: 'There is no operation called “dropTables”.' });
    expect(error(await api.handle('__proto__', {})).code).toBe('invalid');
  });

  it('rejects a wrong shape for every operation with a clear message, never a crash', async () => {
    const { api } = apiOn();
    for (const operation of Object.keys(inputSchemas)) {
      for (const input of [42, 'text', [], { unexpected: true }]) {
        const answer = error(await api.handle(operation, input));
        expect(answer.code, `${operation} ${JSON.stringify(input)}`).toBe('invalid');
        expect(answer.message.startsWith(`${operation}: `)).toBe(true);
        expect(answer.message).not.toMatch(/\n|at .*\.ts/);
      }
    }
  });

  it('names the field that is wrong', async () => {
    const { api } = apiOn();
    const draft = value<Draft>(await api.handle('createDraft', {}));
    expect(error(await api.handle('saveDraft', { id: draft.id, story: { ...story('a', 'b'), headline: 7 } })).message).toMatch(
      /^saveDraft: story\.headline: .*expected string/,
    );
    expect(error(await api.handle('setStatus', { id: draft.id, status: 'lost' })).message).toMatch(/^setStatus: status: /);
    expect(error(await api.handle('searchEntities', { dictionaryId: 1, query: '', offset: -1, limit: 10 })).message).toMatch(
      /^searchEntities: offset: /,
    );
    expect(error(await api.handle('importFiles', { files: [{ name: 'a.txt', dataBase64: 'not base64!' }] })).message).toMatch(
      /^importFiles: files\.0\.dataBase64: /,
    );
  });

  it('refuses a story body that does not fit the editor’s schema, and keeps the saved text', async () => {
    const { api } = apiOn();
    const draft = value<Draft>(await api.handle('createDraft', { story: story('Kept', 'kept text') }));
    const broken = { ...story('Kept', 'x'), body: [{ type: 'table', content: [] }] };
    expect(error(await api.handle('saveDraft', { id: draft.id, story: broken })).message).toMatch(/^saveDraft: story\.body: does not fit the story schema \(Unknown node type: table\)$/);
    expect(value<Draft>(await api.handle('getDraft', { id: draft.id })).story.body).toEqual(story('Kept', 'kept text').body);
  });
});

describe('a store that will not open', () => {
  it('keeps the API up: storeStatus says why, other calls answer code store, and the file is untouched', async () => {
    const file = join(tempDir(), 'copydesk.db');
    writeFileSync(file, 'not a database at all, but somebody’s notes\n'.repeat(100));
    const before = readFileSync(file);
    const { api } = apiOn(file);

    const status = value<StoreStatus>(await api.handle('storeStatus', {}));
    expect(status).toMatchObject({ file, ok: false });
    expect(status.error).toMatch(/not a Copydesk store/);
    const answer = error(await api.handle('listDrafts', {}));
    expect(answer.code).toBe('store');
    expect(answer.message).toMatch(/not a Copydesk store/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('offers to start a new store beside it, or to open another one', async () => {
    const dir = tempDir();
    const bad = join(dir, 'copydesk.db');
    writeFileSync(bad, 'garbage '.repeat(1000));
    const { api } = apiOn(bad);

    const fresh = value<StoreStatus>(await api.handle('newStore', {}));
    expect(fresh).toEqual({ file: join(dir, 'copydesk-2.db'), ok: true });
    value(await api.handle('createDraft', { story: story('In the new store', 'text') }));
    expect(error(await api.handle('newStore', { file: bad })).message).toMatch(/already exists/);

    const other = join(dir, 'other.db');
    apiOn(other).session.close();
    expect(value<StoreStatus>(await api.handle('openStore', { file: other }))).toEqual({ file: other, ok: true });
    expect(value<unknown[]>(await api.handle('listDrafts', {}))).toEqual([]);

    expect(error(await api.handle('openStore', { file: bad })).code).toBe('store');
    expect(error(await api.handle('openStore', { file: join(dir, 'missing.db') })).message).toMatch(/does not exist/);
    expect(value<StoreStatus>(await api.handle('storeStatus', {}))).toEqual({ file: other, ok: true });
  });
});
