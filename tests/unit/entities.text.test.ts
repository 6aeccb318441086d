// The tokenizer reads ASCII text letter by letter and leaves the rest to the WORD pattern, the
// definition of a word: on mixed text (accents, combining marks, curly apostrophes, Cyrillic, dotted
// acronyms, digits) it must find exactly the words WORD finds.
import { describe, expect, it } from 'vitest';
import { tokenize, WORD } from '../../core/entities/text';
import { seededRandom } from '../support/random';

const PIECES = ['a', 'B', 'x', 'Zed', '7', '.', "'", '’', 'é', 'ß', 'e\u0301', ' ', ' ', '-', 'Ж', ',', '“', 's', 'U.', 'S.', "O'", '\u00a0'];

function patternWords(text: string): { start: number; text: string }[] {
  return [...text.matchAll(new RegExp(WORD.source, 'gu'))].map((m) => ({ start: m.index, text: m[0] }));
}

describe('the tokenizer', () => {
  it('finds the words the WORD pattern finds, where they start, on random mixed text', () => {
    const random = seededRandom(5);
    let words = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      const expected = patternWords(text);
      const tokens = tokenize(text);
      expect(tokens.map((t) => t.start), text).toEqual(expected.map((w) => w.start));
      tokens.forEach((t, i) => {
        // A token is the word, with its abbreviation dot kept or its possessive 's taken off.
        const word = expected[i].text;
        expect([word, `${word}.`, word.slice(0, -2)], text).toContain(t.text);
      });
      words += tokens.length;
    }
    expect(words).toBeGreaterThan(10_000);
  });

  it('starts a sentence after an opening quotation mark, not after a closing straight one', () => {
    const starts = (text: string) => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts('"We will win," Macy said.')).toEqual(['We']);
    expect(starts('“We will win,” Macy said.')).toEqual(['We']);
    expect(starts('He said, "Macy will win." Then he left.')).toEqual(['He', 'Macy', 'Then']);
  });

  it('keeps dotted acronyms, inner apostrophes and possessives apart', () => {
    const tokens = tokenize("The U.S. envoy met O'Brien’s aide and Gref's team in 2024.");
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'envoy', 'met', "O'Brien", 'aide', 'and', 'Gref', 'team', 'in', '2024']);
    expect(tokens.filter((t) => t.possessive).map((t) => t.text)).toEqual(["O'Brien", 'Gref']);
  });

  it('reads common lower-case words right however many different ones a run of stories has', () => {
    // Far more different short words than the tokenizer keeps shared strings for, then the first again.
    const random = seededRandom(9);
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const words = Array.from({ length: 60_000 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 10) }, () => letters[Math.floor(random() * letters.length)]).join(''),
    );
    const text = [...words, ...words.slice(0, 500)].join(' ');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(text.split(' '));
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });
});
