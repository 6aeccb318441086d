// The buckets of the fuzzy word lookup: dictionary words filed by their sounds, their consonants, and
// the first and last three letters of their skeleton with its length. A variant shares at least one
// bucket with the dictionary word in practice. A story word new to the matcher is looked up in about
// thirteen buckets, so finding one must cost little: a bucket is found in a table of packed keys with
// one read of memory (a Map took several), and its words lie in a row.
import { LIKENESS_NUMBERS, likenessOf, type WordForm } from './similarity';
import { pairHash } from './hashes';

/** A bucket's entry: a word's number, then its likenessOf. */
export const BUCKET_ENTRY = 1 + LIKENESS_NUMBERS;
/** Three letters that hundreds of words share say little: a bucket by spelling this full is passed over (sounds and consonants still find its words). */
const CROWDED_BUCKET = 100;

const SOUND = 0;
const CONSONANTS = 1;
const OPENING = 2;
const ENDING = 3;
const KIND_LETTERS = 'mcps';
const MAX_KEYS = 32;

// The keys of the word last read by keysOf: each packed into two numbers (lo: its kind and five
// letters, hi: five more letters, or an opening's or ending's length), or, when its letters do not
// pack, as text.
const keyLo = new Int32Array(MAX_KEYS);
const keyHi = new Int32Array(MAX_KEYS);
const keyText: (string | null)[] = new Array<string | null>(MAX_KEYS).fill(null);
const keyKind = new Uint8Array(MAX_KEYS);
let keyCount = 0;

/**
 * Reads the keys of a word's buckets into the key arrays: its sounds, its consonants, then for each
 * length from `spread` below the skeleton's to `spread` above, its opening and its ending.
 */
function keysOf(form: WordForm, spread: number): number {
  keyCount = 0;
  const s = form.skeleton;
  addKey(SOUND, form.sound, 0, form.sound.length, -1);
  if (form.alternateSound !== form.sound) addKey(SOUND, form.alternateSound, 0, form.alternateSound.length, -1);
  addConsonantsKey(s);
  // No word has a length below 0: a story word that short looks for nothing there.
  for (let length = Math.max(0, s.length - spread); length <= s.length + spread; length++) {
    addKey(OPENING, s, 0, Math.min(3, s.length), length);
    addKey(ENDING, s, Math.max(0, s.length - 3), s.length, length);
  }
  return keyCount;
}

