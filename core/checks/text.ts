// Typing slips: placeholders, double spaces, quotation marks and brackets that do not pair up.
import type { AnalysisText } from '../story/story';
import type { Check } from '../story/annotations';

export function textChecks(texts: readonly AnalysisText[]): Check[] {
  return texts.flatMap((t, i) => [...placeholders(t), ...doubleSpaces(t), ...unbalancedQuotes(t, texts[i + 1]), ...unbalancedBrackets(t)]);
}

const at = (t: AnalysisText, start: number, end: number) => ({ in: t.in, paragraph: t.paragraph, start, end });

// TK, TKTK, XX, XXX and ??? as tokens of their own: "TKO" and "what???" are words.
const PLACEHOLDER = /(?<![\p{L}\p{N}?])(?:(?:TK)+|X{2,3}|\?{3,})(?![\p{L}\p{N}?])/gu;

function placeholders(t: AnalysisText): Check[] {
  return [...t.text.matchAll(PLACEHOLDER)].map((m) => ({
    kind: 'placeholder',
    severity: 'error' as const,
    message: `Placeholder “${m[0]}” left in the text.`,
    ...at(t, m.index, m.index + m[0].length),
  }));
}

function doubleSpaces(t: AnalysisText): Check[] {
  return [...t.text.matchAll(/ {2,}/g)].map((m) => ({
    kind: 'double-space',
    severity: 'warning' as const,
    message: 'Double space.',
    ...at(t, m.index, m.index + m[0].length),
    fix: { label: 'One space', replacement: ' ' },
  }));
}

const OPENS_AFTER = /[\s([{\u2014\u2013\-/]/u;

/** Where each double quotation mark opens or closes; a straight one is told by what precedes it. */
function doubleQuotes(text: string): { index: number; opening: boolean }[] {
  const marks: { index: number; opening: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„') marks.push({ index: i, opening: true });
    else if (ch === '”') marks.push({ index: i, opening: false });
    else if (ch === '"') marks.push({ index: i, opening: i === 0 || OPENS_AFTER.test(text[i - 1]) });
  }
  return marks;
}

// A quotation running on into the next paragraph leaves its closing mark off; the next paragraph
// then opens with a quotation mark (news style), so that is not an error.
function unbalancedQuotes(t: AnalysisText, next: AnalysisText | undefined): Check[] {
  const checks: Check[] = [];
  const report = (index: number, message: string) =>
    checks.push({ kind: 'unbalanced-quotes', severity: 'warning', message, ...at(t, index, index + 1) });
  let open: number | null = null;
  for (const mark of doubleQuotes(t.text)) {
    if (mark.opening) {
      if (open !== null) report(open, 'This quotation is never closed.');
      open = mark.index;
    } else if (open === null) report(mark.index, 'Closing quotation mark without an opening one.');
    else open = null;
  }
  const continues = next?.in === 'body' && t.in === 'body' && doubleQuotes(next.text)[0]?.index === 0 && doubleQuotes(next.text)[0].opening;
  if (open !== null && !continues) report(open, 'This quotation is never closed.');
  return checks;
}

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function unbalancedBrackets(t: AnalysisText): Check[] {
  const checks: Check[] = [];
  const report = (index: number, ch: string) =>
    checks.push({ kind: 'unbalanced-brackets', severity: 'warning', message: `“${ch}” has no partner.`, ...at(t, index, index + 1) });
  const stack: { ch: string; index: number }[] = [];
  // An enumerator such as "1)" or "a)" opening a paragraph is not a bracket.
  const skip = /^\s*[\p{L}\p{N}]{1,3}\)/u.exec(t.text)?.[0].length ?? 0;
  for (let i = skip; i < t.text.length; i++) {
    const ch = t.text[i];
    if (ch === '(' || ch === '[' || ch === '{') stack.push({ ch, index: i });
    else if (ch in PAIRS) {
      if (stack[stack.length - 1]?.ch === PAIRS[ch]) stack.pop();
      else report(i, ch);
    }
  }
  for (const open of stack) report(open.index, open.ch);
  return checks;
}
