// `npm run web`: Copydesk in the browser. Opens the store (a store that fails to open is reported in the
// page, not here), serves the app on 127.0.0.1, prints exactly one line with its address and opens the
// default browser unless --no-open.
//   node --import tsx electron/host/web.ts [--port N] [--no-open] [--db FILE]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveStoreFile } from '../../db/paths';
import { StoreSession } from '../api/session';
import { createHost } from './server';

const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function usage(message: string): never {
  process.stderr.write(`copydesk web: ${message}\nUsage: npm run web -- [--port N] [--no-open] [--db FILE]\n`);
  process.exit(2);
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, db: { type: 'string' } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    usage((error as Error).message.split('\n')[0]);
  }
  const port = parsed.port === undefined ? 0 : Number(parsed.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port must be a port number (0-65535), not “${parsed.port}”.`);
  return { port, open: !parsed['no-open'], db: parsed.db };
}

/** The OS's own way to open a URL; failing to open a browser is not an error, the printed line suffices. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
}

const args = readArguments();
if (!existsSync(STATIC_DIR)) process.stderr.write(`copydesk web: ${STATIC_DIR} is missing; run "npm run build" first.\n`);
const session = new StoreSession(resolveStoreFile(args.db));
const host = await createHost({ session, staticDir: STATIC_DIR, port: args.port }).catch((error: Error) => {
  session.close();
  process.stderr.write(`copydesk web: cannot listen on 127.0.0.1:${args.port}: ${error.message}\n`);
  process.exit(1);
});
process.stdout.write(`Copydesk is running at ${host.url}\n`);
if (args.open) openBrowser(host.url);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => {
      session.close();
      process.exit(0);
    });
  });
}
