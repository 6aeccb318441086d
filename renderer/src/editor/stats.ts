// Word count, character count and reading time, for the story and the selection.
import type { Node as PMNode } from 'prosemirror-model';
import { countWords } from '../../../core/story/story';

/** Words a minute an average reader reads news copy at. */
const READING_WPM = 230;

export interface TextStats {
  words: number;
  characters: number;
  readingMinutes: number;
}

export function statsOf(text: string): TextStats {
  const words = countWords(text);
  return { words, characters: text.replace(/\n/g, '').length, readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / READING_WPM)) };
}

/** The text between two positions, blocks separated by blank lines as a reader would see them. */
export function textBetween(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n\n', '\n');
}
