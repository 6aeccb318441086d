// Find and replace in the story: Mod-F, the count, next and previous (into blocks drawn only near sight),
// match case and whole word, replace one, replace all as one undo step, Esc back to the text.
import { openStore } from '../../db/store';
import { paragraph } from '../../core/story/story';
import { test, expect, editorBody, screenshot } from './support/app';

const PARAGRAPHS = 200;

test('find, step through, replace one and all, undo, and back to the text', async ({ host, page }, testInfo) => {
  const body = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(`Paragraph ${i + 1}: the council talked about harbour fees.`));
  body[1] = paragraph('The ferry leaves at nine and the Ferryman waves.');
  body[PARAGRAPHS - 1] = paragraph('The last ferry of the night.');
  const store = openStore(host.dbFile);
  store.createDraft({ story: { headline: 'Ferry fares rise', dek: 'The ferry costs more', byline: 'By Ann Lee', dateline: 'PORTLAND', body, meta: {} } });
  store.close();
  await page.goto(host.url);
  await page.locator('.story-row').first().getByRole('button').first().click();
  const doc = editorBody(page);
  const lastParagraph = doc.locator(':scope > p', { hasText: 'of the night.' });
  // The caret at the very start of the story, where the search begins.
  await doc.locator('.story-headline').click({ position: { x: 1, y: 4 } });

  const bar = page.getByRole('search', { name: 'Find in story' });
  const query = bar.getByRole('textbox', { name: 'Find in story' });
  const count = bar.locator('[aria-live="polite"]');

  // Mod-F: the query field has the focus; every match in the story is counted, the far last paragraph's too.
  await page.keyboard.press('ControlOrMeta+f');
  await expect(query).toBeFocused();
  await page.keyboard.type('ferry');
  await expect(count).toHaveText('1 of 5');
  await expect(doc.locator('.ProseMirror-search-match')).toHaveCount(4);
  await expect(doc.locator('.story-headline .ProseMirror-active-search-match')).toHaveText('Ferry');

  // Enter goes to the next match, Shift-Enter back.
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 5');
  await expect(doc.locator('.story-dek .ProseMirror-active-search-match')).toHaveText('ferry');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('1 of 5');
  // Backwards from the first wraps to the last, in a paragraph far out of sight: it is scrolled to and drawn.
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('5 of 5');
  await expect(lastParagraph.locator('.ProseMirror-active-search-match')).toBeInViewport();

  // Whole word leaves out "Ferryman"; match case leaves out "Ferry".
  await bar.getByRole('button', { name: 'Whole word' }).click();
  await expect(bar.getByRole('button', { name: 'Whole word' })).toHaveAttribute('aria-pressed', 'true');
  await expect(count).toHaveText('4 of 4');
  await bar.getByRole('button', { name: 'Match case' }).click();
  await expect(count).toHaveText('3 of 3');
  await bar.getByRole('button', { name: 'Match case' }).click();
  await expect(count).toHaveText('4 of 4');
  await screenshot(page, testInfo, 'find-bar-light');

  // Esc: the bar closes, its highlights go, and the focus is back in the text with the match selected.
  await query.press('Escape');
  await expect(bar).toBeHidden();
  await expect(doc).toBeFocused();
  await expect(doc.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('ferry');

  // Mod-Alt-F opens find and replace, the selected match as the query.
  await page.keyboard.press('ControlOrMeta+Alt+f');
  await expect(query).toHaveValue('ferry');
  const replacement = bar.getByRole('textbox', { name: 'Replace with' });
  await expect(replacement).toBeFocused();
  // A new bar starts with the options off.
  await expect(count).toHaveText('5 of 5');
  await bar.getByRole('button', { name: 'Whole word' }).click();
  await expect(count).toHaveText('4 of 4');
  await replacement.fill('boat');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, testInfo, 'find-bar-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Replace one: the current match, then on to the next (wrapping to the first).
  await bar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(lastParagraph).toHaveText('The last boat of the night.');
  await expect(count).toHaveText('1 of 3');

  // Replace all, whole word still on: the Ferryman stays.
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(count).toHaveText('No matches');
  await expect(doc.locator('.story-headline')).toHaveText('boat fares rise');
  await expect(doc.locator('.story-dek')).toHaveText('The boat costs more');
  await expect(doc).toContainText('The boat leaves at nine and the Ferryman waves.');

  // Back in the text, one undo takes the whole replace-all back, the next one the single replacement.
  await replacement.press('Escape');
  await expect(doc).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(doc.locator('.story-headline')).toHaveText('Ferry fares rise');
  await expect(doc.locator('.story-dek')).toHaveText('The ferry costs more');
  await expect(doc).toContainText('The ferry leaves at nine and the Ferryman waves.');
  await expect(lastParagraph).toHaveText('The last boat of the night.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(lastParagraph).toHaveText('The last ferry of the night.');
});
