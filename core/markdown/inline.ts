// Inline content (text, marks, hard breaks) as CommonMark source lines.
// Marks become a properly nested tree of delimiters; every delimiter run is checked against the
// flanking rules and, where a neighbouring character would stop it opening or closing, that
// character is written as a character reference (the same character to a reader, punctuation to the rule).
import type { InlineJSON, MarkJSON } from '../story/story';
import { charClass, escapeText, linkDestination, linkTitle, type CharClass } from './escape';

/** The marks Markdown can show: the entity and speaker marks are resolved or dropped before this. */
export type RenderMark = { type: 'em' } | { type: 'strong' } | { type: 'link'; href: string; title: string | null };

export type RenderInline = { text: string; marks: RenderMark[] } | { hardBreak: true };

type Token =
  | { kind: 'text'; text: string; first?: boolean; last?: boolean }
  | { kind: 'delim'; chars: string; opening: boolean }
  | { kind: 'link-open' }
  | { kind: 'link-close'; href: string; title: string | null }
  | { kind: 'break' };

/** Story marks as Markdown marks: an entity with a URL is a link (unless it already sits in one). */
function renderMarks(marks: readonly MarkJSON[] | undefined, entityLinks?: ReadonlyMap<string, string>): RenderMark[] {
  const out: RenderMark[] = [];
  for (const mark of marks ?? []) {
    if (mark.type === 'em' || mark.type === 'strong') out.push({ type: mark.type });
    else if (mark.type === 'link') out.push({ type: 'link', href: mark.attrs.href, title: mark.attrs.title ?? null });
  }
  const entity = marks?.find((m) => m.type === 'entity');
  const url = entity?.type === 'entity' ? entityLinks?.get(entity.attrs.canonical) : undefined;
  if (url !== undefined && !out.some((m) => m.type === 'link')) out.push({ type: 'link', href: url, title: null });
  return out;
}

export function toRenderInline(content: readonly InlineJSON[] | undefined, entityLinks?: ReadonlyMap<string, string>): RenderInline[] {
  const out: RenderInline[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hard_break') {
      out.push({ hardBreak: true });
      continue;
    }
    if (node.text) out.push({ text: node.text, marks: renderMarks(node.marks, entityLinks) });
  }
  return emphasisOffEdgeSpaces(out);
}

const EDGE_SPACES = /^(\s*)([^]*?)(\s*)$/;

/**
 * Spaces at the start or end of an emphasis go outside it ("*word* ", not "*word *"): they look the
 * same, and the Markdown stays plain instead of needing character references to open and close.
 * Links keep their spaces, which show underlined.
 */
function emphasisOffEdgeSpaces(runs: readonly RenderInline[]): RenderInline[] {
  const out: RenderInline[] = [];
  runs.forEach((run, i) => {
    if ('hardBreak' in run || !run.marks.some((m) => m.type !== 'link')) {
      out.push(run);
      return;
    }
    const [, lead, core, trail] = EDGE_SPACES.exec(run.text)!;
    const without = (edge: RenderInline | undefined) =>
      run.marks.filter((m) => m.type === 'link' || (edge !== undefined && !('hardBreak' in edge) && hasMark(edge.marks, m)));
    if (!core) {
      out.push({ text: run.text, marks: without(runs[i - 1]).filter((m) => hasMark(without(runs[i + 1]), m)) });
      return;
    }
    if (lead) out.push({ text: lead, marks: without(runs[i - 1]) });
    out.push({ text: core, marks: run.marks });
    if (trail) out.push({ text: trail, marks: without(runs[i + 1]) });
  });
  return out;
}

/** Inline content as source lines: a hard break ends a line (with a backslash). */
export function inlineSourceLines(content: readonly RenderInline[]): string[] {
  const tokens = tokenize(content);
  placeDelimiters(tokens);
  return writeTokens(tokens);
}

const sameMark = (a: RenderMark, b: RenderMark): boolean =>
  a.type === b.type && (a.type !== 'link' || (b.type === 'link' && a.href === b.href && a.title === b.title));
const hasMark = (marks: readonly RenderMark[], mark: RenderMark): boolean => marks.some((m) => sameMark(m, mark));

interface OpenMark {
  mark: RenderMark;
  chars: string;
}

// Walks the runs keeping a stack of open marks: a mark stays open while the runs keep it;
// marks that open together are nested so that the one reaching furthest is outermost.
// Emphasis alternates between * and _ so that no delimiter shares its character with an open one
// or with one it touches: then a delimiter can only ever match its own partner.
function tokenize(content: readonly RenderInline[]): Token[] {
  return new Tokenizer(content).tokens;
}

class Tokenizer {
  readonly tokens: Token[] = [];
  private readonly stack: OpenMark[] = [];
  private lastClosed = '';

  constructor(private readonly content: readonly RenderInline[]) {
    content.forEach((run, index) => this.add(run, index));
    this.closeTo(0);
  }

  private add(run: RenderInline, index: number): void {
    this.lastClosed = '';
    if ('hardBreak' in run) {
      // Marks that end here close before the break: at the start of a line a delimiter cannot close.
      const next = this.content.slice(index).find((r) => !('hardBreak' in r));
      this.closeTo(next && !('hardBreak' in next) ? this.kept(next.marks) : 0);
      this.tokens.push({ kind: 'break' });
      return;
    }
    this.closeTo(this.kept(run.marks));
    const opening = run.marks.filter((m) => !this.stack.some((open) => sameMark(open.mark, m)));
    if (opening.length > 1) opening.sort((a, b) => reach(this.content, index, b) - reach(this.content, index, a));
    for (const mark of opening) {
      if (mark.type === 'link') {
        this.tokens.push({ kind: 'link-open' });
        this.stack.push({ mark, chars: '' });
      } else {
        const char = this.delimiterChar();
        const chars = mark.type === 'em' ? char : char + char;
        this.tokens.push({ kind: 'delim', chars, opening: true });
        this.stack.push({ mark, chars });
      }
      this.lastClosed = '';
    }
    this.tokens.push({ kind: 'text', text: run.text });
  }

