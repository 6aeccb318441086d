// Turns what a person types into the search box into an FTS5 query that can never be a syntax error:
// every term is quoted, "quoted phrases" stay phrases, and the last bare term matches as a prefix while
// it is being typed (from three characters on: shorter prefixes match much of the vocabulary and say little).
const MIN_PREFIX = 3;

/** The FTS5 terms of `input`, each a MATCH expression of its own; none when it holds nothing searchable. */
export function ftsTerms(input: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  let lastWord = '';
  for (const match of input.matchAll(pattern)) {
    const [, phrase, word] = match;
    const text = phrase ?? word;
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    terms.push(`"${text.replace(/"/g, '""')}"`);
    lastWord = word ?? '';
  }
  if (terms.length > 0 && [...lastWord].length >= MIN_PREFIX && !/\s$/.test(input)) terms[terms.length - 1] += '*';
  return terms;
}
