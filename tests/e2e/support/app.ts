// The e2e fixture: each test gets its own temp store and its own browser-mode host, and a page opened on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { repoDir, tempDir } from '../../support/paths';

const HOST_SCRIPT = 'electron/host/web.ts';

export interface Host {
  url: string;
  dbFile: string;
}

async function startHost(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOST_SCRIPT, '--no-open', '--port', '0', '--db', dbFile], {
    cwd: repoDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Copydesk is running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The browser-mode host stopped (exit ${code}) before it was ready:\n${output}`)));
  });
  return { url, child };
}

export const test = base.extend<{ host: Host; app: Page; storeContent: string | null }>({
  /** What the store file holds before the host starts (null: no file, a new store). */
  storeContent: [null, { option: true }],
  host: async ({ storeContent }, use) => {
    const dbFile = join(tempDir('copydesk-e2e-'), 'store.db');
    if (storeContent !== null) writeFileSync(dbFile, storeContent);
    const { url, child } = await startHost(dbFile);
    await use({ url, dbFile });
    child.kill();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Saves a screenshot as a test artefact and a copy for review in /work/notes/screens when that folder is there. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  const review = process.env.COPYDESK_SCREENS ?? '/work/notes/screens';
  if (!process.env.CI) {
    try {
      mkdirSync(review, { recursive: true });
      copyFileSync(file, join(review, `${name}.png`));
    } catch {
      // The review folder is a convenience of the development machine only.
    }
  }
}

/** One operation of the host's API, as the page calls it (token and origin included). */
export async function call(host: Host, operation: string, input: unknown): Promise<unknown> {
  const url = new URL(host.url);
  const response = await fetch(new URL(`/api/${operation}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': url.searchParams.get('token')!, Origin: url.origin },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(body.error!.message);
  return body.value;
}

/** Waits until the open story is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

export const editorBody = (page: Page) => page.locator('.story-doc');
