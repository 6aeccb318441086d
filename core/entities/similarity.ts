// How alike two name words are, by spelling and by sound, allowing for the ways names change
// between alphabets and languages (Zelenskiy/Zelenskyy/Selenskyj, Gorbatschow/Gorbachev, Tuerk/Türk).
import { doubleMetaphone } from 'double-metaphone';
import { isAscii } from './text';

// Transliteration rules, applied in order to a folded word. Each maps spellings of one sound to one form.
// Each rule names letters at least one of which a word must have for the rule to change it (or a
// doubled letter): most words have none for most rules, and looking for a letter costs far less than
// a replace (this runs for every word of a 100,000-entity dictionary).
const TRANSLITERATION: [RegExp, string, string[] | 'a doubled letter'][] = [
  [/['-]/g, '', ["'", '-']],
  [/(?<=[aeiou])h/g, '', ['h']], // an h after a vowel is often not written: Khamenehi, Teheran, Haniyeh
  [/dsch/g, 'j', ['dsch']], // German for j: Ahmadinedschad, Dschihad
  [/tsch|tch/g, 'ch', ['ch']], // German and English renderings of ч
  [/sch/g, 'sh', ['sch']],
  [/dzh|dj|zh/g, 'j', ['dj', 'zh']],
  [/kh/g, 'h', ['kh']],
  [/ph/g, 'f', ['ph']],
  [/th/g, 't', ['th']],
  [/gh/g, 'g', ['gh']],
  [/q(?=i)/g, 'ch', ['qi']], // pinyin's q sounds ch: Urumqi / Urumchi, Qin / Chin
  [/ck|q|c(?!h)/g, 'k', ['c', 'q']],
  [/x/g, 'ks', ['x']],
  [/w/g, 'v', ['w']],
  [/z/g, 's', ['z']],
  [/j/g, 'y', ['j']],
  [/^ye|^ie/, 'e', ['ye', 'ie']], // Yevgeny / Evgeny
  [/y/g, 'i', ['y']],
  [/ou|ue/g, 'u', ['u']],
  [/ae/g, 'e', ['ae']],
  [/oe/g, 'o', ['oe']],
  [/[ae]i/g, 'i', ['i']], // Greiner / Grayner / Griner, Sergei / Sergey
  [/(.)\1+/g, '$1', 'a doubled letter'], // any word may double a letter
  [/(?<=[^aeiou])e$/, '', ['e']], // a silent final e: Heine / Hain
];

/** Per rule, a bit for the first character of each of its letters, as letterBits gives them (all bits for a doubled letter). */
const RULE_BITS = TRANSLITERATION.map(([, , letters]) => (typeof letters === 'string' ? -1 : letters.reduce((bits, l) => bits | letterBit(l, 0), 0)));

function letterBit(text: string, i: number): number {
  return 1 << (text.charCodeAt(i) % 32);
}

/** A bit for each character of the text (characters 32 apart share one). */
function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= letterBit(text, i);
  return bits;
}

/** A spelling-independent form of a folded word: equal skeletons are the same name in other letters. */
function skeleton(folded: string): string {
  let out = folded;
  // Which characters the word has, to pass over the rules it cannot need without searching it.
  let bits = letterBits(out);
  for (let r = 0; r < TRANSLITERATION.length; r++) {
    const [pattern, replacement, letters] = TRANSLITERATION[r];
    if ((bits & RULE_BITS[r]) === 0 || !(typeof letters === 'string' ? hasDoubledLetter(out) : hasAny(out, letters))) continue;
    const changed = out.replace(pattern, replacement);
    if (changed !== out) bits = letterBits(changed);
    out = changed;
  }
  return out;
}

function hasDoubledLetter(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) === text.charCodeAt(i - 1)) return true;
  return false;
}

function hasAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}


