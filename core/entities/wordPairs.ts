// Which entities have two given dictionary words among their names' words. A search for the names like
// two story words then probes pairs of alike words, a few dozen, instead of walking every entity that
// has one of them: a common given name alone is in hundreds of names.
import { pairHash } from './hashes';

/** An open-addressing table of word pairs (smaller number first), each with the entities that have both words. */
export class WordPairs {
  /**
   * Each slot's pair, its two words side by side (-1 first for an empty slot): most probes find no
   * pair, and read one place in memory to learn it.
   */
  private readonly pairs: Int32Array;
  private readonly mask: number;
  /** Slot s's entities are entities[start[s]] up to start[s + 1], in dictionary order. */
  private readonly start: Int32Array;
  private readonly entities: Int32Array;
  /**
   * Per word, 128 bits, one set for each word it pairs with (by a hash of the partner): most pairs a
   * search probes do not exist, and these few numbers, read again and again, rule out most of them
   * without a probe of the large table.
   */
  private readonly partners: Int32Array;

  /** Entity e's words are entityWords[entityStart[e]] up to entityStart[e + 1], repeats allowed. */
  constructor(entityStart: Int32Array, entityWords: Int32Array) {
    const { lows, highs, entities, count } = pairsOf(entityStart, entityWords);
    let words = 0;
    for (let k = 0; k < entityWords.length; k++) words = Math.max(words, entityWords[k] + 1);
    this.partners = new Int32Array(PARTNER_NUMBERS * words);
    for (let p = 0; p < count; p++) {
      this.markPartner(lows[p], highs[p]);
      this.markPartner(highs[p], lows[p]);
    }
    let size = 16;
    while (size < 2 * count) size *= 2;
    this.mask = size - 1;
    this.pairs = new Int32Array(2 * size).fill(-1);
    // Each pair's slot, then the slots' entities in place (a counting sort keeps dictionary order).
    const slots = new Int32Array(count);
    const start = new Int32Array(size + 1);
    for (let p = 0; p < count; p++) {
      slots[p] = this.slotFor(lows[p], highs[p]);
      start[slots[p] + 1]++;
    }
    for (let s = 0; s < size; s++) start[s + 1] += start[s];
    this.start = start;
    this.entities = new Int32Array(count);
    const next = start.slice(0, size);
    for (let p = 0; p < count; p++) this.entities[next[slots[p]]++] = entities[p];
  }

  /** The entities that have both words (two different word numbers), in dictionary order; empty if none. */
  entitiesWith(a: number, b: number): Int32Array {
    if (!this.mayPair(a, b) || !this.mayPair(b, a)) return NONE;
    const slot = this.find(Math.min(a, b), Math.max(a, b));
    return slot < 0 ? NONE : this.entities.subarray(this.start[slot], this.start[slot + 1]);
  }

  private markPartner(word: number, partner: number): void {
    const bit = partnerBit(partner);
    this.partners[PARTNER_NUMBERS * word + (bit >>> 5)] |= 1 << (bit & 31);
  }

  /** False if the word pairs with no word of the partner's bit (so not with the partner); a word beyond the table pairs with none. */
  private mayPair(word: number, partner: number): boolean {
    const bit = partnerBit(partner);
    const at = PARTNER_NUMBERS * word + (bit >>> 5);
    return at < this.partners.length && (this.partners[at] & (1 << (bit & 31))) !== 0;
  }

  private find(low: number, high: number): number {
    for (let slot = pairHash(low, high) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.pairs[2 * slot];
      if (at === -1) return -1;
      if (at === low && this.pairs[2 * slot + 1] === high) return slot;
    }
  }

  /** The pair's slot, taken if it is new. */
  private slotFor(low: number, high: number): number {
    for (let slot = pairHash(low, high) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.pairs[2 * slot];
      if (at === low && this.pairs[2 * slot + 1] === high) return slot;
      if (at === -1) {
        this.pairs[2 * slot] = low;
        this.pairs[2 * slot + 1] = high;
        return slot;
      }
    }
  }
}

const NONE = new Int32Array(0);
/** Numbers per word of the partners' bits: 128 bits. */
const PARTNER_NUMBERS = 4;

/** A partner word's bit, 0 to 127. */
function partnerBit(word: number): number {
  return Math.imul(word, 0x9e3779b1) >>> 25;
}

/** Each pair of different words of each entity, once, smaller word number first, in dictionary order. */
function pairsOf(entityStart: Int32Array, entityWords: Int32Array): { lows: Int32Array; highs: Int32Array; entities: Int32Array; count: number } {
  const entityCount = entityStart.length - 1;
  // At most this many pairs: an entity's repeated words make fewer.
  let most = 0;
  for (let e = 0; e < entityCount; e++) {
    const words = entityStart[e + 1] - entityStart[e];
    most += (words * (words - 1)) / 2;
  }
  const lows = new Int32Array(most);
  const highs = new Int32Array(most);
  const entities = new Int32Array(most);
  let count = 0;
  for (let entity = 0; entity < entityCount; entity++) {
    const from = entityStart[entity];
    const to = entityStart[entity + 1];
    for (let i = from; i < to; i++) {
      const a = entityWords[i];
      if (repeated(entityWords, from, i, a)) continue;
      for (let j = i + 1; j < to; j++) {
        const b = entityWords[j];
        if (b === a || repeated(entityWords, from, j, b)) continue;
        lows[count] = Math.min(a, b);
        highs[count] = Math.max(a, b);
        entities[count++] = entity;
      }
    }
  }
  return { lows, highs, entities, count };
}

/** Whether the word is among list[from] up to list[at], exclusive. */
function repeated(list: Int32Array, from: number, at: number, word: number): boolean {
  for (let k = from; k < at; k++) if (list[k] === word) return true;
  return false;
}
