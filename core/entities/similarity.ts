// How alike two name words are, by spelling and by sound, allowing for the ways names change
// between alphabets and languages (Zelenskiy/Zelenskyy/Selenskyj, Gorbatschow/Gorbachev, Tuerk/Türk).
import { doubleMetaphone } from 'double-metaphone';

// Transliteration rules, applied in order to a folded word. Each maps spellings of one sound to one form.
const TRANSLITERATION: [RegExp, string][] = [
  [/['-]/g, ''],
  [/(?<=[aeiou])h/g, ''], // an h after a vowel is often not written: Khamenehi, Teheran, Haniyeh
  [/tsch|tch/g, 'ch'], // German and English renderings of ч
  [/sch/g, 'sh'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/gh/g, 'g'],
  [/ck|q|c(?!h)/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/j/g, 'y'],
  [/^ye|^ie/, 'e'], // Yevgeny / Evgeny
  [/y/g, 'i'],
  [/ou|ue/g, 'u'],
  [/ae/g, 'e'],
  [/oe/g, 'o'],
  [/[ae]i/g, 'i'], // Greiner / Grayner / Griner, Sergei / Sergey
  [/(.)\1+/g, '$1'],
  [/(?<=[^aeiou])e$/, ''], // a silent final e: Heine / Hain
];

/** A spelling-independent form of a folded word: equal skeletons are the same name in other letters. */
export function skeleton(folded: string): string {
  let out = folded;
  for (const [pattern, replacement] of TRANSLITERATION) out = out.replace(pattern, replacement);
  return out;
}

/** The word's sound codes (Double Metaphone primary and alternate). */
export function soundCodes(folded: string): string[] {
  const [primary, alternate] = doubleMetaphone(folded);
  return primary === alternate ? [primary] : [primary, alternate];
}

// Rows for editDistance, reused: it runs thousands of times per story scan.
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (edits, a swap of neighbours counting as one), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length >= rows[0].length) rows.forEach((_, k) => (rows[k] = new Int32Array(b.length * 2)));
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** Equal codes, or a code that only adds a sound at the end of a long one (KMN / KMNH). */
function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** A name word prepared for comparison. */
export interface WordForm {
  folded: string;
  skeleton: string;
  sounds: string[];
}

export function wordForm(folded: string): WordForm {
  return { folded, skeleton: skeleton(folded), sounds: soundCodes(folded) };
}

/**
 * A word's length and first letters packed in a number, so that a search through thousands of
 * dictionary words can pass over those that cannot be alike without touching their forms: bits 0-5
 * the skeleton's length, 6-10 its first letter, 11-31 the first letters of its sound codes.
 */
export function likenessKey(form: WordForm): number {
  let sounds = 0;
  for (const code of form.sounds) sounds |= 1 << (code.length === 0 ? 20 : code.charCodeAt(0) % 20);
  const first = form.skeleton.length === 0 ? 0 : (form.skeleton.charCodeAt(0) % 31) + 1;
  return (Math.min(form.skeleton.length, 63) | (first << 6) | (sounds << 11)) >>> 0;
}

/** The letters a skeleton uses, a bit each. */
export function letterSet(skeleton: string): number {
  let letters = 0;
  for (let i = 0; i < skeleton.length; i++) letters |= 1 << (skeleton.charCodeAt(i) % 32);
  return letters >>> 0;
}

/**
 * False only when wordSimilarity must be 0 for words with these keys and letter sets: neither starts
 * alike, or they are further apart in length or letters than the edits allowed could take them (an edit
 * changes the length by at most one, and adds or removes at most one letter on either side).
 */
export function mayBeAlike(keyA: number, lettersA: number, keyB: number, lettersB: number): boolean {
  const lengthA = keyA & 63;
  const lengthB = keyB & 63;
  const length = Math.max(lengthA, lengthB);
  const edits = length < 4 ? 1 : allowedEdits(length, true);
  if (Math.abs(lengthA - lengthB) > edits) return false;
  if (((keyA >>> 6) & 31) !== ((keyB >>> 6) & 31) && ((keyA >>> 11) & (keyB >>> 11)) === 0) return false;
  return bitCount(lettersA ^ lettersB) <= 2 * edits;
}

/** Edits a word of this skeleton length may differ by and still be the same name. */
function allowedEdits(length: number, soundAlike: boolean): number {
  return (length <= 5 ? 0 : length <= 8 ? 1 : 2) + (soundAlike ? 1 : 0);
}

/** The number of bits set. */
export function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * How alike two name words are, 0 (not the same name) to 1 (the same spelling).
 * Short words must agree closely; a shared sound lets a longer word differ by one more letter.
 * `beside` tells that another word of the same name matched, which lets a short word differ a little.
 */
export function wordSimilarity(a: WordForm, b: WordForm, beside?: 'beside a matching name'): number {
  // Equal spellings have equal skeletons: the skeleton is compared first, as it is needed anyway.
  if (a.skeleton === b.skeleton) return a.folded === b.folded ? 1 : 0.95;
  if (Math.abs(a.skeleton.length - b.skeleton.length) > 3) return 0;
  const length = Math.max(a.skeleton.length, b.skeleton.length);
  // A short word may differ by a letter that keeps its sound (Reid / Reed), but only next to a name
  // word that matches: alone, short words collide too often.
  if (length < 4) {
    const sameSound = a.sounds.some((code) => b.sounds.includes(code));
    return beside && sameSound && editDistance(a.skeleton, b.skeleton, 1) <= 1 ? 0.8 : 0;
  }
  const soundAlike = a.sounds.some((x) => b.sounds.some((y) => soundsAlike(x, y)));
  // Names vary in their middles and ends; a different start must at least sound the same (Qaddafi / Gaddafi).
  const sameStart = a.skeleton[0] === b.skeleton[0] || a.sounds.some((x) => b.sounds.some((y) => x[0] === y[0]));
  if (!sameStart) return 0;
  const allowed = allowedEdits(length, soundAlike);
  const distance = editDistance(a.skeleton, b.skeleton, allowed);
  if (distance > allowed) return 0;
  return 0.9 - (0.3 * distance) / length + (soundAlike ? 0.05 : 0);
}