function addConsonantsKey(s: string): void {
  let consonants = '';
  for (let i = 0; i < s.length; i++) if (!isVowel(s.charCodeAt(i))) consonants += s[i];
  addKey(CONSONANTS, consonants, 0, consonants.length, -1);
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/** Adds the key of letters from..to of `text`, with a length for openings and endings (-1 for none). */
function addKey(kind: number, text: string, from: number, to: number, length: number): void {
  const k = keyCount++;
  keyKind[k] = kind;
  let lo = kind;
  let hi = length === -1 ? 0 : length;
  let packs = to - from <= (length === -1 ? 10 : 5);
  for (let i = 0; packs && i < to - from; i++) {
    const code = letterCode(text.charCodeAt(from + i));
    if (code === 0) packs = false;
    else if (i < 5) lo |= code << (2 + 6 * i);
    else hi |= code << (6 * (i - 5));
  }
  keyLo[k] = lo;
  keyHi[k] = hi;
  keyText[k] = packs ? null : `${KIND_LETTERS[kind]}${text.slice(from, to)}${length === -1 ? '' : length}`;
}

/** Six bits for an ASCII letter or digit (never 0), 0 for anything else. */
function letterCode(code: number): number {
  if (code >= 48 && code <= 57) return code - 47;
  if (code >= 97 && code <= 122) return code - 86;
  if (code >= 65 && code <= 90) return code - 28;
  return 0;
}

export class FuzzyBuckets {
  /** Per slot of the key table: the key's two numbers, then its bucket's first entry and the one after its last (0: an empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Buckets whose keys do not pack: [first entry, the one after] by their text. */
  private readonly textBuckets = new Map<string, [number, number]>();
  /** The entries of all buckets, BUCKET_ENTRY numbers each. */
  readonly entries: Uint32Array;
  /** The ranges rangesOf found: first entry and the one after, two numbers a bucket. */
  readonly ranges = new Int32Array(2 * MAX_KEYS);

  /** Files words by their forms (a word's number is its place among them); a bucket lists its words in order. */
  constructor(forms: readonly WordForm[]) {
    const likeness = forms.map(likenessOf);
    // Each word's keys, kept for the second pass.
    const los: number[] = [];
    const his: number[] = [];
    const texts: (string | null)[] = [];
    const wordOfKey: number[] = [];
    let packed = 0;
    for (let id = 0; id < forms.length; id++) {
      const count = keysOf(forms[id], 0);
      for (let k = 0; k < count; k++) {
        los.push(keyLo[k]);
        his.push(keyHi[k]);
        texts.push(keyText[k]);
        wordOfKey.push(id);
        if (keyText[k] === null) packed++;
      }
    }
    let size = 16;
    while (size < 2 * packed) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(4 * size);
    const taken = new Uint8Array(size);
    // First pass: each bucket's count, in the place of its first entry.
    const counts = new Map<string, number>();
    for (let k = 0; k < los.length; k++) {
      const text = texts[k];
      if (text !== null) counts.set(text, (counts.get(text) ?? 0) + 1);
      else this.slots[4 * this.slotFiled(los[k], his[k], taken) + 2]++;
    }
    // Then each bucket's range, and its entries in the order of its words.
    let at = 0;
    for (let slot = 0; slot <= this.mask; slot++) {
      if (!taken[slot]) continue;
      const count = this.slots[4 * slot + 2];
      this.slots[4 * slot + 2] = at;
      this.slots[4 * slot + 3] = at;
      at += count;
    }
    for (const [text, count] of counts) {
      this.textBuckets.set(text, [at, at]);
      at += count;
    }
    this.entries = new Uint32Array(BUCKET_ENTRY * at);
    for (let k = 0; k < los.length; k++) {
      const text = texts[k];
      let entry: number;
      if (text !== null) entry = this.textBuckets.get(text)![1]++;
      else entry = this.slots[4 * this.slotFiled(los[k], his[k], taken) + 3]++;
      const id = wordOfKey[k];
      this.entries[BUCKET_ENTRY * entry] = id;
      for (let n = 0; n < LIKENESS_NUMBERS; n++) this.entries[BUCKET_ENTRY * entry + 1 + n] = likeness[id][n];
    }
  }

  /**
   * The buckets a story word is looked up in, for lengths `spread` either side of its own, as ranges of
   * entries in `ranges`, in the order of its keys (crowded buckets by spelling left out): returns how
   * many numbers it wrote there.
   */
  rangesOf(form: WordForm, spread: number): number {
    const count = keysOf(form, spread);
    let written = 0;
    for (let k = 0; k < count; k++) {
      let from: number;
      let to: number;
      const text = keyText[k];
      if (text === null) {
        const slot = this.slotOf(keyLo[k], keyHi[k]);
        if (slot === -1) continue;
        from = this.slots[4 * slot + 2];
        to = this.slots[4 * slot + 3];
      } else {
        const range = this.textBuckets.get(text);
        if (range === undefined) continue;
        [from, to] = range;
      }
      if (to - from > CROWDED_BUCKET && keyKind[k] >= OPENING) continue;
      this.ranges[written++] = from;
      this.ranges[written++] = to;
    }
    return written;
  }

  /** The slot of a packed key, or -1. A slot is empty while its range ends at 0 (no bucket is empty). */
  private slotOf(lo: number, hi: number): number {
    for (let slot = pairHash(lo, hi) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = 4 * slot;
      if (this.slots[at + 3] === 0) return -1;
      if (this.slots[at] === lo && this.slots[at + 1] === hi) return slot;
    }
  }

  /** The slot of a packed key while filing, taken if new (`taken` marks the slots in use). */
  private slotFiled(lo: number, hi: number, taken: Uint8Array): number {
    for (let slot = pairHash(lo, hi) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = 4 * slot;
      if (!taken[slot]) {
        taken[slot] = 1;
        this.slots[at] = lo;
        this.slots[at + 1] = hi;
        return slot;
      }
      if (this.slots[at] === lo && this.slots[at + 1] === hi) return slot;
    }
  }
}
