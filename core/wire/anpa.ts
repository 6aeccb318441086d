// ANPA-1312 (AP's wire): SYN SYN SOH, "W2870" and a selector, a line "f l BC-LT--Argentina-CancerB
// 11-13 1049" (priority, category, keyword, date, words), STX, then "^" heading lines closed by
// "<" or "=": the keyword line, the headline, notes to editors, the byline. Body lines start with a
// tab (or a backspace in agate tables); a "<" closes a paragraph. ETX, then "AP-WF-11-13-13 1509GMT".
import type { BlockJSON } from '../story/story';
import { textBlocks } from './blocks';
import { withoutApCycle } from './item-meta';
import type { RawWireItem } from './raw';

const PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, r: 4, d: 5 };
const SERVICE_LINE = /^([a-z])\s+([a-z])[\x00-\x1F\s]+(\S+)/;
const SENT = /(\d\d)-(\d\d)-(\d\d)\s+(\d\d)(\d\d)GMT/;
// Lines that come after the byline and name the writer's post.
const BYLINE_TITLE = /\b(?:press|writer|correspondent|editor|reporter)\b/i;

export function parseAnpa(text: string): RawWireItem {
  const source = text.replace(/\r\n?/g, '\n');
  const stx = source.indexOf('\x02');
  const etx = source.lastIndexOf('\x03');
  const envelope = source.slice(0, Math.max(stx, 0)).split('\n');
  const lines = source.slice(stx + 1, etx > stx ? etx : undefined).split('\n');

  const meta: RawWireItem['meta'] = { agency: 'AP' };
  const sequence = /\x01([A-Za-z]?\d+)/.exec(envelope[0] ?? '')?.[1];
  const service = envelope.map((line) => SERVICE_LINE.exec(line)).find(Boolean);
  if (service) {
    if (PRIORITY[service[1]]) meta.priority = PRIORITY[service[1]];
    meta.ids = { ...(sequence ? { sequence } : {}), category: service[2] };
  }
  const sent = SENT.exec(source.slice(etx));
  if (sent) meta.date = `20${sent[3]}-${sent[1]}-${sent[2]}T${sent[4]}:${sent[5]}:00Z`;

  const item: RawWireItem = { headline: '', body: [], meta };
  item.body = readBody(lines.slice(readHeading(lines, item)));
  // Agate and tables often come without a headline line: the keyword names them ("WEA--Global Weather-Fahrenheit").
  if (!item.headline && item.meta.slugline) item.headline = item.meta.slugline.replace(/^[A-Z]+--/, '');
  return item;
}

/** Reads the "^" heading lines into the item; returns the index of the first body line. */
function readHeading(lines: string[], item: RawWireItem): number {
  let index = 0;
  let keyword = true;
  let afterByline = false;
  const notes: string[] = [];
  const photos: string[] = [];
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line.trim()) continue;
    // Heading lines start with "^" and are closed by "<" or "=".
    const heading = /^\^([^\n]*?)[<=]\s*$/.exec(line);
    if (!heading) break;
    // The keyword line may carry an old selector first: "^*9006< ^AP-Top-…,0176<".
    const value = heading[1].slice(heading[1].lastIndexOf('^') + 1).replace(/[<=]\s*$/, '').trim();
    if (keyword) {
      readKeyword(value, item);
      keyword = false;
    } else if (afterByline) {
      if (!BYLINE_TITLE.test(value)) break;
      item.meta.credits = [...(item.meta.credits ?? []), value];
      afterByline = false;
    } else if (/^by\s/i.test(value)) {
      item.byline = value;
      afterByline = true;
    } else if (item.byline) {
      break;
    } else if (!item.headline) {
      item.headline = value;
    } else if (/^\(?eds?:/i.test(value)) {
      notes.push(value.replace(/^(\(?)eds?:\s*/i, '$1'));
    } else if (/^ap photos?\b/i.test(value)) {
      photos.push(value);
    } else if (!item.dek) {
      item.dek = value;
    } else {
      break;
    }
  }
  // Notes to editors first, then the photos that go with the story.
  if (notes.length || photos.length) item.meta.ednote = [...notes, ...photos].join('\n');
  return index;
}

/**
 * The keyword slug line "BC-AS--China-Daring Escape-ABRIDGED, 3rd Ld-Writethru,827": cycle, desk
 * identifier, keyword; after commas the version (the take key) and the word count. The slugline comes
 * from here, not from the header's keyword field, which is cut to 24 characters with spaces squeezed
 * out ("BC-WEA--GlobalWeather-Fa").
 */
function readKeyword(value: string, item: RawWireItem): void {
  const [slug, ...rest] = value.split(',').map((part) => part.trim());
  item.meta.slugline = withoutApCycle(slug);
  const takeKey = rest.filter((part) => part && !/^\d+$/.test(part)).join(', ');
  if (takeKey) item.meta.takeKey = takeKey;
}

/**
 * Body lines: a "<" or "=" or a blank line ends a paragraph. AP sends each paragraph of prose as
 * one line; short lines that run on (agate: scores, standings) stay together as one paragraph
 * with a line break each, so tables keep their rows.
 */
function readBody(lines: string[]): BlockJSON[] {
  const paragraphs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) paragraphs.push(run.join('\n'));
    run = [];
  };
  for (const raw of lines) {
    const table = raw.startsWith('\b');
    const closed = /[<=]\s*$/.test(raw);
    const text = raw.replace(/[<=]\s*$/, '').replace(/[\x00-\x1F]/g, (c) => (c === '\t' ? ' ' : '')).trim();
    const line = tableRow(text.replace(/^\^/, ''), table);
    if (!line) {
      flush();
      continue;
    }
    if (line === 'END') continue;
    // A line of prose is a paragraph; a short line that follows other short lines is a table row.
    const prose = !table && (line.length > 80 || raw.startsWith('^') || (!run.length && /[.!?”'"]$/.test(line)));
    if (prose) {
      flush();
      paragraphs.push(line);
      continue;
    }
    run.push(line);
    if (closed) flush();
  }
  flush();
  return textBlocks(paragraphs);
}

/** Agate rows: "{" is AP's ½ ("3{" games back). */
function tableRow(line: string, table: boolean): string {
  return table ? line.replace(/(\d)\{/g, '$1½') : line;
}
