// The browser-mode host: the launch secret, Host and Origin checks against other pages and DNS rebinding,
// request limits, the page's security headers, and `npm run web`'s one printed line.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreSession } from '../../electron/api/session';
import { createHost, MAX_BODY_BYTES, type Host } from '../../electron/host/server';
import { tempDir } from '../support/paths';
import { startHostProcess } from './host-process';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls every header (Host included). */
function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    // A request that only announces a body (content-length) is left open, as a slow upload would be.
    if (options.body !== undefined) req.end(options.body);
    else if (options.headers?.['content-length']) req.flushHeaders();
    else req.end();
  });
}

let host: Host;
let session: StoreSession;
const api = (operation: string, headers: Record<string, string>, body = '{}') =>
  send(host.port, { method: 'POST', path: `/api/${operation}`, headers: { 'content-type': 'application/json', ...headers }, body });
const own = () => ({ host: `127.0.0.1:${host.port}`, 'x-copydesk-token': host.token });

beforeAll(async () => {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');
  session = new StoreSession(join(dir, 'copydesk.db'));
  host = await createHost({ session, staticDir });
});
afterAll(async () => {
  await host.close();
  session.close();
});

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 with a long random secret in its address', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers API calls that carry the secret', async () => {
    const reply = await api('storeStatus', own());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('refuses API calls without the secret or with a wrong one (401)', async () => {
    const { host: hostHeader } = own();
    const attempts: Record<string, string>[] = [{ host: hostHeader }, { host: hostHeader, 'x-copydesk-token': 'guess' }, { host: hostHeader, 'x-copydesk-token': '' }];
    for (const headers of attempts) {
      const reply = await api('listDrafts', headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
  });

  it('refuses a foreign Host header, even with the secret (DNS rebinding)', async () => {
    for (const hostHeader of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, `127.0.0.1.nip.io:${host.port}`]) {
      expect((await api('listDrafts', { ...own(), host: hostHeader })).status).toBe(403);
      expect((await send(host.port, { headers: { host: hostHeader } })).status).toBe(403);
    }
    expect((await api('listDrafts', { ...own(), host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses calls from another origin, and accepts its own', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      expect((await api('listDrafts', { ...own(), origin })).status).toBe(403);
    }
    expect((await api('listDrafts', { ...own(), origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('takes only JSON POSTs on the API, within the size limit', async () => {
    expect((await send(host.port, { path: '/api/listDrafts', headers: own() })).status).toBe(405);
    const plain = await send(host.port, { method: 'POST', path: '/api/listDrafts', headers: { ...own(), 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
    const broken = await api('listDrafts', own(), '{"trash": tru');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('listDrafts: the request body is not valid JSON.');
    const huge = await send(host.port, {
      method: 'POST',
      path: '/api/importFiles',
      headers: { ...own(), 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toMatch(/larger than 64 MB/);
  });

  it('serves the page with a strict CSP and no sniffing, and nothing outside its folder', async () => {
    const page = await send(host.port, { headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self';.*object-src 'none'.*frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A']) {
      const reply = await send(host.port, { path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the static folder');
    }
  });
});

describe('npm run web', () => {
  it('prints exactly one line with its address, serves the store named by --db, and stops cleanly on SIGTERM', async () => {
    const db = join(tempDir(), 'web.db');
    const web = await startHostProcess(db);
    const reply = await send(web.port, {
      method: 'POST',
      path: '/api/storeStatus',
      headers: { host: `127.0.0.1:${web.port}`, 'content-type': 'application/json', 'x-copydesk-token': web.token },
      body: '{}',
    });
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { file: db, ok: true } });
    web.child.kill('SIGTERM');
    expect((await web.exited).code).toBe(0);
    expect(web.lines).toHaveLength(1);
  }, 120_000); // starting a process is slow on a busy machine
});