/**
 * Optimal string alignment distance (edits, a swap of neighbours counting as one), at most `limit + 1`
 * (anything further is as far as the caller cares).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const distance = a.length <= 32 && isPrepared(a) ? bitParallelDistance(a, b) : tableDistance(a, b, limit);
  return Math.min(distance, over);
}

// Where each ASCII letter occurs in the word last prepared, a bit per position. A fuzzy lookup compares
// one story word with dozens of dictionary words: the story word is prepared once for all of them.
const positionsOf = new Int32Array(128);
let prepared = '';
let preparedIsAscii = true;

/** Whether `a` is an ASCII word, now prepared in positionsOf. */
function isPrepared(a: string): boolean {
  if (a === prepared) return preparedIsAscii;
  for (let i = 0; i < prepared.length; i++) positionsOf[prepared.charCodeAt(i)] = 0;
  prepared = a;
  preparedIsAscii = isAscii(a);
  if (preparedIsAscii) for (let i = 0; i < a.length; i++) positionsOf[a.charCodeAt(i)] |= 1 << i;
  else prepared = '';
  return preparedIsAscii;
}

/**
 * The distance worked out a column of the table at a time, its cells as bits of two numbers (Hyyrö's
 * bit-parallel algorithm with transpositions, 2003): for ASCII words of up to 32 letters, nearly all
 * names, in a few operations per letter. `a` must be prepared; a letter of `b` beyond ASCII matches none of it.
 */
function bitParallelDistance(a: string, b: string): number {
  const m = a.length;
  if (m === 0) return b.length;
  const last = 1 << (m - 1);
  let distance = m;
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let previousMatches = 0;
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j);
    const matches = code < 128 ? positionsOf[code] : 0;
    const transposed = ((~d0 & matches) << 1) & previousMatches;
    d0 = ((((matches & vp) + vp) | 0) ^ vp) | matches | vn | transposed;
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if (hp & last) distance++;
    else if (hn & last) distance--;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previousMatches = matches;
  }
  return distance;
}

// Rows for tableDistance, reused.
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The distance by the usual table, only its cells within `limit` of the diagonal (the others are further anyway). */
function tableDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (m + 2 >= rows[0].length) rows.forEach((_, k) => (rows[k] = new Int32Array(m * 2 + 2)));
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    // The cells just outside the band read as too far.
    current[from - 1] = from === 1 && i <= limit ? i : over;
    current[to + 1] = over;
    let rowBest = current[from - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m];
}

const SAME_SOUND = 1;
const SOUNDS_ALIKE = 2;
const SOUNDS_START_ALIKE = 4;

/** How two sound codes compare, as bits: the same, alike (see soundsAlike), starting alike. */
function soundBits(x: string, y: string): number {
  return (x === y ? SAME_SOUND : 0) | (soundsAlike(x, y) ? SOUNDS_ALIKE : 0) | (x[0] === y[0] ? SOUNDS_START_ALIKE : 0);
}

/** Equal codes, or a code that only adds a sound at the end of a long one (KMN / KMNH). */
function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length < b.length ? a.length >= 3 && b.startsWith(a) : b.length >= 3 && a.startsWith(b);
}

