// Builds the renderer (Vite) and the Electron main and preload scripts (esbuild) into dist/.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
await esbuild({
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
});
