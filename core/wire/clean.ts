// The shared clean-up every wire format goes through: a parser's raw item becomes a Story.
// Text is cleaned (control characters, agency quote and dash conventions, whitespace), head fields
// found in the body are moved out of it (byline, dateline, editor's note, embargo line, take key),
// trailer boilerplate leaves the body for the metadata, a kill notice gets the withdrawn status, and
// version marks ("UPDATE 2-") leave the headline for the take key.
import type { BlockJSON, Story, StoryMeta } from '../story/story';
import { blockText, mapBlockText, sliceInline, tidyBlocks } from './blocks';
import { bylineOfLines } from './byline';
import { BUILT_IN_TRAILERS, TRAILER_SEPARATOR, TRAILING_CREDIT, trailerKind, userTrailers, type TrailerPattern } from './boilerplate';
import type { RawWireItem } from './raw';
import { isEmbargoLine, isKillNotice, withoutVersionMarks } from './status';

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
  if (!WITHDRAWN_STATUS.test(meta.pubStatus ?? '') && isKillNotice(written, meta, body.map(blockText))) meta.pubStatus = 'canceled';
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

// Notes to editors opening the body: "(Adds comments, detail)", "(In Jan. 3 story, corrects …)",
// "Eds: …", "EDITOR'S NOTE — …", Yonhap's "(ATTN: …)", Lusa's "(ATUALIZADA …)", dpa's "Berichtigung: …"
// and "Achtung Redaktionen: …".
const NOTE_IN_PARENTHESES = String.raw`\((?:adds?|updates?|corrects?|recasts?|repeats?|refiles?|fixes|changes|removes|inserts?|rewrites?|clarifies|new throughout|writes? through|eds?:|editor['’]?s['’]? note|attn|atualizad[oa]|actualizad[oa]|actualiza|aktualisiert|mise à jour|aggiornat[oa]|aggiorna)\b[^]*\)`;
const CORRECTION_IN_PARENTHESES = String.raw`\((?:in|on)\b[^()]{0,80}\b(?:story|item|report|article|version)s?\b,?\s+(?:corrects?|adds?|removes?|fixes|clarifies|updates?|changes|refiles?|recasts?)\b[^]*\)`;
const NOTE_WITH_LABEL = String.raw`(?:eds?|editors|editor['’]?s['’]? note|note to editors|note aux rédactions|achtung redaktion(?:en)?|hinweis für (?:die )?redaktion(?:en)?|berichtigung|korrektur)\s*(?::|\s[—–-])[^]+`;
const EDITORS_NOTE = new RegExp(`^(?:${CORRECTION_IN_PARENTHESES}|${NOTE_IN_PARENTHESES}|${NOTE_WITH_LABEL})$`, 'i');
const TAKE_KEY = /^(?:urgent|bulletin|flash|extra|alert|advisory|correction|corrected|repeat|recast|writethru|(?:mandatory\s+)?kill(?:\s+kill)*|withdrawal)$/i;
// A status the XML gave already: a kill notice in its words changes nothing then.
const WITHDRAWN_STATUS = /^(?:canceled|cancelled|withheld)$/i;

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
    if (EDITORS_NOTE.test(text) || isEmbargoLine(text)) meta.ednote = meta.ednote ? `${meta.ednote}\n${text}` : text;
    else if (TAKE_KEY.test(text) && !meta.takeKey) meta.takeKey = text;
    else if (DATE_STAMP.test(text)) meta.boilerplate = [...(meta.boilerplate ?? []), text];
    else break;
    out.splice(start, 1);
  }
  return out;
}

// Highlights above the byline and dateline: "* Spot gold may edge up …" (Reuters), "• …".
const HIGHLIGHT = /^[*•–-]\s/;

/** Where the story text begins: after the leading highlights and lists. */
function storyStart(body: readonly BlockJSON[]): number {
  let index = 0;
  for (const block of body) {
    const highlight = block.type === 'bullet_list' || (block.type === 'paragraph' && HIGHLIGHT.test(blockText(block)));
    if (!highlight) break;
    index++;
  }
  return index;
}

// How far into the story text a byline is looked for.
const BYLINE_REACH = 3;