/** Whether the words' sound codes agree, one sound said twice counting once (Zaporizhzhia's SPRJJ is Zaporozhye's SPRJ). */
export function soundsTheSame(a: WordForm, b: WordForm): boolean {
  const [a1, a2, b1, b2] = [a.sound, a.alternateSound, b.sound, b.alternateSound].map(withoutRepeats);
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

function withoutRepeats(code: string): string {
  return code.replace(/(.)\1+/g, '$1');
}

/**
 * A name word prepared for comparison. Its two sound codes (Double Metaphone's primary and alternate,
 * the same code twice for a word that sounds one way) are fields, not an array: a fuzzy lookup
 * compares dozens of dictionary words' forms, and an array is one more read from memory each.
 */
export interface WordForm {
  folded: string;
  skeleton: string;
  sound: string;
  alternateSound: string;
}

export function wordForm(folded: string): WordForm {
  const [sound, alternateSound] = doubleMetaphone(folded);
  return { folded, skeleton: skeleton(folded), sound, alternateSound };
}

/** How many numbers likenessOf gives. */
export const LIKENESS_NUMBERS = 4;

/**
 * Four numbers that sum a word up, so that a search through thousands of dictionary words can pass
 * over those that cannot be alike without touching their forms:
 * - the skeleton's length (bits 0-5), its first letter (6-10) and its sound codes' first letters (11-31);
 * - the letters the skeleton uses, a bit each;
 * - the first three letters of each sound code, hashed to 12 bits each (codes that sound alike share them);
 * - the letters the skeleton uses twice or more, a bit each.
 */
export function likenessOf(form: WordForm): [number, number, number, number] {
  const { skeleton, sound, alternateSound } = form;
  const starts = soundStartBit(sound) | soundStartBit(alternateSound);
  const first = skeleton.length === 0 ? 0 : (skeleton.charCodeAt(0) % 31) + 1;
  let letters = 0;
  let repeated = 0;
  for (let i = 0; i < skeleton.length; i++) {
    const bit = letterBit(skeleton, i);
    if (letters & bit) repeated |= bit;
    letters |= bit;
  }
  return [
    (Math.min(skeleton.length, 63) | (first << 6) | (starts << 11)) >>> 0,
    letters >>> 0,
    openingHash(sound) | (openingHash(alternateSound) << 12),
    repeated >>> 0,
  ];
}

/** A bit for the first letter of a sound code (bit 20 for an empty code). */
function soundStartBit(code: string): number {
  return 1 << (code.length === 0 ? 20 : code.charCodeAt(0) % 20);
}

/** The first three letters of a sound code, hashed to 12 bits. */
function openingHash(code: string): number {
  let hash = 0;
  for (let i = 0; i < Math.min(code.length, 3); i++) hash = (hash * 31 + code.charCodeAt(i)) % 4093;
  return hash;
}

/**
 * False only when wordSimilarity must be 0 for the words summed up by likenessOf as `a` and as
 * `b[at..at+3]`: neither starts alike, or they are further apart in length or letters than the edits
 * allowed could take them. An edit changes the length by at most one, and the count of at most two
 * letters by one, each of which sets or clears at most one bit of the letters used or used twice; a
 * word that does not sound alike is allowed one edit fewer.
 */
export function mayBeAlike(a: ArrayLike<number>, b: ArrayLike<number>, at = 0): boolean {
  const keyA = a[0];
  const keyB = b[at];
  const lengthA = keyA & 63;
  const lengthB = keyB & 63;
  const length = Math.max(lengthA, lengthB);
  const edits = length < 4 ? 1 : allowedEdits(length, maySoundAlike(a[2], b[at + 2]));
  if (Math.abs(lengthA - lengthB) > edits) return false;
  if (((keyA >>> 6) & 31) !== ((keyB >>> 6) & 31) && ((keyA >>> 11) & (keyB >>> 11)) === 0) return false;
  return bitCount(a[1] ^ b[at + 1]) + bitCount(a[3] ^ b[at + 3]) <= 2 * edits;
}

function maySoundAlike(openingsA: number, openingsB: number): boolean {
  const a1 = openingsA & 4095;
  const a2 = openingsA >>> 12;
  const b1 = openingsB & 4095;
  const b2 = openingsB >>> 12;
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
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
  const sounds =
    soundBits(a.sound, b.sound) | soundBits(a.sound, b.alternateSound) | soundBits(a.alternateSound, b.sound) | soundBits(a.alternateSound, b.alternateSound);
  const soundAlike = (sounds & SOUNDS_ALIKE) !== 0;
  if (length < 4) return beside && (sounds & SAME_SOUND) !== 0 && editDistance(a.skeleton, b.skeleton, 1) <= 1 ? 0.8 : 0;
  // Names vary in their middles and ends; a different start must at least sound the same (Qaddafi / Gaddafi).
  if (a.skeleton[0] !== b.skeleton[0] && !(sounds & SOUNDS_START_ALIKE)) return 0;
  const allowed = allowedEdits(length, soundAlike);
  const distance = editDistance(a.skeleton, b.skeleton, allowed);
  if (distance > allowed) return 0;
  return 0.9 - (0.3 * distance) / length + (soundAlike ? 0.05 : 0);
}
