// Quote integrity: is each quote, word for word, in the wire original? Unchanged, altered (with a word
// diff against the closest passage of the original) or not in the source at all.
import type { Quote, WordDiff } from '../story/annotations';

interface Word {
  /** As written, for the diff. */
  text: string;
  /** Normalised for comparing: lowercase, straight apostrophes, compatibility forms folded. */
  key: string;
}

/** Share of the quote's words a source passage must keep for the quote to count as altered, not absent. */
const MIN_KEPT = 0.5;

// Words only: punctuation, quotation marks and any markup around them never decide a comparison.
const WORD = /[\p{L}\p{N}]+(?:['’‘`´][\p{L}\p{N}]+)*/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map(([word]) => ({
    text: word,
    key: word.normalize('NFKC').toLowerCase().replace(/[‘’`´]/g, "'"),
  }));
}

/** Marks each quote unchanged, altered (with a word diff) or not in the wire original. */
export function compareWithSource(quotes: readonly Quote[], sourceText: string): Quote[] {
  const source = words(sourceText);
  const positions = new Map<string, number[]>();
  source.forEach((w, i) => {
    const list = positions.get(w.key);
    if (list) list.push(i);
    else positions.set(w.key, [i]);
  });
  return quotes.map((quote) => {
    const quoted = words(quote.text);
    if (quoted.length === 0) return { ...quote, integrity: 'unchanged' as const };
    const start = bestStart(quoted, positions);
    if (start === null) return { ...quote, integrity: 'not-in-source' as const };
    const window = source.slice(Math.max(0, start - 3), start + quoted.length + 3);
    const diff = trimEnds(alignWords(quoted, window));
    const kept = diff.filter((d) => d.op === 'same').length;
    if (kept === quoted.length && diff.every((d) => d.op === 'same')) return { ...quote, integrity: 'unchanged' as const };
    if (kept / quoted.length < MIN_KEPT) return { ...quote, integrity: 'not-in-source' as const };
    return { ...quote, integrity: 'altered' as const, diff: merge(diff) };
  });
}

/** Where in the source the quote most likely starts: the offset most of its words agree on. */
function bestStart(quoted: readonly Word[], positions: ReadonlyMap<string, number[]>): number | null {
  const votes = new Map<number, number>();
  quoted.forEach((w, i) => {
    for (const p of positions.get(w.key) ?? []) {
      // Nearby offsets vote together, so a dropped or added word does not split the vote.
      const bucket = Math.max(0, p - i);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  });
  let best: number | null = null;
  let bestVotes = 0;
  for (const start of votes.keys()) {
    let near = 0;
    for (let d = -2; d <= 2; d++) near += votes.get(start + d) ?? 0;
    if (near > bestVotes) {
      best = start;
      bestVotes = near;
    }
  }
  return best !== null && bestVotes >= Math.min(2, quoted.length) ? best : null;
}

interface Step {
  op: WordDiff['op'];
  text: string;
}

/** Longest common subsequence over words: same, added (only in the quote), removed (only in the source). */
function alignWords(quoted: readonly Word[], source: readonly Word[]): Step[] {
  const n = quoted.length;
  const m = source.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = quoted[i].key === source[j].key ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && quoted[i].key === source[j].key) {
      steps.push({ op: 'same', text: quoted[i].text });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      steps.push({ op: 'removed', text: source[j].text });
      j++;
    } else {
      steps.push({ op: 'added', text: quoted[i].text });
      i++;
    }
  }
  return steps;
}

/**
 * Source words before the quote's first matching word and after its last are context, not removals,
 * except as many as stand in for quote words that differ there ("yet" -> "so far").
 */
function trimEnds(steps: Step[]): Step[] {
  const first = steps.findIndex((s) => s.op === 'same');
  if (first === -1) return steps.filter((s) => s.op === 'added');
  let last = steps.length - 1;
  while (steps[last].op !== 'same') last--;
  const edge = (part: Step[], nearEnd: boolean): Step[] => {
    const added = part.filter((s) => s.op === 'added');
    const removed = part.filter((s) => s.op === 'removed');
    const kept = nearEnd ? removed.slice(removed.length - added.length) : removed.slice(0, added.length);
    return [...kept, ...added];
  };
  return [...edge(steps.slice(0, first), true), ...steps.slice(first, last + 1), ...edge(steps.slice(last + 1), false)];
}

function merge(steps: readonly Step[]): WordDiff[] {
  const out: WordDiff[] = [];
  for (const s of steps) {
    const prev = out[out.length - 1];
    if (prev && prev.op === s.op) prev.text += ` ${s.text}`;
    else out.push({ op: s.op, text: s.text });
  }
  return out;
}
