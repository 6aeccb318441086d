// Typographic quotes, dashes and ellipses for text typed or pasted into a story (AP style: ’90s, rock ’n’ roll).

const OPENS_AFTER = /[\s([{\u2014\u2013\-/‘“]$/;

/** The curly quote a straight one becomes after `before` (the text just before it in its block). */
export function curlyQuote(quote: '"' | "'", before: string): string {
  const opening = before === '' || OPENS_AFTER.test(before);
  if (quote === '"') return opening ? '“' : '”';
  return opening ? '‘' : '’';
}

/** A leading ‘ before a decade or year ("’90s", "’22") is an apostrophe, not an opening quote. */
export const ELIDED_YEAR = /(^|[\s(])‘(\d{2})$/;

/** Makes every straight quote, "--" and "..." in a run of text typographic. */
export function smartenText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let quote = curlyQuote(ch, out);
      if (quote === '‘' && /^\d{2}(?!\d)/.test(text.slice(i + 1))) quote = '’';
      if (quote === '‘' && /^n’?'?\s/.test(text.slice(i + 1)) && /\s$/.test(out)) quote = '’';
      out += quote;
    } else if (ch === '-' && text[i + 1] === '-') {
      out += '—';
      i++;
    } else if (ch === '.' && text.startsWith('...', i)) {
      out += '…';
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}
