// `npm start`: the desktop app where Electron can start; otherwise one line saying why, then browser mode
// (the same as `npm run web`). Arguments (--db FILE, and --port N / --no-open for browser mode) pass through.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
// Electron's package fetches its binary on first launch; a machine that cannot download gets browser mode
// quickly instead of a long wait.
const FETCH_TIMEOUT_MS = 60_000;

/** The Electron binary, fetching it once if need be; or the reason it cannot start. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'Electron is not installed' };
  }
  const binary = () => {
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const file = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(file) ? file : null;
  };
  if (!binary()) {
    const fetched = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: FETCH_TIMEOUT_MS });
    if (fetched.status !== 0 || !binary()) return { reason: 'its binary is not installed and cannot be downloaded' };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'there is no display' };
  return { file: binary() };
}

/** Runs a child in the foreground: signals go to it, its exit status becomes ours. */
function runInForeground(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: repo, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * better-sqlite3 built for this Electron (its ABI is not Node's), in a folder of its own so that the CLI and
 * the tests keep the Node build: Electron's prebuilt binary when one is published, else a local compile.
 */
function electronSqliteBinding() {
  const require = createRequire(import.meta.url);
  const electronVersion = require('electron/package.json').version;
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const dir = join(repo, '.electron-native', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.arch}`);
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return { file: binding };
  cpSync(sqliteDir, dir, { recursive: true, filter: (source) => !source.startsWith(join(sqliteDir, 'build')) });
  const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
  const quiet = { cwd: dir, stdio: 'ignore', timeout: 10 * 60_000 };
  const prebuilt = spawnSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...target], quiet);
  if (prebuilt.status !== 0 || !existsSync(binding)) {
    spawnSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'], quiet);
  }
  return existsSync(binding) ? { file: binding } : { reason: 'better-sqlite3 could not be built for Electron' };
}

const electron = electronBinary();
const sqlite = electron.file ? electronSqliteBinding() : null;
if (electron.file && sqlite?.file) {
  process.env.COPYDESK_SQLITE_BINDING = sqlite.file;
  runInForeground(electron.file, ['.', ...args]);
} else {
  if (sqlite?.reason) electron.reason = sqlite.reason;
  console.log(`Electron cannot start here (${electron.reason}); opening Copydesk in your browser instead.`);
  runInForeground(process.execPath, ['--import', 'tsx', 'electron/host/web.ts', ...args]);
}
