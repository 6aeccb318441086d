// Browser mode's host: the renderer's files and the API over HTTP, on 127.0.0.1 only. Every API call must
// carry the per-launch secret, and every request must name this host in Host (and Origin, when sent), so
// neither other web pages nor DNS-rebinding tricks can reach the store.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createApi, type Api } from '../api/api';
import type { ApiErrorCode } from '../api/contract';
import type { StoreSession } from '../api/session';
import { CONTENT_SECURITY_POLICY } from '../csp';

/** Large enough for a 20 MB wire file sent as base64 in JSON. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const TOKEN_HEADER = 'x-copydesk-token';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HostOptions {
  session: StoreSession;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** The launch secret; a fresh random one when absent. */
  token?: string;
}

export interface Host {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function createHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const api = createApi(options.session);
  const staticDir = resolve(options.staticDir);
  let port = 0;
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      console.error('copydesk: request failed:', error);
      if (!response.headersSent) sendError(response, 500, 'internal', 'Copydesk could not answer that request.');
      else response.destroy();
    });
  });

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendError(response, 403, 'refused', 'This address is not Copydesk’s.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return sendError(response, 403, 'refused', 'Requests from other sites are refused.');
    }
    const path = new URL(request.url ?? '/', `http://${host}`).pathname;
    if (path.startsWith('/api/')) return serveApi(api, token, path.slice('/api/'.length), request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'refused', 'Only GET is served here.');
    return serveStatic(staticDir, path, request, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serveApi(api: Api, token: string, operation: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'POST') return sendError(response, 405, 'refused', 'API calls are POST requests.');
  if (!sameSecret(request.headers[TOKEN_HEADER], token)) {
    return sendError(response, 401, 'refused', 'This request does not carry Copydesk’s launch key.');
  }
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return sendError(response, 415, 'invalid', 'API calls send JSON (Content-Type: application/json).');
  }
  const body = await readBody(request);
  if (body === 'too-large') {
    response.setHeader('Connection', 'close');
    return sendError(response, 413, 'invalid', `The request is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB.`);
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return sendError(response, 400, 'invalid', `${operation}: the request body is not valid JSON.`);
  }
  sendJson(response, 200, await api.handle(operation, input));
}

/** Compares in constant time, whatever the lengths. */
function sameSecret(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    request.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function serveStatic(root: string, path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const relative = normalize(safeDecode(path === '/' ? '/index.html' : path)).replace(/^[/\\]+/, '');
  const file = join(root, relative);
  if (!relative || relative.startsWith('..') || !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return sendError(response, 404, 'not-found', 'Not found.');
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return sendError(response, 404, 'not-found', 'Not found.');
  }
  const isPage = extname(file) === '.html';
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': content.length,
    // The page is never cached (it changes with each build); hashed assets may be.
    'Cache-Control': isPage ? 'no-store' : 'no-cache',
    ...(isPage ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : content);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}

function sendError(response: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
