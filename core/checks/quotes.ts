// Quotes: who said it, and whether the words are the wire's words.
import type { Check, Quote } from '../story/annotations';

const EXCERPT = 40;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

export function quoteChecks(quotes: readonly Quote[]): Check[] {
  const checks: Check[] = [];
  for (const q of quotes) {
    const place = { in: q.in, paragraph: q.paragraph, start: q.start, end: q.end };
    // Headlines carry no attributions: their quotes are attributed in the body.
    if (!q.speaker && q.in === 'body') {
      checks.push({ kind: 'unattributed-quote', severity: 'warning', message: `Who said “${excerpt(q.text)}”?`, ...place });
    }
    if (q.integrity === 'altered') {
      const changed = q.diff?.filter((d) => d.op !== 'same').length ?? 0;
      const detail = changed ? ` (${changed} ${changed === 1 ? 'change' : 'changes'})` : '';
      checks.push({ kind: 'altered-quote', severity: 'warning', message: `“${excerpt(q.text)}” differs from the wire copy${detail}.`, ...place });
    } else if (q.integrity === 'not-in-source') {
      checks.push({ kind: 'not-in-source-quote', severity: 'warning', message: `“${excerpt(q.text)}” is not in the wire copy.`, ...place });
    }
  }
  return checks;
}
