// IPTC 7901 (as dpa sends it): SOH, a header line "eca062 4 i 211 ccccb   dpa 061", the slugline
// ending in "/", STX, heading lines closed by " =", the body, ETX, a time stamp and EOT.
// A "# Notebook" section closing the body is for editors, not readers: it becomes the editor's note.
import { textBlocks } from './blocks';
import { AGENCY_SIGN_OFF } from './boilerplate';
import type { RawWireItem } from './raw';
import { textParagraphs } from './text';

const HEADER = /^\x01?\s*(\D*?)(\d+)\s+(\d)\s+(\S+)\s+(\d+)\b(.*)$/;
// A take key before the headline: "(Achtung)", "EXTRA", "URGENT".
const TAKE_KEY = /^(?:\([^()]{1,30}\)|\p{Lu}{3,12})$/u;
// A subtitle among the heading lines: APA's "Utl.: …" (Untertitel).
const SUBTITLE = /^(?:Utl\.|Untertitel):\s*(.+)$/;

export function parseIptc7901(text: string): RawWireItem {
  const source = text.replace(/\r\n?/g, '\n');
  const stx = source.indexOf('\x02');
  const etx = source.indexOf('\x03', stx);
  const envelope = (stx >= 0 ? source.slice(0, stx) : '').split('\n').map((l) => l.trim()).filter(Boolean);
  const content = source.slice(stx + 1, etx >= 0 ? etx : undefined);

  const meta: RawWireItem['meta'] = {};
  const header = HEADER.exec(envelope[0] ?? '');
  if (header) {
    meta.priority = Number(header[3]);
    meta.ids = { sequence: header[2], category: header[4] };
    const agency = /\b(dpa[\w-]*)\b/.exec(header[6])?.[1];
    if (agency) meta.agency = agency;
  }
  const slug = envelope.find((line) => line.endsWith('/'));
  if (slug) meta.slugline = slug.replace(/\/+$/, '').trim();

  // Heading lines run up to the one closed by " =" (or "="); the body follows.
  const lines = content.split('\n');
  const closesHeading = (line: string) => /\s?=\s*$/.test(line);
  let close = lines.findIndex(closesHeading);
  // APA's subtitle closes a heading line of its own: "Utl.: Finanzminister … =".
  while (close >= 0 && close + 1 < lines.length && closesHeading(lines[close + 1])) close++;
  const heading = (close >= 0 ? lines.slice(0, close + 1) : lines.slice(0, 1)).map((l) => l.replace(/\s*=\s*$/, '').trim()).filter(Boolean);
  const rest = lines.slice(close >= 0 ? close + 1 : 1).join('\n');

  let headline = '';
  let byline = '';
  let dek = '';
  for (const line of heading) {
    const subtitle = SUBTITLE.exec(line);
    if (/^by\s/i.test(line)) byline = line;
    else if (subtitle) dek = dek ? `${dek} ${subtitle[1]}` : subtitle[1];
    else if (!headline && TAKE_KEY.test(line) && heading.length > 1) meta.takeKey = line;
    else headline = headline ? `${headline} ${line}` : line;
  }

  const [story, notebook] = splitNotebook(rest);
  const { note, signOff } = withoutSignOff(notebook);
  if (note) meta.ednote = note;
  // The desk's sign-off closes the notebook: it is kept with the credits, as when it closes the story.
  if (signOff) meta.credits = [signOff];
  return { headline, dek, byline, body: textBlocks(textParagraphs(story)), meta };
}

/** The story and the "# Notebook" section after it. */
function splitNotebook(text: string): [string, string] {
  const start = /^#[^\S\n]+\S/m.exec(text);
  if (!start) return [text, ''];
  return [text.slice(0, start.index), text.slice(start.index).trim()];
}

/** The notebook without its closing sign-off line ("dpa wsz jln npr"). */
function withoutSignOff(notebook: string): { note: string; signOff?: string } {
  const lines = notebook.split('\n');
  const last = lines.at(-1)?.trim() ?? '';
  if (!AGENCY_SIGN_OFF.test(last)) return { note: notebook };
  return { note: lines.slice(0, -1).join('\n').trim(), signOff: last };
}
