// Words as the matcher sees them: folded for comparison, with their offsets, case and place in the sentence.
import { NAME_SUFFIXES, PLACE_ABBREVIATIONS, TITLES } from './words';
import { FNV_OFFSET, fnvStep } from './hashes';

/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ø: 'o', ł: 'l', đ: 'dj', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th', ə: 'a', '’': "'", ʼ: "'", ʻ: "'",
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Lower case, without diacritics, one kind of apostrophe. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (isAscii(lower)) return lower;
  return lower
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** How a word joins the one before: a space, a hyphen, or anything else (punctuation, a line break). */
export type Joining = 'space' | 'hyphen' | 'break';
const JOININGS: readonly Joining[] = ['space', 'hyphen', 'break'];
const [SPACE, HYPHEN, BREAK] = [0, 1, 2];

const CAPITALISED = 1;
const ALL_CAPS = 2;
const SENTENCE_START = 4;
const POSSESSIVE = 8;
const JOINING_SHIFT = 4;

/**
 * A word of a text. Its yes-or-no facts are bits of one number: a 20,000-word story keeps all its
 * tokens while it is scanned, and an object of four fields is half the memory of one of nine.
 */
export class Token {
  constructor(
    /** The word as written, without a possessive 's. */
    readonly text: string,
    readonly folded: string,
    readonly start: number,
    private flags: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** Starts with a capital letter. */
  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }

  /** Two or more letters, all capitals (an acronym, or a shouted headline). */
  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  /** First word of a sentence, a quotation or the text. */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  set sentenceStart(value: boolean) {
    this.flags = value ? this.flags | SENTENCE_START : this.flags & ~SENTENCE_START;
  }

  get joined(): Joining {
    return JOININGS[this.flags >> JOINING_SHIFT];
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
}

/** A folded initial: one letter, with or without its dot ("g."). */
/** Two or three letters each followed by its dot, as a folded word ("m.s."). */
const DOTTED_INITIALS = /^(?:\p{L}\.){2,3}$/u;

/** A folded word as the words it stands for in a name: initials written together ("m.s.") are initials each. */
export function asNameWords(folded: string): string[] {
  if (!DOTTED_INITIALS.test(folded)) return [folded];
  const initials: string[] = [];
  for (let k = 0; k < folded.length; k += 2) initials.push(folded.slice(k, k + 2));
  return initials;
}

export function isInitial(folded: string): boolean {
  return folded.length === 1 || (folded.length === 2 && folded[1] === '.');
}

// A word: acronyms with dots ("U.S."), or letters and digits with inner apostrophes ("O'Brien", "Greiner's").
export const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const APOSTROPHES = "'’ʼ";
const SENTENCE_BREAKS = [...'.!?…:;“"«‘(\n'].map((c) => c.charCodeAt(0));

// The text being tokenized, its characters read once into numbers: each is looked at several times
// (to find the word, to hash it, to compare it with a shared one), and a number in an array costs
// a fraction of charCodeAt. Two zeros follow the text (no letter, digit or mark), so a look one or
// two characters past a word needs no test of the length. Only tokenize reads them, start to
// finish, and it calls nothing that tokenizes.
let codes = new Uint16Array(4096);
let codesLength = 0;

function readCodes(text: string): void {
  if (text.length + 2 > codes.length) codes = new Uint16Array(Math.max(text.length + 2, 2 * codes.length));
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  codes[text.length] = 0;
  codes[text.length + 1] = 0;
  codesLength = text.length;
}

export function tokenize(text: string): Token[] {
  readCodes(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let span = nextWord(text, 0); span; span = nextWord(text, previousEnd)) {
    const start = span[0];
    readWord(text, start, span[1]);
    const { word, possessive } = read;
    const joined = joinBetween(previousEnd, start);
    const sentenceStart = tokens.length === 0 || (joined !== SPACE && breaksSentence(previousEnd, start));
    const flags =
      (isCapitalised(word) ? CAPITALISED : 0) |
      (isAllCaps(word) ? ALL_CAPS : 0) |
      (sentenceStart ? SENTENCE_START : 0) |
      (possessive ? POSSESSIVE : 0) |
      (joined << JOINING_SHIFT);
    tokens.push(new Token(word, read.folded, start, flags));
    previousEnd = read.end;
  }
  return tokens;
}

/** The word readWord read last: as written, folded, where it ends, and whether it had a possessive 's. */
const read = { word: '', folded: '', end: 0, possessive: false };

function readWord(text: string, start: number, end: number): void {
  const plain = plainLowerCaseWord(text, start, end);
  if (plain !== null) {
    read.word = read.folded = plain;
    read.end = end;
    read.possessive = false;
    return;
  }
  let word = text.slice(start, end);
  let folded = fold(word);
  // An initial ("W."), an abbreviated title ("Mr.") or suffix ("Jr.") keeps its dot, so the dot does not end a sentence.
  if (codes[end] === 46) {
    const abbreviation = folded + '.';
    if (word.length === 1 || TITLES.has(abbreviation) || NAME_SUFFIXES.has(abbreviation) || PLACE_ABBREVIATIONS.has(abbreviation)) {
      word += '.';
      folded = abbreviation;
      end += 1;
    }
  }
  const possessive = word.length > 2 && isPossessive(word);
  if (possessive) {
    word = word.slice(0, -2);
    folded = fold(word);
  }
  read.word = word;
  read.folded = folded;
  read.end = end;
  read.possessive = possessive;
}

// Most words of a story are short lower-case ASCII words, the same ones again and again, in story
// after story. Each is made into a string once and shared: no slicing and folding, and, as a string
// keeps its hash, no hashing it again for every lookup by word. An open-addressing table by a hash
// of the letters, emptied when half full.
const SHARED_SLOTS = 1 << 16;
const sharedWords: (string | undefined)[] = new Array<string | undefined>(SHARED_SLOTS).fill(undefined);
const sharedHashes = new Int32Array(SHARED_SLOTS);
let sharedCount = 0;
/** Longer slices of a text are views of it: a shared one would keep its paragraph. */
const SHARED_MAX_LENGTH = 12;

/**
 * The word from start to end as a shared string, if it is lower-case ASCII letters and digits (so its
 * own folded form) and no dot follows (it may be an abbreviation); null otherwise.
 */
function plainLowerCaseWord(text: string, start: number, end: number): string | null {
  if (end - start > SHARED_MAX_LENGTH || codes[end] === 46) return null;
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const code = codes[i];
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return null;
    hash = fnvStep(hash, code);
  }
  if (sharedCount >= SHARED_SLOTS / 2) {
    sharedWords.fill(undefined);
    sharedCount = 0;
  }
  for (let slot = hash & (SHARED_SLOTS - 1); ; slot = (slot + 1) & (SHARED_SLOTS - 1)) {
    const word = sharedWords[slot];
    if (word === undefined) {
      const made = text.slice(start, end);
      sharedWords[slot] = made;
      sharedHashes[slot] = hash;
      sharedCount++;
      return made;
    }
    if (sharedHashes[slot] === hash && spelledAt(word, start, end)) return word;
  }
}

