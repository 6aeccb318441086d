// Turns what a person types into the search box into an FTS5 query that can never be a syntax error:
// every term is quoted, "quoted phrases" stay phrases, and the last bare term matches as a prefix.

/** The FTS5 MATCH expression for `input`, or null when it holds nothing searchable. */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|(\S+)/g;
  let lastIsPrefix = false;
  for (const match of input.matchAll(pattern)) {
    const [, phrase, word] = match;
    const text = phrase ?? word;
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    terms.push(`"${text.replace(/"/g, '""')}"`);
    lastIsPrefix = word !== undefined;
  }
  if (terms.length === 0) return null;
  if (lastIsPrefix && !/\s$/.test(input)) terms[terms.length - 1] += '*';
  return terms.join(' ');
}
