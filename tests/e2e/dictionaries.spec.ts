// Issue 5: the dictionaries manager — import, search, add, merge, enable/disable.
import { exampleFile } from '../support/paths';
import { test, expect, screenshot } from './support/app';

test('manage dictionaries: import, search, add, merge, disable', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByRole('button', { name: 'Dictionaries…' }).click();
  const manager = app.getByRole('dialog', { name: 'Dictionaries' });
  await manager.locator('input[type="file"]').setInputFiles(exampleFile('world-desk-dictionary.json'));
  await expect(manager.getByRole('button', { name: /World desk/ })).toBeVisible();
  await expect(manager.locator('.entity-table tbody tr').first()).toBeVisible();

  await manager.getByRole('searchbox', { name: 'Search entities' }).fill('Zakharova');
  await expect(manager.locator('.entity-table tbody tr')).toHaveCount(1);
  await expect(manager.locator('.entity-table tbody tr')).toContainText('Maria Zakharova');

  await manager.getByRole('button', { name: 'Add entity' }).click();
  await manager.getByLabel('Canonical name').fill('Maria V. Zakharova');
  await manager.getByRole('button', { name: 'Save' }).click();
  await expect(manager.locator('.entity-table tbody tr')).toHaveCount(2);
  await screenshot(app, testInfo, 'dictionaries-light');

  // Merge the duplicate into the house spelling: its name becomes an alias.
  await manager.getByLabel('Pick Maria Zakharova', { exact: true }).check();
  await manager.getByLabel('Pick Maria V. Zakharova').check();
  await manager.getByRole('button', { name: /^Merge/ }).click();
  await expect(manager.locator('.entity-table tbody tr')).toHaveCount(1);
  await expect(manager.locator('.entity-table tbody tr')).toContainText('Maria V. Zakharova');

  await manager.getByLabel('Use World desk').click();
  await expect(manager.getByLabel('Use World desk')).not.toBeChecked();
});