function moveByline(body: BlockJSON[], byline: string): { body: BlockJSON[]; byline: string } {
  const opening = body.slice(0, storyStart(body) + BYLINE_REACH);
  const index = opening.findIndex((block) => block.type === 'paragraph' && bylineOfLines(blockText(block)) !== null);
  if (index < 0) return { body, byline };
  const found = oneLine(bylineOfLines(blockText(body[index]))!);
  const same = byline && stripBy(byline).toLowerCase() === stripBy(found).toLowerCase();
  if (byline && !same) return { body, byline };
  return { body: body.filter((_, i) => i !== index), byline: byline || found };
}

const stripBy = (byline: string) => byline.replace(/^by\s+/i, '').trim();

// "MOSCOW (Reuters) - ", "WASHINGTON (AP) — ", "Berlin (dpa) - ", "FORT WASHINGTON, Pa. (AP) — ",
// "Jan 30 (Gracenote) - ", "København /ritzau/: ": a place (and date) with the agency, then a dash.
const AGENCY = String.raw`(?:\([\p{L}\d.\/&-]{2,24}\)|\(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){1,3}\)|\/[\p{L}-]{2,20}\/)`;
// EFE's "Madrid, 4 feb (EFE).- " puts a full stop before the dash.
// AFP's "Herat (Afghanistan) (AFP) - " names the country in brackets first.
const DATELINE_WITH_AGENCY = new RegExp(String.raw`^(\p{Lu}[^()\n"“”]{0,60}?(?:\s*\(\p{Lu}[\p{L} .-]{2,30}\))?\s*${AGENCY})\s*\.?[-–—:]+\s*(?=\S)`, 'u');
// "ATLANTA, Feb 19 AP - ", "ATHENS, April 4 ANA - ", "TOKYO, March 3 Kyodo - ": an upper-case place, a date, the bare agency.
const DATELINE_BARE_AGENCY = /^(\p{Lu}[\p{Lu}\p{M} .'’-]+,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+\p{Lu}[\p{Lu}\p{Ll}]{1,7})\s+[-–—]+\s+(?=\S)/u;
// ANSA's "(ANSA) - ROME, JAN 21 - ", "(ANSA) - BRUXELLES, 18 FEB - ": the agency first, then the place and date.
const DATELINE_AGENCY_FIRST = /^(\(\p{Lu}{2,8}\)\s*[-–—]\s*\p{Lu}[\p{Lu}\p{M} .'’-]+,\s+(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}))\s+[-–—]+\s+(?=\S)/u;
// TASS: "MOSCOW, March 3. /TASS/. "; RIA Novosti: "МОСКВА, 3 мар - РИА Новости. ".
const DATELINE_TASS_RIA = /^(\p{Lu}[\p{Lu}\p{M} .'’-]+,\s+[^\n]{1,20}?\s*(?:\/(?:TASS|ТАСС)\/|[-–—]\s+РИА Новости))\.\s+(?=\p{Lu})/u;
// Bloomberg: "(Bloomberg) -- "; Dow Jones: "NEW YORK--".
const DATELINE_AGENCY_ONLY = /^(\((?:Bloomberg|Dow Jones)\))\s*-{1,2}\s*(?=\S)/;
// Yonhap in Korean: "(서울=연합뉴스) 김수연 기자 = ": the place and agency, then the reporter.
const DATELINE_YONHAP = /^(\(\p{L}+=연합뉴스\))\s*(?:[\p{L} ]{1,20}?기자\s*)?=\s*(?=\S)/u;
const DATELINE_DOUBLE_HYPHEN = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}(?:,\s+\p{Lu}[\p{L}.]+)?)--(?=\p{Lu})/u;
// PTI's "Mumbai, Feb 6 (PTI) The Reserve Bank …": Indian agencies write no dash.
const DATELINE_NO_DASH = /^(\p{Lu}[\p{L} .'’-]{1,30},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+\((?:PTI|IANS|UNI)\))\s+(?=\p{Lu})/u;
// "OTTAWA - ", "SAN DIEGO, Calif. — ", "OSLO, Oct. 14 — ": an upper-case place, perhaps a region and a date.
const DATELINE_PLACE = /^(\p{Lu}[\p{Lu}\p{M}'’-]{2,}(?: [\p{Lu}\p{M}'’-]+){0,3}(?:,\s+\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?(?:,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?)\s+[-–—]+\s+(?=\S)/u;

// "Brasília - ", "São Paulo, 26 nov - ", "Buenos Aires – ": a place written in small letters, with no agency
// (Lusa, Agência Brasil, Télam). Only where no second dash follows: "Elon Musk - the founder - said" is an aside.
const DATELINE_MIXED_CASE_PLACE =
  /^(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: (?:\p{Lu}[\p{L}\p{M}'’-]*|de|do|da|del|di|la|el)){0,3}(?:,\s+(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})(?:\s+\d{4})?)?)\s+[-–—]\s+(?=\p{Lu})/u;

function mixedCasePlace(text: string): RegExpExecArray | null {
  const match = DATELINE_MIXED_CASE_PLACE.exec(text);
  if (!match || KICKERS.test(match[1])) return null;
  const sentence = text.slice(match[0].length).split(/[.!?](?:\s|$)/)[0];
  return /\s[-–—]\s/.test(sentence) ? null : match;
}

// Anadolu's place on a line of its own above the text: "ANKARA", "MALATYA, Turkiye", "RIO DE JANEIRO"
// (up to three words; a longer line in capitals is a subhead: "ON THIS DAY IN SPORT").
const DATELINE_LINE = /^\p{Lu}[\p{Lu}\p{M}'’-]+(?: [\p{Lu}\p{M}'’-]+){0,2}(?:,\s+\p{Lu}[\p{L}\p{M}]+)?$/u;

// A label above a story, not a place: "ANALYSIS", "FACTBOX".
const KICKERS = /^(?:analysis|feature|exclusive|comment|opinion|interview|review|breaking|update|factbox|explainer|preview|obituary|insight|column|editorial)$/i;

function moveDateline(body: BlockJSON[], dateline: string): { body: BlockJSON[]; dateline: string } {
  const start = storyStart(body);
  const first = body[start];
  if (first?.type !== 'paragraph') return { body, dateline };
  const text = blockText(first);
  if (DATELINE_LINE.test(text.trim()) && !KICKERS.test(text.trim()) && body[start + 1]?.type === 'paragraph') {
    return { body: body.filter((_, i) => i !== start), dateline: fullerDateline(dateline, text.trim()) };
  }
  const match =
    DATELINE_WITH_AGENCY.exec(text) ??
    DATELINE_AGENCY_FIRST.exec(text) ??
    DATELINE_NO_DASH.exec(text) ??
    DATELINE_TASS_RIA.exec(text) ??
    DATELINE_AGENCY_ONLY.exec(text) ??
    DATELINE_YONHAP.exec(text) ??
    DATELINE_DOUBLE_HYPHEN.exec(text) ??
    DATELINE_BARE_AGENCY.exec(text) ??
    DATELINE_PLACE.exec(text) ??
    mixedCasePlace(text);
  // A dateline's dash opens a sentence; before a lower-case word it is an aside in one:
  // "NATO — the Western alliance —", "Sen. Joe Manchin (D-W.Va.) — a pivotal vote".
  if (!match || /^\p{Ll}/u.test(text.slice(match[0].length))) return { body, dateline };
  const rest: BlockJSON = { type: 'paragraph', content: sliceInline(first.content, match[0].length) };
  return { body: body.map((block, i) => (i === start ? rest : block)), dateline: fullerDateline(dateline, withoutDash(match[1])) };
}

/** The format's dateline wins, unless the body's says more about the same place: "NEW YORK" -> "NEW YORK (AP)". */
function fullerDateline(given: string, inBody: string): string {
  if (!given) return inBody;
  const saysMore = inBody.length > given.length && inBody.toLowerCase().startsWith(given.toLowerCase());
  return saysMore ? inBody : given;
}

/** The agency a dateline names: "MOSCOW (Reuters)" -> "Reuters", "København /ritzau/" -> "ritzau". */
function agencyOf(dateline: string): string | undefined {
  return /[(/]([^()/]+)[)/]$/.exec(dateline)?.[1] ?? /\s(\p{Lu}{2,8})$/u.exec(dateline)?.[1];
}

/** A dateline is kept without the dash that joins it to the text. */
function withoutDash(dateline: string): string {
  return dateline.replace(/\s*\.?[-–—_:]+$/, '').trim();
}

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
