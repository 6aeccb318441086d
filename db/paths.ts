// Where the store file lives: one per user, shared by the desktop app, browser mode and the CLI.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const APP_FOLDER = 'Copydesk';
const STORE_FILE = 'copydesk.db';

/** The per-user data folder of this OS, as each OS's own guidelines name it. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), APP_FOLDER);
}

/** The store file to use: the `--db` flag, else `COPYDESK_DB`, else the per-user default. */
export function resolveStoreFile(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.COPYDESK_DB || join(userDataDir(env), STORE_FILE));
}
