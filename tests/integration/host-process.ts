// Starts `npm run web`'s entry as a real process on a given store and waits for its printed address.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoDir } from '../support/paths';

export interface HostProcess {
  child: ChildProcess;
  port: number;
  token: string;
  /** Every line the process printed on stdout so far. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const ADDRESS_LINE = /^Copydesk is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)$/;

export async function startHostProcess(db: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/web.ts', '--no-open', '--port', '0', '--db', db], {
    cwd: repoDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      resolve(line);
    });
    void exited.then(() => reject(new Error(`the host exited before printing its address: ${stderr}`)));
  });
  const match = ADDRESS_LINE.exec(first);
  if (!match) throw new Error(`unexpected first line from the host: ${first}`);
  return { child, port: Number(match[1]), token: match[2], lines, exited };
}
