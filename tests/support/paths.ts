// Where tests find the shared wire samples and examples (read at run time, never copied into the repo),
// and fresh temp folders for real SQLite files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoDir = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDir = process.env.COPYDESK_SHARED ?? join(repoDir, '..', 'shared');

export const wireSample = (relative: string): string => join(sharedDir, 'wire-samples', relative);
export const exampleFile = (relative: string): string => join(sharedDir, 'examples', relative);

export function tempDir(prefix = 'copydesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
