// Agency plain text: the first line is the headline, blank lines separate paragraphs (or every
// line is a paragraph when the text has no blank lines). Bylines, datelines and trailers are
// found by the shared clean-up.
import { textBlocks } from './blocks';
import { isBylineText } from './byline';
import type { RawWireItem } from './raw';
import { addNote, isNoteToEditors } from './status';

export function parsePlainText(text: string, options: { bodyOnly?: boolean } = {}): RawWireItem {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let headline: string | undefined;
  const meta: RawWireItem['meta'] = {};
  if (!options.bodyOnly) {
    // AP's slug line ("BC-US--Congress-Budget, 2nd Ld-Writethru,850"), notes to editors and an embargo line come before the headline.
    for (let first = firstFilled(lines); first >= 0 && headline === undefined; first = firstFilled(lines)) {
      const line = lines[first].trim();
      lines.splice(0, first + 1);
      const slug = AP_SLUG.exec(line);
      if (slug) {
        meta.slugline = slug[1];
        if (slug[2]) meta.takeKey = slug[2];
      } else if (isNoteToEditors(line)) addNote(meta, line);
      else headline = line + headlineGoesOn(lines);
    }
  }
  return { headline, body: textBlocks(textParagraphs(lines.join('\n'))), meta };
}

/** A headline wrapped onto the next line, which goes on in small letters ("… was caused / by a single …"): taken off the lines. */
function headlineGoesOn(lines: string[]): string {
  let rest = '';
  while (lines.length && /^\s*\p{Ll}/u.test(lines[0])) rest += ` ${lines.shift()!.trim()}`;
  return rest;
}

/** "BC-US--Congress-Budget, 2nd Ld-Writethru,850": the slug, the take, the word count. */
const AP_SLUG = /^BC-([^,\s]+)(?:,\s*([^,]*?\p{L}[^,]*?))?(?:,\s*\d+)?$/u;

function firstFilled(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim());
}

/**
 * Paragraphs of plain text: split on blank lines. A text without any has a paragraph per indented
 * line when its paragraphs are indented (classic wire copy), else one per line.
 */
export function textParagraphs(text: string): string[] {
  const trimmed = text.replace(/^\s*\n/, '').trimEnd();
  const blocks = /\n[^\S\n]*\n/.test(trimmed) ? trimmed.split(/\n[^\S\n]*\n/) : indentedParagraphs(trimmed.split('\n'));
  // Lines wrapped inside a paragraph are joined; short lines stay apart when the paragraph is a list or table.
  return blocks.map((block) => unwrap(block)).filter((block) => block.trim());
}

/** Lines grouped into paragraphs that each open with an indented line, if some lines are indented and others not; else a paragraph per line. */
function indentedParagraphs(lines: string[]): string[] {
  const indented = (line: string) => /^[^\S\n]+\S/.test(line);
  const count = lines.filter(indented).length;
  if (count < 2 || count === lines.length) return lines;
  // The lines above the first indented one (a byline, its agency, a note) are each their own.
  const opening = lines.findIndex(indented);
  const paragraphs = lines.slice(0, opening);
  for (const line of lines.slice(opening)) {
    if (indented(line)) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += `\n${line}`;
  }
  return paragraphs;
}

const LIST_ITEM = /^(?:[-*•]|\d{1,2}[.)])\s/;

function unwrap(block: string): string {
  const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
  // Prose wrapped at a narrow width runs on mid-sentence: a line ends in a word or comma and the next
  // goes on in lower case, or a line of several words ends with no stop (a list's items and a byline aside).
  const sentenceGoesOn = (line: string) => !isBylineText(line) && line.split(' ').length >= 5 && /[\p{L}\p{N},;]$/u.test(line) && !/\S {2,}\S/.test(line);
  const list = lines.some((line) => LIST_ITEM.test(line));
  const runsOn = lines.some(
    (line, i) => i + 1 < lines.length && ((/[\p{Ll},;]$/u.test(line) && /^\p{Ll}/u.test(lines[i + 1])) || (!list && sentenceGoesOn(line))),
  );
  const tabular = lines.length > 1 && !runsOn && lines.every((line) => line.length < 60);
  return lines.join(tabular ? '\n' : ' ');
}
