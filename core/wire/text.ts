// Agency plain text: the first line is the headline, blank lines separate paragraphs (or every
// line is a paragraph when the text has no blank lines). Bylines, datelines and trailers are
// found by the shared clean-up.
import { textBlocks } from './blocks';
import type { RawWireItem } from './raw';

export function parsePlainText(text: string, options: { bodyOnly?: boolean } = {}): RawWireItem {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let headline: string | undefined;
  if (!options.bodyOnly) {
    const first = lines.findIndex((line) => line.trim());
    headline = lines[first]?.trim();
    lines.splice(0, first + 1);
  }
  return { headline, body: textBlocks(textParagraphs(lines.join('\n'))), meta: {} };
}

/** Paragraphs of plain text: split on blank lines; a text without any is one paragraph per line. */
export function textParagraphs(text: string): string[] {
  const trimmed = text.trim();
  const blocks = /\n[^\S\n]*\n/.test(trimmed) ? trimmed.split(/\n[^\S\n]*\n/) : trimmed.split('\n');
  // Lines wrapped inside a paragraph are joined; short lines stay apart when the paragraph is a list or table.
  return blocks.map((block) => unwrap(block)).filter((block) => block.trim());
}

function unwrap(block: string): string {
  const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
  // Prose wrapped at a narrow width runs on mid-sentence: a line ends in a word or comma and the next goes on in lower case.
  const runsOn = lines.some((line, i) => i + 1 < lines.length && /[\p{Ll},;]$/u.test(line) && /^\p{Ll}/u.test(lines[i + 1]));
  const tabular = lines.length > 1 && !runsOn && lines.every((line) => line.length < 60);
  return lines.join(tabular ? '\n' : ' ');
}
