// A store of 5,000 drafts: the list opens quickly, draws a page of rows, and shows more on request.
import { openStore } from '../../db/store';
import { paragraph, type Story } from '../../core/story/story';
import { test, expect } from './support/app';

const DRAFTS = 5_000;

function story(i: number): Story {
  return {
    headline: `Council meeting ${i + 1} on harbour fees`,
    dek: '',
    byline: '',
    dateline: '',
    body: [paragraph(`The council met for the ${i + 1}th time to discuss harbour fees and the ferry timetable.`)],
    meta: {},
  };
}

test('5,000 drafts: the list stays responsive', async ({ host, page }, testInfo) => {
  const store = openStore(host.dbFile);
  store.batch(() => {
    for (let i = 0; i < DRAFTS; i++) store.createDraft({ story: story(i) });
  });
  store.close();

  const started = Date.now();
  await page.goto(host.url);
  const rows = page.locator('.story-row');
  await expect(page.locator('.story-rows')).toHaveAttribute('data-state', 'ready');
  await expect(rows.first()).toBeVisible();
  const listMs = Date.now() - started;
  await expect(rows).toHaveCount(200);

  // Opening a story and showing more rows each take one quick step, not a redraw of thousands.
  const more = page.getByRole('button', { name: /Show more \(4,800 left\)/ });
  const clicked = Date.now();
  await more.click();
  await expect(rows).toHaveCount(400);
  const moreMs = Date.now() - clicked;
  await rows.nth(300).getByRole('button').first().click();
  await expect(page.locator('.story-doc .story-headline')).toContainText('Council meeting');
  testInfo.annotations.push({ type: 'measured', description: `list of ${DRAFTS} drafts shown in ${listMs} ms; 200 more rows in ${moreMs} ms` });
  console.log(`list of ${DRAFTS} drafts shown in ${listMs} ms; 200 more rows in ${moreMs} ms`);
});
