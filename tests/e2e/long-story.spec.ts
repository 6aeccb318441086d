// A long story: blocks far from sight are left undrawn (typing speed), and whatever one scrolls to or types
// into is drawn, highlights included.
import { openStore } from '../../db/store';
import { paragraph } from '../../core/story/story';
import { test, expect, editorBody } from './support/app';

const PARAGRAPHS = 600;

test('a long story draws what is in sight wherever one scrolls, types or jumps', async ({ host, page }) => {
  const store = openStore(host.dbFile);
  const body = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(`Paragraph ${i + 1}: Mayor Ellen Brandt met the council again to talk about harbour fees and the ferry timetable.`));
  store.createDraft({ story: { headline: 'The longest council meeting', dek: '', byline: '', dateline: '', body, meta: {} } });
  store.close();
  await page.goto(host.url);
  await page.locator('.story-row').first().getByRole('button').first().click();
  const doc = editorBody(page);
  const block = (n: number) => doc.locator(':scope > p', { hasText: `Paragraph ${n}:` });
  const drawn = (n: number) => block(n).evaluate((el) => getComputedStyle(el).contentVisibility !== 'hidden');

  await expect(block(1)).toBeVisible();
  await expect.poll(() => drawn(PARAGRAPHS)).toBe(false);
  expect(await drawn(1)).toBe(true);
  // The name is found in every paragraph, and highlighted in those near sight.
  await expect(block(1).locator('.mention')).toHaveText('Ellen Brandt');
  await expect(page.locator('.entity-item', { hasText: 'Ellen Brandt' })).toContainText(String(PARAGRAPHS));
  await expect(block(PARAGRAPHS).locator('.mention')).toHaveCount(0);

  // Scrolled to the end: the last paragraphs are drawn and highlighted, the first ones no longer.
  await page.locator('.editor-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => drawn(PARAGRAPHS)).toBe(true);
  expect(await drawn(1)).toBe(false);
  await expect(block(PARAGRAPHS).locator('.mention')).toHaveText('Ellen Brandt');

  // Typing at the end, then a new paragraph there: both drawn and saved in the text.
  await block(PARAGRAPHS).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Fees rose.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A new last paragraph.');
  await expect(block(PARAGRAPHS)).toContainText('timetable. Fees rose.');
  const last = doc.locator(':scope > p').last();
  await expect(last).toHaveText('A new last paragraph.');
  expect(await last.evaluate((el) => getComputedStyle(el).contentVisibility !== 'hidden')).toBe(true);

  // Back to the top with the keyboard: the caret's block and those around it are drawn again.
  await page.keyboard.press('ControlOrMeta+Home');
  await expect.poll(() => drawn(1)).toBe(true);
  await expect(doc.locator('.story-headline')).toBeInViewport();

  // Select all from the top, type: the whole story is replaced, blocks out of sight too.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Fresh start');
  await expect(doc).toHaveText('Fresh start');
});
