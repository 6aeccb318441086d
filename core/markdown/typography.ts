// Quotes, dashes and ellipses, made consistent across a story: typographic (“ ” ‘ ’ — …) or straight (" ' -- ...).
// Only these characters change; the words never do.

export type Typography = 'typographic' | 'straight';

const OPENS_AFTER = /[\s([{\u2014\u2013\-/‘“]/u;
// A leading apostrophe before a year ("’90s") or in "rock ’n’ roll" is not an opening quote.
const ELIDED = /\d{2}(?!\d)|n'?\s/y;

const TO_SMARTEN = /["']|--|\.\.\./g;

/**
 * Straight quotes, "--" and "..." made typographic. `before` is the text just before this run in its
 * block, so a quote at the start of a run (after an italic word, say) still knows which way it faces.
 */
export function smarten(text: string, before = ''): string {
  let lastEnd = -1;
  let lastOut = '';
  return text.replace(TO_SMARTEN, (match: string, offset: number) => {
    const previous = offset === lastEnd ? lastOut : offset > 0 ? text[offset - 1] : before.slice(-1);
    let out: string;
    if (match === '--') out = '—';
    else if (match === '...') out = '…';
    else {
      const opening = previous === '' || OPENS_AFTER.test(previous);
      ELIDED.lastIndex = offset + 1;
      if (match === '"') out = opening ? '“' : '”';
      else out = opening && !ELIDED.test(text) ? '‘' : '’';
    }
    lastEnd = offset + match.length;
    lastOut = out;
    return out;
  });
}

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'", '—': '--', '…': '...' };

export function straighten(text: string): string {
  return text.replace(/[“”„‘’‚—…]/g, (ch) => STRAIGHT[ch]);
}

export function applyTypography(text: string, style: Typography, before = ''): string {
  return style === 'typographic' ? smarten(text, before) : straighten(text);
}