  /** How many of the open marks, from the outermost, the run keeps. */
  private kept(marks: readonly RenderMark[]): number {
    let keep = 0;
    while (keep < this.stack.length && hasMark(marks, this.stack[keep].mark)) keep++;
    return keep;
  }

  private closeTo(depth: number): void {
    while (this.stack.length > depth) {
      const { mark, chars } = this.stack.pop()!;
      if (mark.type === 'link') this.tokens.push({ kind: 'link-close', href: mark.href, title: mark.title });
      else this.tokens.push({ kind: 'delim', chars, opening: false });
      this.lastClosed = mark.type === 'link' ? '' : chars[0];
    }
  }

  private delimiterChar(): string {
    const innermost = this.stack.findLast((open) => open.chars)?.chars[0];
    return innermost === '*' || this.lastClosed === '*' ? '_' : '*';
  }
}

/** Where a mark that is open at run `index` ends. */
function reach(content: readonly RenderInline[], index: number, mark: RenderMark): number {
  let n = index;
  while (n < content.length) {
    const next = content[n];
    if (!('hardBreak' in next) && !hasMark(next.marks, mark)) break;
    n++;
  }
  return n;
}

interface DelimiterRun {
  char: string;
  opening: boolean;
}

/** Which neighbours of a delimiter group to encode, fewest first: [left, right]. */
const ENCODINGS: readonly [boolean, boolean][] = [
  [false, false],
  [false, true],
  [true, false],
  [true, true],
];

// For each place where delimiters meet text, picks the fewest edge characters to encode so that
// every delimiter run there opens or closes as meant, preferring runs that cannot do both.
function placeDelimiters(tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind !== 'delim') {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && tokens[end].kind === 'delim') end++;
    // Neighbouring delimiters never share a character (see Tokenizer), so each is a run of its own.
    const runs = (tokens.slice(i, end) as Extract<Token, { kind: 'delim' }>[]).map((d) => ({ char: d.chars[0], opening: d.opening }));
    const before = tokens[i - 1];
    const after = tokens[end];
    const left = edgeChar(before, 'last');
    const right = edgeChar(after, 'first');
    let encodeLeft = false;
    let encodeRight = false;
    let best: 'clean' | 'valid' | 'invalid' = 'invalid';
    for (const [l, r] of ENCODINGS) {
      if ((l && before?.kind !== 'text') || (r && after?.kind !== 'text')) continue;
      const verdict = judgeRuns(runs, l ? 'punct' : left, r ? 'punct' : right);
      if (verdict === 'clean' || (verdict === 'valid' && best === 'invalid')) [encodeLeft, encodeRight, best] = [l, r, verdict];
      if (verdict === 'clean') break;
    }
    if (encodeLeft && before?.kind === 'text') before.last = true;
    if (encodeRight && after?.kind === 'text') after.first = true;
    i = end;
  }
}

// Astral characters are classed differently by different parsers (by code point or by surrogate),
// so next to a delimiter they count as unknown and get encoded.
function edgeChar(token: Token | undefined, side: 'first' | 'last'): CharClass | 'unknown' {
  if (token === undefined) return 'space';
  // Before a delimiter, a break is the line end; after one, it is the break's backslash.
  if (token.kind === 'break') return side === 'last' ? 'space' : 'punct';
  if (token.kind !== 'text') return 'punct';
  const code = side === 'first' ? token.text.charCodeAt(0) : token.text.charCodeAt(token.text.length - 1);
  if (code >= 0xd800 && code <= 0xdfff) return 'unknown';
  return charClass(String.fromCharCode(code));
}

function judgeRuns(runs: readonly DelimiterRun[], left: CharClass | 'unknown', right: CharClass | 'unknown'): 'clean' | 'valid' | 'invalid' {
  if (left === 'unknown' || right === 'unknown') return 'invalid';
  let clean = true;
  for (const [k, run] of runs.entries()) {
    const before = k === 0 ? left : 'punct';
    const after = k === runs.length - 1 ? right : 'punct';
    const leftFlanking = after !== 'space' && (after !== 'punct' || before !== 'word');
    const rightFlanking = before !== 'space' && (before !== 'punct' || after !== 'word');
    const canOpen = run.char === '_' ? leftFlanking && (!rightFlanking || before === 'punct') : leftFlanking;
    const canClose = run.char === '_' ? rightFlanking && (!leftFlanking || after === 'punct') : rightFlanking;
    if (run.opening ? !canOpen : !canClose) return 'invalid';
    if (run.opening ? canClose : canOpen) clean = false;
  }
  return clean ? 'clean' : 'valid';
}

function writeTokens(tokens: readonly Token[]): string[] {
  const lines: string[] = [];
  let line = '';
  tokens.forEach((token, i) => {
    switch (token.kind) {
      case 'text':
        line += escapeText(token.text, { first: token.first, last: token.last });
        if (line.endsWith('!') && tokens[i + 1]?.kind === 'link-open') line = line.slice(0, -1) + '\\!'; // not an image
        break;
      case 'delim':
        line += token.chars;
        break;
      case 'link-open':
        line += '[';
        break;
      case 'link-close':
        line += `](${linkDestination(token.href)}${token.title === null ? '' : ' ' + linkTitle(token.title)})`;
        break;
      case 'break':
        lines.push(line + '\\');
        line = '';
        break;
    }
  });
  lines.push(line);
  return lines;
}
