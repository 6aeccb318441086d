// Issue 2: a story list and an editor whose text survives a reload; delete to trash and restore.
import { test, expect, waitSaved, editorBody, screenshot } from './support/app';

test('a new story keeps its text across a reload', async ({ app }) => {
  await app.getByRole('button', { name: 'New story' }).first().click();
  const doc = editorBody(app);
  await expect(doc).toBeVisible();
  await doc.locator('.story-headline').click();
  await app.keyboard.type('Council approves harbour budget');
  await app.keyboard.press('Enter'); // to the dek
  await app.keyboard.press('Enter'); // byline
  await app.keyboard.press('Enter'); // dateline
  await app.keyboard.press('Enter'); // body
  await app.keyboard.type('The council voted 7-2 on Tuesday night.');
  await waitSaved(app);
  await expect(app.locator('.story-row[aria-current="true"]')).toContainText('Council approves harbour budget');

  await app.reload();
  await app.locator('.story-row', { hasText: 'Council approves harbour budget' }).getByRole('button').first().click();
  await expect(editorBody(app).locator('.story-headline')).toHaveText('Council approves harbour budget');
  await expect(editorBody(app).locator('p').last()).toHaveText('The council voted 7-2 on Tuesday night.');
});

test('text typed just before a reload is not lost', async ({ app }) => {
  await app.getByRole('button', { name: 'New story' }).first().click();
  await editorBody(app).locator('.story-headline').click();
  await app.keyboard.type('Last words');
  // No wait for the debounce: leaving the page must flush the save.
  await app.reload();
  await expect(app.locator('.story-row', { hasText: 'Last words' })).toBeVisible();
});

test('a story goes to the trash and comes back', async ({ app }) => {
  await app.getByRole('button', { name: 'New story' }).first().click();
  await editorBody(app).locator('.story-headline').click();
  await app.keyboard.type('Story to delete');
  await waitSaved(app);

  await app.getByRole('toolbar', { name: 'Story' }).getByRole('button', { name: 'Delete' }).click();
  const rows = app.locator('.story-rows');
  await expect(rows).toHaveAttribute('data-state', 'ready');
  await expect(app.locator('.story-row', { hasText: 'Story to delete' })).toHaveCount(0);

  await app.getByRole('button', { name: 'Trash', exact: true }).click();
  const trashed = app.locator('.story-row', { hasText: 'Story to delete' });
  await expect(trashed).toBeVisible();
  await trashed.getByRole('button', { name: /Restore/ }).click();
  await expect(trashed).toHaveCount(0);

  await app.getByRole('button', { name: 'Back to stories' }).click();
  await expect(app.locator('.story-row', { hasText: 'Story to delete' })).toBeVisible();
});

test('the window in light and dark', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1360, height: 820 });
  await app.getByRole('button', { name: 'New story' }).first().click();
  await editorBody(app).locator('.story-headline').click();
  await app.keyboard.type('Harbour budget passes after long night');
  await waitSaved(app);
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme });
    await screenshot(app, testInfo, `window-${colorScheme}`);
  }
});

test.describe('a store file that is not a store', () => {
  test.use({ storeContent: 'this is not an SQLite file\n'.repeat(50) });

  test('says why and offers a new store', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'The story store could not be opened' })).toBeVisible();
    await expect(page.locator('.store-problem-file')).toHaveText(host.dbFile);
    await screenshot(page, testInfo, 'store-problem');
    await page.getByRole('button', { name: 'Start a new store' }).click();
    await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();
    await expect(page.getByText('No stories yet.')).toBeVisible();
  });
});
