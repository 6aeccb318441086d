// Names filed by their opening (a one-word name's word, a longer name's first two words, joined by a
// space), found by a hash of the words. Every capitalised word of a story is looked up here, once or
// twice, among about a hundred thousand openings: a table of numbers answers with one read of memory,
// where a Map of strings took several, and the story's two words need not be joined into a string.
// The few openings whose hashes collide are looked up by their text.

import { FNV_OFFSET, fnvStep } from './hashes';

const SPACE = 32;

/** The hash of a one-word opening, or of two words with a space between. */
function openingHash(first: string, second?: string): number {
  let hash = hashOn(FNV_OFFSET, first);
  if (second !== undefined) hash = hashOn(fnvStep(hash, SPACE), second);
  // Never 0, which marks an empty slot.
  return hash === 0 ? 1 : hash;
}

function hashOn(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}

/** Marks a hash that two openings share. */
const COLLIDED = -2;

export class OpeningTable {
  /** Per slot: an opening's hash (0 for an empty slot) and its number, or COLLIDED. */
  private slots = new Int32Array(2 * 1024);
  private mask = 1023;
  private filled = 0;
  /** The openings whose hashes collide, by their text. */
  private readonly collided = new Map<string, number>();
  /** While loading, each opening's words, to tell apart openings whose hashes collide. */
  private firstWords: string[] = [];
  private secondWords: (string | undefined)[] = [];

  /**
   * The number of the opening of these words. A new opening gets the next number (0, 1, 2, ... in the
   * order they come). For loading; `finish` afterwards.
   */
  numberOf(first: string, second?: string): number {
    const hash = openingHash(first, second);
    const slot = this.slotOf(hash);
    const opening = this.slots[2 * slot + 1];
    if (this.slots[2 * slot] === 0) return this.fileNew(slot, hash, first, second);
    if (opening !== COLLIDED) {
      if (this.firstWords[opening] === first && this.secondWords[opening] === second) return opening;
      this.slots[2 * slot + 1] = COLLIDED;
      this.collided.set(openingText(this.firstWords[opening], this.secondWords[opening]), opening);
    }
    const text = openingText(first, second);
    let known = this.collided.get(text);
    if (known === undefined) {
      known = this.remember(first, second);
      this.collided.set(text, known);
    }
    return known;
  }

  /** Lets go of what only loading needed. */
  finish(): void {
    this.firstWords = [];
    this.secondWords = [];
  }

  /** The number of the opening of these words, or -1. */
  find(first: string, second?: string): number {
    const slot = this.slotOf(openingHash(first, second));
    if (this.slots[2 * slot] === 0) return -1;
    const opening = this.slots[2 * slot + 1];
    if (opening !== COLLIDED) return opening;
    return this.collided.get(openingText(first, second)) ?? -1;
  }

  private fileNew(slot: number, hash: number, first: string, second: string | undefined): number {
    const opening = this.remember(first, second);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = opening;
    if (2 * ++this.filled > this.mask) this.grow();
    return opening;
  }

  private remember(first: string, second: string | undefined): number {
    this.firstWords.push(first);
    this.secondWords.push(second);
    return this.firstWords.length - 1;
  }

  /** The slot that holds this hash, or the empty one where it would go. */
  private slotOf(hash: number): number {
    let slot = hash & this.mask;
    while (this.slots[2 * slot] !== hash && this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = old.length - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === 0) continue;
      const slot = this.slotOf(old[at]);
      this.slots[2 * slot] = old[at];
      this.slots[2 * slot + 1] = old[at + 1];
    }
  }
}

function openingText(first: string, second: string | undefined): string {
  return second === undefined ? first : `${first} ${second}`;
}
