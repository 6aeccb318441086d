// Quotes, dashes and ellipses, made consistent across a story: typographic (“ ” ‘ ’ — …) or straight (" ' -- ...).
// Only these characters change; the words never do.

export type Typography = 'typographic' | 'straight';

const OPENS_AFTER = /[\s([{\u2014\u2013\-/‘“]$/u;

/**
 * Straight quotes, "--" and "..." made typographic. `before` is the text just before this run in its
 * block, so a quote at the start of a run (after an italic word, say) still knows which way it faces.
 */
export function smarten(text: string, before = ''): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const context = before + out;
      const opening = context === '' || OPENS_AFTER.test(context);
      // A leading apostrophe before a year ("’90s") or in "rock ’n’ roll" is not an opening quote.
      const elided = ch === "'" && opening && /^(?:\d{2}(?!\d)|n'?\s)/.test(text.slice(i + 1));
      if (ch === '"') out += opening ? '“' : '”';
      else out += opening && !elided ? '‘' : '’';
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

const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'", '—': '--', '…': '...' };

export function straighten(text: string): string {
  return text.replace(/[“”„‘’‚—…]/g, (ch) => STRAIGHT[ch]);
}

export function applyTypography(text: string, style: Typography, before = ''): string {
  return style === 'typographic' ? smarten(text, before) : straighten(text);
}
