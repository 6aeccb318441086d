// Markdown files: the Markdown module reads them (front matter, head fields, CommonMark body).
import { markdownToStory } from '../markdown';
import type { RawWireItem } from './raw';

export function parseMarkdown(text: string): RawWireItem {
  const { headline, dek, byline, dateline, body, meta } = markdownToStory(text);
  return { headline, dek, byline, dateline, body, meta };
}