function spelledAt(word: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== codes[start + k]) return false;
  return true;
}

// Where the next word is: [start, end), or null at the end. Read letter by letter while the text is
// ASCII; from a character beyond ASCII, found by the WORD pattern (the definition of a word), as a
// regular expression costs several times as much per word. Tested against WORD on mixed text.
const found: [number, number] = [0, 0];

function nextWord(text: string, from: number): [number, number] | null {
  const c = codes;
  for (let i = from; i < codesLength; i++) {
    const code = c[i];
    if (code >= 0x80) return wordByPattern(text, i);
    if (!isAsciiAlphanumeric(code)) continue;
    // Letters each followed by a dot, at least two ("U.S."), else letters and digits with inner apostrophes.
    let end = i;
    while (isAsciiLetter(c[end]) && c[end + 1] === 46) end += 2;
    if (c[end] >= 0x80) return wordByPattern(text, i);
    if (end - i < 4) {
      end = i;
      while (isAsciiAlphanumeric(c[end])) end++;
      while (c[end] === 39 && isAsciiLetter(c[end + 1])) {
        end += 2;
        while (isAsciiLetter(c[end])) end++;
      }
      // A letter, mark or apostrophe beyond ASCII may carry the word on.
      if (c[end] >= 0x80 || (c[end] === 39 && c[end + 1] >= 0x80)) return wordByPattern(text, i);
    }
    found[0] = i;
    found[1] = end;
    return found;
  }
  return null;
}

function wordByPattern(text: string, from: number): [number, number] | null {
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  if (!match) return null;
  found[0] = match.index;
  found[1] = match.index + match[0].length;
  return found;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

// The checks below run for every word of a story: letter loops, not regular expressions.

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Ends in 's after an apostrophe of any kind. */
function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 115 || last === 83) && APOSTROPHES.includes(word[word.length - 2]);
}

/** Whether the text between two words ends a sentence, a quotation or a line. */
function breaksSentence(from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // A straight double quote opens a quotation only before a word: '," Macy said' goes on.
    if (codes[i] === 34 && isSpace(codes[i + 1])) continue;
    if (SENTENCE_BREAKS.includes(codes[i])) return true;
  }
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || (code >= 9 && code <= 13);
}

/** How a word joins the one before: spaces (no-break ones too), one hyphen, or anything else. */
/** How the word at `to` joins the one ending at `from`, as its number in JOININGS. */
function joinBetween(from: number, to: number): number {
  if (to === from) return BREAK;
  if (to === from + 1 && codes[from] === 45) return HYPHEN;
  for (let i = from; i < to; i++) {
    const code = codes[i];
    if (code !== 32 && code !== 0xa0) return BREAK;
  }
  return SPACE;
}

// Most words are plain ASCII: they are checked letter by letter, the rest by Unicode classes.
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Two or more letters, all capitals. */
function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    // Most words have a lower-case ASCII letter, and most of those first.
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
    else if (!((code >= 48 && code <= 57) || code === 39 || code === 46)) return isAllCapsBeyondAscii(word);
  }
  return letters >= 2;
}

function isAllCapsBeyondAscii(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A spelling as DESIGN.md compares it: without diacritics, first letters in any case (all of it, in capitals). */
export function comparable(text: string): string {
  if (isAscii(text)) return comparablePlain(text);
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'");
  if (plain === plain.toUpperCase()) return plain.toLowerCase();
  return plain.replace(/(^|[\s-])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toLowerCase());
}

/** comparable() for ASCII text, letter by letter: every mention a scan finds is compared so. */
function comparablePlain(text: string): string {
  let lowered = '';
  let copied = 0;
  let anyLower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) anyLower = true;
    else if (code >= 65 && code <= 90 && (i === 0 || startsWord(text.charCodeAt(i - 1)))) {
      lowered += text.slice(copied, i) + String.fromCharCode(code + 32);
      copied = i + 1;
    }
  }
  return anyLower ? lowered + text.slice(copied) : text.toLowerCase();
}

/** An ASCII space or hyphen, after which a letter starts a word. */
function startsWord(code: number): boolean {
  return code === 32 || code === 45 || (code >= 9 && code <= 13);
}
