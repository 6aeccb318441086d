// The shared clean-up every wire format goes through: a parser's raw item becomes a Story.
// Text is cleaned (control characters, agency quote and dash conventions, whitespace); head fields
// found in the body are moved out of it (byline, dateline, notes to editors, take key); trailer
// boilerplate leaves the body for the metadata; a kill notice gets the withdrawn status; version marks
// ("UPDATE 2-") leave the headline for the take key. Datelines are read in dateline.ts, notes and
// kill notices in status.ts.
import type { BlockJSON, Story, StoryMeta } from '../story/story';
import { blockText, mapBlockText, sliceInline, storyStart, tidyBlocks } from './blocks';
import { agencyOf, moveDateline, withoutDash } from './dateline';
import { bylineOfLines, isNewsroomLine } from './byline';
import { BUILT_IN_TRAILERS, TRAILER_SEPARATOR, TRAILING_CREDIT, trailerKind, userTrailers, type TrailerPattern } from './boilerplate';
import type { RawWireItem } from './raw';
import { addNote, isKillNotice, isNoteToEditors, withoutVersionMarks } from './status';

export interface CleanOptions {
  /** The whole input is body: no headline, nothing moved from the body to the head fields. */
  bodyOnly?: boolean;
  /** User boilerplate patterns added to the built-in trailer list. */
  boilerplate?: string[];
}

export function finishStory(raw: RawWireItem, options: CleanOptions = {}): Story {
  const meta: StoryMeta = { ...raw.meta };
  let body = withoutRepeatedHeadline(tidyBlocks(mapBlockText(raw.body, cleanText)), oneLine(raw.headline));
  let byline = oneLine(raw.byline);
  let dateline = withoutDash(oneLine(raw.dateline));

  if (!options.bodyOnly) {
    body = moveEditorsNotes(body, meta);
    ({ body, byline } = moveByline(body, byline));
    // AP puts its "EDITOR'S NOTE —" below the byline.
    body = moveEditorsNotes(body, meta);
    ({ body, dateline } = moveDateline(body, dateline));
    meta.agency ??= agencyOf(dateline);
  }
  body = removeTrailers(body, meta, [...BUILT_IN_TRAILERS, ...userTrailers(options.boilerplate)]);

  const written = options.bodyOnly ? '' : oneLine(raw.headline) || firstSentence(body);
  // A status the XML gave (withheld, canceled) stands; a kill notice in words makes a usable item withdrawn.
  const usable = !meta.pubStatus || /^usable$/i.test(meta.pubStatus);
  if (usable && isKillNotice(written, meta, body.map(blockText))) meta.pubStatus = 'canceled';
  const { headline, marks } = withoutVersionMarks(written);
  if (marks.length) meta.takeKey = [...marks, meta.takeKey].filter(Boolean).join(', ');
  return { headline, dek: oneLine(raw.dek), byline, dateline, body, meta: pruned(meta) };
}

