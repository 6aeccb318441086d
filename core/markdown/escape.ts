// Escaping for CommonMark: text must read back as the very characters that were written.
// Inline text escapes only what could start a construct; line starts and ends get their own care,
// because that is where block markers live and where parsers strip whitespace.

/** Where a character sits for the emphasis flanking rules (CommonMark 0.31, §6.2). */
export type CharClass = 'space' | 'punct' | 'word';

const WHITESPACE = /^\s/;
const PUNCTUATION = /^[\p{P}\p{S}]/u;

export function charClass(ch: string | undefined): CharClass {
  if (ch === undefined || WHITESPACE.test(ch)) return 'space';
  return PUNCTUATION.test(ch) ? 'punct' : 'word';
}

/** A character as a numeric character reference: the same character to a parser, but punctuation to flanking. */
export function charReference(ch: string): string {
  return `&#${ch.codePointAt(0)};`;
}

const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<']);
const ENTITY_LIKE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

export interface EdgeEncoding {
  /** Write the first character as a character reference (it touches an emphasis delimiter). */
  first?: boolean;
  /** Write the last character as a character reference. */
  last?: boolean;
}

/** One run of plain text as inline Markdown source. */
export function escapeText(text: string, edges: EdgeEncoding = {}): string {
  const chars = Array.from(text);
  let out = '';
  chars.forEach((ch, i) => {
    if ((i === 0 && edges.first) || (i === chars.length - 1 && edges.last) || ch === '\n' || ch === '\r') out += charReference(ch);
    else if (ALWAYS_ESCAPED.has(ch)) out += '\\' + ch;
    else if (ch === '_' && !insideWord(chars, i)) out += '\\_';
    else if (ch === '&' && ENTITY_LIKE.test(chars.slice(i, i + 40).join(''))) out += '\\&';
    else out += ch;
  });
  return out;
}

// An underscore between two letters can neither open nor close emphasis, so it stays bare
// (snake_case reads as written). Its neighbours must not be edge characters that may be encoded.
function insideWord(chars: readonly string[], i: number): boolean {
  return i >= 2 && i <= chars.length - 3 && WORD_CHAR.test(chars[i - 1]) && WORD_CHAR.test(chars[i + 1]);
}

const BLOCK_START: [RegExp, string][] = [
  [/^#(?=#{0,5}(?:\s|$))/, '\\#'], // ATX heading
  [/^>/, '\\>'], // block quote
  [/^([+-])(?=[ \t]|$)/, '\\$1'], // list item
  [/^-(?=(?:[ \t]*-)*[ \t]*$)/, '\\-'], // thematic break or setext underline
  [/^=(?==*[ \t]*$)/, '\\='], // setext underline
  [/^~~~/, '\\~~~'], // code fence
  [/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2'], // ordered list item
];

/**
 * A source line of a paragraph as it must be written at the start of a line: block markers escaped,
 * and leading and trailing whitespace (which parsers strip) written as character references.
 */
export function escapeParagraphLine(line: string): string {
  let out = line;
  for (const [pattern, replacement] of BLOCK_START) {
    if (pattern.test(out)) {
      out = out.replace(pattern, replacement);
      break;
    }
  }
  return protectEdgeWhitespace(out);
}

/** ATX heading content: edge whitespace kept, and a trailing run of # not taken for a closing sequence. */
export function escapeHeadingLine(line: string): string {
  const out = protectEdgeWhitespace(line);
  return out.replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

function protectEdgeWhitespace(line: string): string {
  let out = line;
  if (/^\s/.test(out)) out = charReference(out[0]) + out.slice(1);
  if (/\s$/.test(out)) out = out.slice(0, -1) + charReference(out[out.length - 1]);
  return out;
}

/** A link destination: bare when it is plain, else in angle brackets. */
export function linkDestination(href: string): string {
  const escaped = href.replace(/[\r\n]+/g, '').replace(/\\/g, '\\\\').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (escaped !== '' && !/[\s()<>\p{Cc}]/u.test(escaped)) return escaped;
  return `<${escaped.replace(/([<>])/g, '\\$1')}>`;
}

/** A link title in double quotes, on one line. */
export function linkTitle(title: string): string {
  const escaped = title
    .replace(/(["\\])/g, '\\$1')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/[\r\n]/g, charReference);
  return `"${escaped}"`;
}
