// Issue 4: writing with formatting and typographic quotes, undo/redo, Word paste, revisions, search, reload.
import { test, expect, waitSaved, editorBody } from './support/app';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body><!--StartFragment--><p class=MsoNormal style='margin-bottom:6pt'><span style='font-family:Calibri;color:#333'>Ferry fares rise by <b>ten</b> percent<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:12pt;mso-bidi-font-family:Arial'>Officials said it was &quot;unavoidable&quot;.</span></p><!--EndFragment--></body></html>`;

/** Paragraphs of the body (the dek, byline and dateline are paragraphs of the head). */
const BODY_PARAGRAPHS = ':scope > p:not(.story-dek, .story-byline, .story-dateline)';

test('write, format, undo, paste from Word, restore a revision, search, reload', async ({ app }) => {
  await app.getByRole('button', { name: 'New story' }).first().click();
  const doc = editorBody(app);
  await doc.locator('.story-headline').click();
  await app.keyboard.type('Harbour deal "saved" the \'90s ferry');
  await expect(doc.locator('.story-headline')).toHaveText('Harbour deal “saved” the ’90s ferry');

  for (let i = 0; i < 4; i++) await app.keyboard.press('Enter');
  await app.keyboard.type('The mayor said -- at last... ');
  await app.keyboard.press('ControlOrMeta+b');
  await app.keyboard.type('it is done');
  await app.keyboard.press('ControlOrMeta+b');
  await app.keyboard.type('.');
  const body = doc.locator(BODY_PARAGRAPHS).first();
  await expect(body).toHaveText('The mayor said — at last… it is done.');
  await expect(body.locator('strong')).toHaveText('it is done');

  await app.keyboard.press('Enter');
  await app.keyboard.type('## ');
  await app.keyboard.type('Reaction');
  await expect(doc.locator('h2')).toHaveText('Reaction');
  await app.keyboard.press('Enter');
  await app.keyboard.type('- ');
  await app.keyboard.type('One point');
  await expect(doc.locator('ul li')).toHaveText('One point');

  // Undo takes the list item text back, redo brings it again.
  await app.keyboard.press('ControlOrMeta+z');
  await expect(doc.locator('ul li')).not.toHaveText('One point');
  await app.keyboard.press('ControlOrMeta+Shift+z');
  await expect(doc.locator('ul li')).toHaveText('One point');
  await waitSaved(app);

  // Keep a revision of this state, then paste Word HTML after it.
  await app.keyboard.press('ControlOrMeta+s');
  await waitSaved(app);
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter'); // out of the list
  await doc.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Ferry fares rise by ten percent');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_HTML);
  await expect(doc).toContainText('Ferry fares rise by ten percent');
  await expect(doc).toContainText('Officials said it was “unavoidable”.');
  await expect(doc.locator('strong', { hasText: 'ten' })).toHaveCount(1);
  // Nothing of Word's survives: no spans (but the editor's own highlights), no styles, no classes, no Office tags.
  expect(await doc.locator(`span:not(.mention, .quote, .check-span), [style], o\\:p, ${BODY_PARAGRAPHS}[class]:not([class="is-current"])`).count()).toBe(0);
  await waitSaved(app);

  // Restore the revision saved before the paste.
  await app.getByRole('tab', { name: 'History' }).click();
  const manual = app.locator('.revision-row', { hasText: 'Saved' }).first();
  await manual.getByRole('button').click();
  await app.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(doc).not.toContainText('Ferry fares');
  await expect(doc.locator('ul li')).toHaveText('One point');

  // Find it by search, with the match highlighted.
  await app.getByRole('searchbox', { name: 'Search stories' }).fill('mayor');
  const hit = app.locator('.story-row', { hasText: 'Harbour deal' });
  await expect(hit.locator('mark')).toContainText(/mayor/i);

  await app.reload();
  await app.locator('.story-row', { hasText: 'Harbour deal' }).getByRole('button').first().click();
  await expect(doc.locator('.story-headline')).toHaveText('Harbour deal “saved” the ’90s ferry');
  await expect(doc.locator(BODY_PARAGRAPHS).first()).toHaveText('The mayor said — at last… it is done.');
  await expect(doc.locator('strong')).toHaveText('it is done');
  await expect(doc.locator('h2')).toHaveText('Reaction');
  await expect(doc.locator('ul li')).toHaveText('One point');
  await expect(doc).not.toContainText('Ferry fares');
});

