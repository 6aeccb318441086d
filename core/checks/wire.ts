// What the agency said about the item, not its text: a withdrawn or withheld story must not go out,
// an embargoed one not before its time, and the note to editors is read first.
import type { StoryMeta } from '../story/story';
import type { Check } from '../story/annotations';

// The item statuses of NewsML-G2, NewsML 1.2, NITF and NINJS, and the import's own for kill notices.
const WITHDRAWN = /^(?:canceled|cancelled|killed|withdrawn|deleted)$/i;
const WITHHELD = /^withheld$/i;
const EMBARGOED = /^embargoed$/i;
// A note that holds the story back until a time given in words: "STRICTLY EMBARGOED …", "HOLD FOR RELEASE UNTIL 6 P.M.".
const HOLD_NOTE = /\b(?:embargo(?:ed)?|embargad[oa]|sperrfrist|hold for release|not for (?:public )?release (?:until|before)|do not (?:publish|use) (?:before|until))\b/i;

/** `now` (milliseconds) tells a passed embargo from a coming one; without it every embargo is shown. */
export function wireChecks(meta: StoryMeta, now?: number): Check[] {
  const checks: Check[] = [];
  const head = (severity: Check['severity'], kind: string, message: string) => checks.push({ kind, severity, message, in: 'headline', paragraph: 0 });
  const status = meta.pubStatus?.trim() ?? '';
  if (WITHDRAWN.test(status)) head('error', 'withdrawn', 'The agency has withdrawn this story: do not publish it.');
  else if (WITHHELD.test(status)) head('error', 'withheld', 'The agency is withholding this story: hold it until the agency releases it.');
  const note = meta.ednote?.trim().replace(/\s+/g, ' ') ?? '';
  const embargo = meta.embargo ? Date.parse(meta.embargo) : NaN;
  if (!Number.isNaN(embargo)) {
    if (now === undefined || now < embargo) head('error', 'embargo', `Embargoed until ${utcTime(embargo)}: do not publish before then.`);
  } else if (EMBARGOED.test(status) && !HOLD_NOTE.test(note)) {
    head('warning', 'embargo', 'The agency marks this story as embargoed but gives no time: ask the agency before publishing.');
  }
  // A note that holds the story back with no time the item gives must be acted on; any other is for
  // reading ("not for publication" in a note is said of the note, not of the story).
  if (note) head(Number.isNaN(embargo) && HOLD_NOTE.test(note) ? 'warning' : 'info', 'editors-note', `Note to editors: ${clipped(note)}`);
  return checks;
}

/** A long note is cut in the checklist; the Original panel shows it whole. */
function clipped(note: string): string {
  return note.length <= NOTE_LENGTH ? note : `${note.slice(0, note.lastIndexOf(' ', NOTE_LENGTH))} …`;
}
const NOTE_LENGTH = 200;

/** "27 Nov 2026, 06:00 UTC": the same for every reader, whatever the desk's time zone. */
function utcTime(ms: number): string {
  const date = new Date(ms);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
