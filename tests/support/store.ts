// Real stores on temp files for tests, each closed after its test.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { paragraph, type Story } from '../../core/story/story';
import { openStore } from '../../db/store';
import type { Store } from '../../db/types';
import { tempDir } from './paths';

const open: Store[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

/** A story for store tests: a headline and plain paragraphs, with a byline, dateline and agency. */
export const testStory = (headline: string, ...paragraphs: string[]): Story => ({
  headline,
  dek: '',
  byline: 'By A. Reporter',
  dateline: 'OSLO',
  body: paragraphs.map((text) => paragraph(text)),
  meta: { agency: 'Test Agency' },
});

/** Opens (creating if need be) the store at `file`; it is closed after the test. */
export function openTestStore(file: string): Store {
  const store = openStore(file);
  open.push(store);
  return store;
}

/** A new, empty store in a fresh temp folder. */
export function freshStore(): Store {
  return openTestStore(join(tempDir(), 'copydesk.db'));
}
