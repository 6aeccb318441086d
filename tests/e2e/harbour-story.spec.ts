// An invented wire story of our own: an edited quote is flagged as altered with its word diff, a misspelled
// name added as an alias stops being a variant, the tabs move with the arrow keys, and the README screenshot.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoDir } from '../support/paths';
import { HARBOUR_DICTIONARY, HARBOUR_STORY } from '../fixtures/renderer/harbour-story';
import { test, expect, call, editorBody, waitSaved } from './support/app';
import type { Page } from '@playwright/test';
import type { Host } from './support/app';

async function openHarbourStory(host: Host, page: Page): Promise<void> {
  await call(host, 'importDictionary', { text: JSON.stringify(HARBOUR_DICTIONARY), format: 'json' });
  await page.goto(host.url);
  await page.getByTestId('import-files').setInputFiles({ name: 'velmora-bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(HARBOUR_STORY) });
  await expect(editorBody(page).locator('.story-headline')).toContainText('harbour bridge');
  await page.getByRole('button', { name: 'Close the import summary' }).click();
}

/** Puts the editor's selection on `word` inside the first paragraph that contains `context`. */
async function selectWord(page: Page, context: string, word: string): Promise<void> {
  await editorBody(page).click();
  await page.evaluate(
    ([context, word]) => {
      const paragraph = Array.from(document.querySelectorAll('.story-doc p')).find((p) => p.textContent!.includes(context))!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    },
    [context, word],
  );
  await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe(word);
}

test('an edited quote is flagged as altered, with the words that changed', async ({ host, page }) => {
  await openHarbourStory(host, page);
  await page.getByRole('tab', { name: 'Quotes' }).click();
  const quotes = page.getByRole('region', { name: 'Quotes' });
  const quote = quotes.locator('.quote-item', { hasText: 'before the first' });
  await expect(quote).toBeVisible();
  await expect(quote.locator('.tag', { hasText: 'altered' })).toHaveCount(0);
  // The unattributed quote is flagged as such.
  await expect(quotes).toContainText('Our customers simply stopped coming');

  await selectWord(page, 'first snow', 'first');
  await page.keyboard.type('heavy');
  await expect(editorBody(page)).toContainText('before the heavy snow falls');

  const edited = quotes.locator('.quote-item', { hasText: 'before the heavy snow' });
  await expect(edited.locator('.tag', { hasText: 'altered' })).toBeVisible();
  const diff = edited.getByLabel('Difference from the wire original');
  await expect(diff.locator('.diff-removed')).toContainText('first');
  await expect(diff.locator('.diff-added')).toContainText('heavy');
  await waitSaved(page);
});

test('Add as alias stores the spelling and it is no longer a variant', async ({ host, page }) => {
  await openHarbourStory(host, page);
  const variant = editorBody(page).locator('.mention-variant', { hasText: 'Solheimm' });
  await expect(variant).toBeVisible();
  await variant.click();
  const popover = page.getByRole('dialog', { name: 'Spelling of a name' });
  await expect(popover).toContainText('Marit Solheim');
  await popover.getByRole('button', { name: 'Add as alias' }).click();

  await expect(editorBody(page).locator('.mention-variant', { hasText: 'Solheimm' })).toHaveCount(0);
  await expect(editorBody(page).locator('.mention', { hasText: 'Solheimm' })).toBeVisible();
  const entities = (await call(host, 'enabledEntities', {})) as { canonical: string; aliases: string[] }[];
  expect(entities.find((e) => e.canonical === 'Marit Solheim')?.aliases).toContain('Marit Solheimm');
});

test('the panel tabs move with the arrow keys, and every control has a name', async ({ host, page }) => {
  await openHarbourStory(host, page);
  const entitiesTab = page.getByRole('tab', { name: 'Entities' });
  await entitiesTab.click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Quotes' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('before the first snow');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'History' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(entitiesTab).toBeFocused();
  await expect(entitiesTab).toHaveAttribute('tabindex', '0');
  await expect(page.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('tabindex', '-1');

  // A quick audit: every visible button, input and select can be named by a screen reader.
  const unnamed = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea'))
      .filter((el) => el.offsetParent !== null && (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
        const labels = (el as HTMLInputElement).labels;
        const text = el.tagName === 'BUTTON' ? el.textContent!.trim() : '';
        return !labelled && !(labels && labels.length > 0) && !text && !(el as HTMLInputElement).placeholder;
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
});

test('README screenshot: the story with its entities', async ({ host, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openHarbourStory(host, page);
  await page.getByRole('tab', { name: 'Entities' }).click();
  await expect(page.getByRole('region', { name: 'Entities' })).toContainText('Tomas Okafor');
  await expect(editorBody(page).locator('.mention-variant').first()).toBeVisible();
  await waitSaved(page);
  await page.locator('.story-doc').blur();
  // The README's picture changes only when asked for, so a test run leaves the checkout as it was.
  const file = process.env.UPDATE_README_SCREENSHOT ? join(repoDir, 'docs', 'screenshot.png') : test.info().outputPath('readme-screenshot.png');
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
});
