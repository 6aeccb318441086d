// Issues 3, 5, 6, 7 in the window: import a real wire story, see its names and quotes, export it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exampleFile, wireSample } from '../support/paths';
import { test, expect, call, editorBody, screenshot } from './support/app';

const STORY = exampleFile('wire-prisoner-exchange.txt');
const DICTIONARY = exampleFile('world-desk-dictionary.json');

test('import a wire story, read its names and quotes, export it', async ({ host, page }, testInfo) => {
  await call(host, 'importDictionary', { text: readFileSync(DICTIONARY, 'utf8'), format: 'json' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);

  await page.getByTestId('import-files').setInputFiles(STORY);
  const doc = editorBody(page);
  await expect(doc.locator('.story-headline')).toContainText('prisoner exchange');
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('Imported 1');

  // The same file again is "already imported", with a way to open it.
  await page.getByTestId('import-files').setInputFiles(STORY);
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('already imported');
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText(basename(STORY));
  await page.getByRole('button', { name: 'Close the import summary' }).click();

  // Names the dictionary knows are highlighted; a misspelling gets the wavy line and a suggestion.
  await expect(doc.locator('.mention').first()).toBeVisible();
  const variant = doc.locator('.mention-variant').first();
  await expect(variant).toBeVisible();
  await page.getByRole('tab', { name: 'Entities' }).click();
  await expect(page.getByRole('region', { name: 'Entities' })).toContainText('Maria Zakharova');
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await expect(page.getByRole('region', { name: 'Quotes' })).toContainText('No concrete result has been reached yet');

  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, testInfo, 'story-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, testInfo, 'story-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await variant.click();
  const popover = page.getByRole('dialog', { name: 'Spelling of a name' });
  await expect(popover).toContainText('Did you mean');
  await screenshot(page, testInfo, 'variant-popover');
  const canonical = (await popover.locator('strong').textContent())!;
  const before = await doc.textContent();
  await popover.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect.poll(async () => count(await doc.textContent(), canonical)).toBe(count(before, canonical) + 1);

  // Export: the Markdown preview shows the story; the original stays viewable beside the draft.
  await page.getByRole('tab', { name: 'Wire' }).click();
  await expect(page.getByRole('region', { name: 'Original' })).toContainText('Maria Zakharova');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('Preview')).toContainText('No concrete result has been reached yet');
  await expect(dialog.getByLabel('Markdown')).toContainText('title:');
  // The preview's headline is the exported title: typographic quotes, as the Markdown writes them.
  await expect(dialog.locator('.preview-headline')).toContainText('“yet”');
  await screenshot(page, testInfo, 'export-light');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Download/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
});

function count(text: string | null, word: string): number {
  return (text ?? '').split(word).length - 1;
}

test('the editor sets a quote’s speaker, and the choice survives reload', async ({ host, page }) => {
  await call(host, 'importDictionary', { text: readFileSync(DICTIONARY, 'utf8'), format: 'json' });
  await page.goto(host.url);
  await page.getByTestId('import-files').setInputFiles(STORY);
  await expect(editorBody(page).locator('.story-headline')).toContainText('prisoner exchange');

  await page.getByRole('tab', { name: 'Quotes' }).click();
  const quotes = page.getByRole('region', { name: 'Quotes' });
  const quote = quotes.locator('.quote-item', { hasText: 'Victor knows nothing' });
  await quote.getByRole('button', { name: /speaker/ }).click();
  await quote.getByLabel('Speaker').fill('Alla Bout');
  await quote.getByRole('button', { name: 'Set' }).click();

  const group = quotes.locator('.quote-group', { has: page.locator('.quote-speaker-name', { hasText: 'Alla Bout' }) });
  await expect(group).toContainText('Victor knows nothing');
  await expect(group.locator('.quote-item', { hasText: 'Victor knows nothing' })).toContainText('set by editor');
  await expect(editorBody(page).locator('.quote-speaker')).toContainText('Victor knows nothing');
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');

  await page.reload();
  await page.locator('.story-row', { hasText: 'prisoner exchange' }).getByRole('button').first().click();
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await expect(group).toContainText('Victor knows nothing');
});

test('checks jump to their place and fix it; Normalize all writes house spellings', async ({ host, page }) => {
  await call(host, 'importDictionary', { text: readFileSync(DICTIONARY, 'utf8'), format: 'json' });
  await page.goto(host.url);
  await page.getByTestId('import-files').setInputFiles(STORY);
  const doc = editorBody(page);
  await expect(doc.locator('.mention-variant').first()).toBeVisible();

  await page.getByRole('tab', { name: /Checks/ }).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  const withFix = checks.locator('.check-item', { has: page.getByRole('button', { name: /^(Replace with|Write) / }) }).first();
  const fix = withFix.getByRole('button', { name: /^(Replace with|Write) / });
  const replacement = (await fix.textContent())!.replace(/^(Replace with|Write) /, '');
  await withFix.locator('.check-message').click();
  const selected = await page.evaluate(() => document.getSelection()!.toString());
  expect(selected.length).toBeGreaterThan(0);
  await fix.click();
  await expect(doc).toContainText(replacement);

  await page.getByRole('tab', { name: 'Entities' }).click();
  const normalize = page.getByRole('button', { name: /Normalize all/ });
  await expect(normalize).toBeEnabled();
  await normalize.click();
  await expect(doc.locator('.mention-variant')).toHaveCount(0);
  await expect(normalize).toBeDisabled();
});

test('a withdrawn wire item says so in the checklist and beside its original', async ({ host, page }, testInfo) => {
  await page.goto(host.url);
  // Reuters' cancellation of an earlier item: its NewsML-G2 status is "canceled".
  await page.getByTestId('import-files').setInputFiles(wireSample('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538'));
  await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('Imported 1');
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await page.getByRole('tab', { name: /Checks/ }).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.locator('.severity-error')).toContainText('withdrawn this story');
  await screenshot(page, testInfo, 'withdrawn-checks');
  await page.getByRole('tab', { name: 'Wire' }).click();
  const original = page.getByRole('region', { name: 'Original' });
  await expect(original.locator('.wire-alert')).toContainText('canceled');
  await screenshot(page, testInfo, 'withdrawn-item');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, testInfo, 'withdrawn-item-dark');
});
