// What an agency says about an item in the copy itself. XML formats say an item is withdrawn in a
// status field; plain wire copy says it in words: "MANDATORY KILL", a "WITHDRAWN-" headline, a slug
// ending in "Kill", "EMBARGOED UNTIL 0001 GMT …" above the text, "UPDATE 2-" before a headline,
// and notes to editors ("Eds: …", "(Adds quotes)").
import type { StoryMeta } from '../story/story';

// Notes to editors at the top of the copy: "(Adds comments, detail)", "(In Jan. 3 story, corrects …)",
// "Eds: …", "EDITOR'S NOTE — …", Yonhap's "(ATTN: …)", Lusa's "(ATUALIZADA …)", dpa's "Berichtigung: …"
// and "Achtung Redaktionen: …".
const NOTE_IN_PARENTHESES = String.raw`\((?:adds?|updates?|corrects?|recasts?|repeats?|refiles?|fixes|changes|removes|inserts?|rewrites?|clarifies|new throughout|writes? through|eds?:|editor['’]?s['’]? note|attn|atualizad[oa]|actualizad[oa]|actualiza|aktualisiert|mise à jour|aggiornat[oa]|aggiorna)\b[^]*\)`;
const CORRECTION_IN_PARENTHESES = String.raw`\((?:in|on)\b[^()]{0,80}\b(?:story|item|report|article|version)s?\b,?\s+(?:corrects?|adds?|removes?|fixes|clarifies|updates?|changes|refiles?|recasts?)\b[^]*\)`;
const NOTE_WITH_LABEL = String.raw`(?:eds?|editors|editor['’]?s['’]? note|note to editors|note aux rédactions|achtung redaktion(?:en)?|hinweis für (?:die )?redaktion(?:en)?|berichtigung|korrektur)\s*(?::|\s[—–-])[^]+`;
const EDITORS_NOTE = new RegExp(`^(?:${CORRECTION_IN_PARENTHESES}|${NOTE_IN_PARENTHESES}|${NOTE_WITH_LABEL})$`, 'i');
/** A line that puts the item under embargo: short, and with a time or an "until" (so no lede about trade embargoes). */
const EMBARGO_LINE = /^[*\s]*(?:strictly\s+)?(?:embargo(?:ed)?|embargad[oa]|sperrfrist|sous embargo|hold for release)\b(?=[^\n]*(?:\d|\b(?:until|till|bis|jusqu|até|hasta|fino)\b))[^\n]{0,140}$/i;

/** Whether a paragraph or a line above the headline speaks to the desk: a note to editors or an embargo line. */
export function isNoteToEditors(text: string): boolean {
  return EDITORS_NOTE.test(text) || EMBARGO_LINE.test(text.trim());
}

/** Adds a note to the item's note to editors, on a line of its own. */
export function addNote(meta: StoryMeta, note: string): void {
  meta.ednote = meta.ednote ? `${meta.ednote}\n${note}` : note;
}

// The words agencies use, in capitals as they send them (a headline "Kill the bill" is no notice).
const KILL_WORD = String.raw`(?:KILL|WITHDRAWN|WITHDRAWAL|ELIMINATION|ELIMINACI[ÓO]N|ANULACI[ÓO]N|ANNULATION|ANULAÇÃO)`;
const KILL_HEADLINE = new RegExp(String.raw`^(?:MANDATORY\s+|ADVISORY\s+|URGENT\s*[-:]\s*)?${KILL_WORD}(?:\s+KILL)*(?:\s*[-:–—]|\s*$)`, 'u');
/** A take key or the end of a slug: "Kill", "Withdrawal", "BC-US--Shooting-Kill". */
const KILL_KEY = /(?:^|[-\s,])(?:(?:mandatory\s+)?kill|withdrawal|withdrawn|elimination|eliminaci[óo]n|anulaci[óo]n|annulation)$/i;
/**
 * A short item that says the story itself is being withdrawn, or asks for it to be deleted ("The story
 * … is being withdrawn", "Please delete it from all your files"): not a report that "was withdrawn".
 */
const KILL_SENTENCE =
  /\b(?:(?:this|the)\s+(?:story|item|article|dispatch)\b[^.]{0,80}?\b(?:has been|is being|have been|are being)\s+(?:withdrawn|killed|eliminated)|please\s+(?:kill|delete|destroy|eliminate)\b|there will be no (?:replacement|substitute)|bitte nicht (?:mehr )?verwenden|darf nicht (?:mehr )?(?:veröffentlicht|verwendet) werden|ne doit pas être (?:publiée?|utilisée?|diffusée?)|no debe (?:ser )?(?:publicad[oa]|utilizad[oa])|não deve ser (?:publicad[oa]|utilizad[oa]))/i;
/** Kill notices are short: a long story that mentions a withdrawn report is news, not a notice. */
const NOTICE_PARAGRAPHS = 4;

/** Whether the item is a kill or withdrawal notice, by its headline, slug, take key or (for a short item) its words. */
export function isKillNotice(headline: string, meta: StoryMeta, paragraphs: readonly string[]): boolean {
  if (KILL_HEADLINE.test(headline.trim())) return true;
  if ([meta.takeKey, meta.slugline].some((key) => key && KILL_KEY.test(key.trim()))) return true;
  if (paragraphs.length > NOTICE_PARAGRAPHS) return false;
  return [meta.ednote ?? '', ...paragraphs].some((text) => KILL_HEADLINE.test(text.trim()) || KILL_SENTENCE.test(text));
}

// Version marks before a headline, one or several, which tell the desk which take this is and are
// never published: Reuters' "UPDATE 2-", "CORRECTED-", "REFILE-", "RPT-", "WITHDRAWN-"; AFP's
// "URGENT"; dpa's "ROUNDUP 2:"; Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)".
const VERSION_MARK = new RegExp(
  [
    String.raw`(?:UPDATE\s+\d+|CORRECTED(?:\s*\([A-Z ]+\))?|REFILE|RPT|REPEAT|WRAPUP(?:\s+\d+)?|WITHDRAWN)\s*-\s*`,
    // Not in a headline all in capitals: "URGENT REPAIRS NEEDED" is its words.
    String.raw`URGENT(?:\s*[-:]\s*|\s+)(?=\p{Lu}[^\n]*\p{Ll})`,
    String.raw`ROUNDUP(?:\s+\d+)?\s*[:/]\s*`,
    String.raw`\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE|EDS)\)\s*`,
  ]
    .map((mark) => `^(?:${mark})(?=\\S)`)
    .join('|'),
  'u',
);

/** The headline without its version marks, and the marks ("UPDATE 2, CORRECTED"), if it had any. */
export function withoutVersionMarks(headline: string): { headline: string; marks: string[] } {
  const marks: string[] = [];
  let rest = headline;
  for (let mark = VERSION_MARK.exec(rest); mark; mark = VERSION_MARK.exec(rest)) {
    marks.push(mark[0].replace(/[\s:/-]+$/, '').replace(/^\((.*)\)$/, '$1'));
    rest = rest.slice(mark[0].length);
  }
  return { headline: rest, marks };
}
