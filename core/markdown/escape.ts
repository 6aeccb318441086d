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

const SPECIAL = /[\\`*[\]<_&\r\n]/g;
const ENTITY_LIKE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface EdgeEncoding {
  /** Write the first character as a character reference (it touches an emphasis delimiter). */
  first?: boolean;
  /** Write the last character as a character reference. */
  last?: boolean;
}

/** One run of plain text as inline Markdown source. */
export function escapeText(text: string, edges: EdgeEncoding = {}): string {
  let head = '';
  let tail = '';
  let body = text;
  if (edges.first && body) {
    const first = String.fromCodePoint(body.codePointAt(0)!);
    head = charReference(first);
    body = body.slice(first.length);
  }
  if (edges.last && body) {
    const last = Array.from(body.slice(-2)).pop()!;
    tail = charReference(last);
    body = body.slice(0, -last.length);
  }
  return head + body.replace(SPECIAL, (ch, offset: number) => escapeSpecial(ch, body, offset)) + tail;
}

function escapeSpecial(ch: string, text: string, offset: number): string {
  switch (ch) {
    case '\r':
    case '\n':
      return charReference(ch);
    case '_':
      // Between two letters an underscore can neither open nor close emphasis: snake_case reads as written.
      return WORD_CHAR.test(text[offset - 1] ?? '') && WORD_CHAR.test(text[offset + 1] ?? '') ? ch : '\\_';
    case '&':
      ENTITY_LIKE.lastIndex = offset;
      return ENTITY_LIKE.test(text) ? '\\&' : ch;
    default:
      return '\\' + ch;
  }
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
  if (MAY_START_BLOCK.test(out[0] ?? '')) {
    const rule = BLOCK_START.find(([pattern]) => pattern.test(out));
    if (rule) out = out.replace(rule[0], rule[1]);
  }
  return protectEdgeWhitespace(out);
}

const MAY_START_BLOCK = /[#>+\-=~0-9]/;

/** ATX heading content: edge whitespace kept, and a trailing run of # not taken for a closing sequence. */
export function escapeHeadingLine(line: string): string {
  const out = protectEdgeWhitespace(line);
  return out.endsWith('#') ? out.replace(/(^|[ \t])(#+)$/, '$1\\$2') : out;
}

const SPACE = /\s/;

function protectEdgeWhitespace(line: string): string {
  let out = line;
  if (SPACE.test(out[0] ?? '')) out = charReference(out[0]) + out.slice(1);
  if (SPACE.test(out[out.length - 1] ?? '')) out = out.slice(0, -1) + charReference(out[out.length - 1]);
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