test('Mod-K links the selection; Mod-E tags a name, and with the caret in it untags it', async ({ app }) => {
  expect(app.url()).not.toContain('token=');
  await app.getByRole('button', { name: 'New story' }).first().click();
  const doc = editorBody(app);
  await doc.locator('.story-headline').click();
  for (let i = 0; i < 4; i++) await app.keyboard.press('Enter');
  await app.keyboard.type('Ada Quill');
  await doc.locator(BODY_PARAGRAPHS, { hasText: 'Ada Quill' }).selectText();

  await app.keyboard.press('ControlOrMeta+e');
  await app.getByLabel('Tag as').fill('Ada Quill');
  await app.getByRole('button', { name: 'Add and tag' }).click();
  await expect(doc.locator('.entity-tag')).toHaveText('Ada Quill');

  await app.keyboard.press('ControlOrMeta+k');
  await app.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByText('Use a web address')).toBeVisible();
  await app.getByLabel('Link', { exact: true }).fill('example.org/quill');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(doc.locator('a')).toHaveAttribute('href', 'https://example.org/quill');

  // With the caret in the tagged name, Mod-E untags all of it.
  await doc.locator('.entity-tag').click();
  await app.keyboard.press('ControlOrMeta+e');
  await expect(doc.locator('.entity-tag')).toHaveCount(0);
});

// Typed characters go into the document as transactions (renderer/src/editor/typing.ts): what the
// browser's own editing did must still hold.
test('typing replaces a selection across paragraphs, keeps marks to their words, and undoes as one', async ({ app }) => {
  await app.getByRole('button', { name: 'New story' }).first().click();
  const doc = editorBody(app);
  await doc.locator('.story-headline').click();
  for (let i = 0; i < 4; i++) await app.keyboard.press('Enter');
  await app.keyboard.type('First line ends here');
  await app.keyboard.press('Enter');
  await app.keyboard.type('second line goes on');
  const paragraphs = doc.locator(BODY_PARAGRAPHS);
  await expect(paragraphs).toHaveText(['First line ends here', 'second line goes on']);

  // A selection from "ends" to "second " is replaced by what is typed, joining the paragraphs.
  await paragraphs.first().evaluate((first) => {
    const second = first.nextElementSibling!;
    const range = document.createRange();
    range.setStart(first.firstChild!, 'First line '.length);
    range.setEnd(second.firstChild!, 'second '.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await app.keyboard.type('still ');
  await expect(paragraphs).toHaveText(['First line still line goes on']);

  // A link stays on its words: text typed right after it is plain.
  await app.keyboard.press('End');
  await app.keyboard.press('Shift+Home');
  // The editor has taken the selection when the status line counts it.
  await expect(app.getByText(/Selection: 6 words/)).toBeVisible();
  await app.keyboard.press('ControlOrMeta+k');
  await app.getByLabel('Link', { exact: true }).fill('example.org/line');
  await app.getByRole('button', { name: 'Apply' }).click();
  const link = paragraphs.first().locator('a');
  await expect(link).toHaveText('First line still line goes on');
  await app.keyboard.press('End');
  await app.keyboard.type(' today');
  await expect(paragraphs).toHaveText(['First line still line goes on today']);
  await expect(link).toHaveText('First line still line goes on');

  // The typing since the link undoes as one step, as typing in a burst always has.
  await app.keyboard.press('ControlOrMeta+z');
  await expect(paragraphs).toHaveText(['First line still line goes on']);

  // A key that comes before the editor has heard where the caret went is left to the browser: it never
  // lands at the old caret. (A script's key event has no browser default, so here nothing is typed.)
  await paragraphs.first().evaluate((p) => {
    getSelection()!.collapse(p.querySelector('a')!.firstChild!, 'First'.length);
    p.closest('.ProseMirror')!.dispatchEvent(new KeyboardEvent('keypress', { key: 'X', charCode: 88, bubbles: true, cancelable: true }));
  });
  await app.keyboard.type('!');
  await expect(paragraphs).toHaveText(['First! line still line goes on']);
});
