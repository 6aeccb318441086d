// Datelines: where the story was filed, and by which agency, as each agency writes it at the start of
// the text ("MOSCOW (Reuters) - ", "(ANSA) - ROME, JAN 21 - ", "Madrid, 4 feb (EFE).- ", "ANKARA" on a
// line of its own). The dateline leaves the body for its own field.
import type { BlockJSON } from '../story/story';
import { blockText, sliceInline, storyStart } from './blocks';

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

export function moveDateline(body: BlockJSON[], dateline: string): { body: BlockJSON[]; dateline: string } {
  const start = storyStart(body);
  const first = body[start];
  if (first?.type !== 'paragraph') return { body, dateline };
  const text = blockText(first);
  if (DATELINE_LINE.test(text.trim()) && !KICKERS.test(text.trim()) && body[start + 1]?.type === 'paragraph') {
    return { body: body.filter((_, i) => i !== start), dateline: fullerDateline(dateline, text.trim()) };
  }
  const match = datelineAt(text);
  if (!match) return { body, dateline };
  const rest: BlockJSON = { type: 'paragraph', content: sliceInline(first.content, match[0].length) };
  return { body: body.map((block, i) => (i === start ? rest : block)), dateline: fullerDateline(dateline, withoutDash(match[1])) };
}

/** Whether a paragraph opens with a dateline ("WARSAW, Poland (AP) — …"). */
export function opensWithDateline(text: string): boolean {
  return datelineAt(text) !== null;
}

/**
 * The dateline opening a paragraph (group 1 is it without its dash), or null. A dateline's dash opens
 * a sentence; before a lower-case word it is an aside in one: "NATO — the Western alliance —".
 */
function datelineAt(text: string): RegExpExecArray | null {
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
  return match && !/^\p{Ll}/u.test(text.slice(match[0].length)) ? match : null;
}

/** The format's dateline wins, unless the body's says more about the same place: "NEW YORK" -> "NEW YORK (AP)". */
function fullerDateline(given: string, inBody: string): string {
  if (!given) return inBody;
  const saysMore = inBody.length > given.length && inBody.toLowerCase().startsWith(given.toLowerCase());
  return saysMore ? inBody : given;
}

/** The agency a dateline names: "MOSCOW (Reuters)" -> "Reuters", "København /ritzau/" -> "ritzau". */
export function agencyOf(dateline: string): string | undefined {
  return /[(/]([^()/]+)[)/]$/.exec(dateline)?.[1] ?? /\s(\p{Lu}{2,8})$/u.exec(dateline)?.[1];
}

/** A dateline is kept without the dash that joins it to the text. */
export function withoutDash(dateline: string): string {
  return dateline.replace(/\s*\.?[-–—_:]+$/, '').trim();
}
