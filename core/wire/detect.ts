// The format of a wire file, told from its content alone (never from the file name).
import { WireError } from './error';
import { detectJsonFormat } from './ninjs';
import { detectXmlFormat, refuseEntityDeclarations } from './xml';

export type DetectedFormat =
  | 'text' | 'nitf' | 'newsml-g2' | 'newsml-1' | 'agency-xml' | 'anpa-1312' | 'iptc-7901' | 'ninjs' | 'email' | 'html' | 'markdown' | 'docx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Files that are no text, by their first bytes, and what to call them. */
const KNOWN_BINARIES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document (copy its text into a new story instead)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word (.doc) or Office file (save it as .docx)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as .docx)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];
// Known headers that open an e-mail (one of the first must be there, with at least two headers).
const MAIL_HEADER = /^(?:from|subject|date|to|received|return-path|delivered-to|message-id|mime-version|x-[\w-]+|dkim-signature|content-type|reply-to|sender)\s*:/i;
const HTML_START =
  /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|h[1-6]|article|section|span|table|ul|ol|blockquote|title|meta|strong|b|em|i|a|br|img|figure|header|main)[\s>/])/i;
/** An mbox file's separator line before the headers: "From jane@example.org Tue Mar  5 09:12:00 2024". */
export const MBOX_FROM_LINE = /^From \S+[^\n]*\r?\n/;

/** The format of the bytes and their decoded text; throws WireError for what is no wire file at all. */
export function detectFormat(bytes: Uint8Array, text: string): DetectedFormat {
  if (ZIP.every((byte, i) => bytes[i] === byte)) {
    if (containsAscii(bytes, 'word/')) return 'docx';
    throw new WireError('not a wire file: a ZIP archive that is not a Word document');
  }
  const kind = KNOWN_BINARIES.find(([magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (kind) throw new WireError(`not a wire file: ${kind[1]}`);
  const start = text.replace(/^[\uFEFF\s]+/, '');
  if (!start) throw new WireError('empty file');
  if (looksBinary(start)) throw new WireError('not a wire file: binary data');

  // Agency framing: ANPA opens with SYN SYN SOH (or a selector after SOH up to a ^_ unit separator);
  // IPTC 7901 opens with SOH and a plain header line.
  if (/^\x16+\x01/.test(start) || /^\x01[^\n]{0,20}\x1f/.test(start)) return 'anpa-1312';
  if (/^\x01/.test(start) && start.includes('\x02')) return 'iptc-7901';

  if (start.startsWith('<')) {
    // Any markup, XML, HTML or unknown, before a parser sees it.
    refuseEntityDeclarations(start);
    const xml = detectXmlFormat(start);
    if (xml) return xml;
    if (HTML_START.test(skipProlog(start))) return 'html';
    const root = /^<([\w:.-]+)/.exec(skipProlog(start))?.[1];
    throw new WireError(root ? `not a wire format Copydesk reads: XML with root <${root}>` : 'not a wire file: markup of an unknown kind');
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    if (detectJsonFormat(start)) return 'ninjs';
    throw new WireError('not a wire format Copydesk reads: JSON that is not NINJS');
  }
  if (isEmail(start)) return 'email';
  if (isMarkdown(start)) return 'markdown';
  return 'text';
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const haystack = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
  return haystack.includes(needle);
}

/** NUL bytes, or more than one in twenty characters a control code outside the wire framing set. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\0')) return true;
  const stray = sample.match(/[\x05-\x07\x0E\x0F\x15\x17-\x1E\uFFFD]/g)?.length ?? 0;
  return stray > sample.length / 20;
}

function skipProlog(text: string): string {
  return text.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i, '');
}

function isEmail(text: string): boolean {
  const header = text.replace(MBOX_FROM_LINE, '').split(/\r?\n\r?\n/, 1)[0].split(/\r?\n/).filter((line) => !/^[ \t]/.test(line));
  const fields = header.every((line) => /^[\x21-\x39\x3b-\x7e]+:/.test(line));
  const known = header.filter((line) => MAIL_HEADER.test(line)).length;
  return fields && known >= 2 && /^(?:from|subject)\s*:/im.test(header.join('\n'));
}

// Markdown signs: front matter, an ATX heading first, or several of links, emphasis and list markers.
function isMarkdown(text: string): boolean {
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(text)) return true;
  if (/^#{1,6} \S/.test(text)) return true;
  const signs = [/\[[^\]\n]+\]\([^)\s]+\)/, /\*\*[^*\n]+\*\*|__[^_\n]+__/, /^(?:[-*+]|\d+\.) \S/m, /^> \S/m, /^#{1,6} \S/m];
  return signs.filter((sign) => sign.test(text)).length >= 2;
}