// C0 and C1 controls except tab and newline, DEL, BOMs and other invisible format characters.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\u200B\u2060]/g;
// A control code between two words stood for the space a transmission lost: "council\x7Fapproved".
const CONTROL_BETWEEN_WORDS = /(?<=[\p{L}\p{N}])[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+(?=[\p{L}\p{N}])/gu;
// Runs of spaces, or one space that is not a plain one (tab, thin space …); never a line break or a no-break space.
const SPACES = /[^\S\n\u00A0]{2,}|[^\S\n \u00A0]/g;

/** The text clean-up applied to every text node and head field. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_BETWEEN_WORDS, ' ')
    .replace(CONTROL, '')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/`/g, '‘')
    .replace(/(^|[^\S\n])_(?=[^\S\n]|$)/gm, '$1—')
    .replace(SPACES, ' ');
}

/** The body without a first heading that repeats the headline (XHTML bodies, web pages). */
function withoutRepeatedHeadline(body: BlockJSON[], headline: string): BlockJSON[] {
  const first = body[0];
  return headline && first?.type === 'subhead' && oneLine(blockText(first)) === headline ? body.slice(1) : body;
}

function oneLine(text: string | undefined): string {
  return cleanText(text ?? '').replace(/\s+/g, ' ').trim();
}

const TAKE_KEY = /^(?:urgent|bulletin|flash|extra|alert|advisory|correction|corrected|repeat|recast|writethru|(?:mandatory\s+)?kill(?:\s+kill)*|withdrawal)$/i;

// A web page's publication time above the text: "Published 12th March 2026, 6:00am", "Publié le
// 30/11/2026 à 14h12", "3 marzo 2026", "31.03.2026, 11:20 Uhr". A few words with a year and a day or
// time (two numbers at least), no sentence.
const DATE_STAMP =
  /^(?=\D*\d+\D+\d)(?:(?:published|updated|posted|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|publicado|actualizado)(?: (?:on|le|am|il|el|em))?\s+)?[\p{L}\d.,/: ]{0,24}\b(?:19|20)\d{2}\b[\p{L}\d.,/: ]{0,20}$/iu;

function moveEditorsNotes(body: BlockJSON[], meta: StoryMeta): BlockJSON[] {
  const out = [...body];
  // Reuters puts its highlights first: the note follows them.
  const start = storyStart(out);
  while (out[start]?.type === 'paragraph') {
    const text = blockText(out[start]).trim();
    if (isNoteToEditors(text)) addNote(meta, text);
    else if (TAKE_KEY.test(text) && !meta.takeKey) meta.takeKey = text;
    else if (DATE_STAMP.test(text)) meta.boilerplate = [...(meta.boilerplate ?? []), text];
    else break;
    out.splice(start, 1);
  }
  return out;
}

// How far into the story text a byline is looked for.
const BYLINE_REACH = 3;

function moveByline(body: BlockJSON[], byline: string): { body: BlockJSON[]; byline: string } {
  const opening = body.slice(0, storyStart(body) + BYLINE_REACH).map((block) => (block.type === 'paragraph' ? bylineOfLines(blockText(block)) : null));
  const index = opening.findIndex((line) => line !== null);
  if (index < 0) return { body, byline };
  let found = oneLine(opening[index]!);
  // The reporters' title or agency on a paragraph of its own below the names ("Associated Press").
  const next = body[index + 1];
  const affiliation = next?.type === 'paragraph' && isNewsroomLine(blockText(next).trim());
  if (affiliation) found += `, ${oneLine(blockText(next))}`;
  const same = byline && stripBy(byline).toLowerCase() === stripBy(found).toLowerCase();
  if (byline && !same) return { body, byline };
  return { body: body.filter((_, i) => i !== index && !(affiliation && i === index + 1)), byline: byline || found };
}

const stripBy = (byline: string) => byline.replace(/^by\s+/i, '').trim();

function removeTrailers(body: BlockJSON[], meta: StoryMeta, patterns: readonly TrailerPattern[]): BlockJSON[] {
  const out = [...body];
  const credits: string[] = [];
  const removed: string[] = [];
  for (let last = out[out.length - 1]; last; last = out[out.length - 1]) {
    if (last.type === 'horizontal_rule') {
      out.pop();
      continue;
    }
    if (last.type !== 'paragraph') break;
    const text = blockText(last).trim();
    const kind = trailerKind(text, patterns);
    if (kind === 'credit') credits.unshift(text.replace(/^\((.*)\)$/s, '$1'));
    else if (kind === 'boilerplate') removed.unshift(text);
    else if (!TRAILER_SEPARATOR.test(text) || out.length === 1) break;
    out.pop();
  }
  // A credit closing the last paragraph: "… he said. (Reporting by X; Editing by Y)".
  const last = out[out.length - 1];
  const inline = last?.type === 'paragraph' ? TRAILING_CREDIT.exec(blockText(last)) : null;
  if (last?.type === 'paragraph' && inline) {
    credits.unshift(inline[1].trim());
    out[out.length - 1] = { type: 'paragraph', content: sliceInline(last.content, 0, inline.index) };
  }
  if (credits.length) meta.credits = [...(meta.credits ?? []), ...credits];
  if (removed.length) meta.boilerplate = [...(meta.boilerplate ?? []), ...removed];
  return out;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The first sentence of the body, for items that come without a headline. */
function firstSentence(body: readonly BlockJSON[]): string {
  const block = body.find((b) => blockText(b).trim());
  const text = block ? blockText(block).replace(/\s+/g, ' ').trim() : '';
  const first = SENTENCES.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? '';
  if (first.length <= 200) return first;
  return `${first.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

function pruned(meta: StoryMeta): StoryMeta {
  const out: StoryMeta = {};
  for (const [key, value] of Object.entries(meta) as [keyof StoryMeta, unknown][]) {
    const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
    if (!empty) (out as Record<string, unknown>)[key] = typeof value === 'string' ? cleanText(value).trim() : value;
  }
  return out;
}
