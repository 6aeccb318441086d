// Names filed by their opening (a one-word name's word, a longer name's first two words, joined by a
// space), found by a hash of the words. Every capitalised word of a story is looked up here, once or
// twice, among about a hundred thousand openings: a table of numbers answers with one read of memory,
// where a Map of strings took several, and the story's two words need not be joined into a string.
// The few openings whose hashes collide are looked up by their text.

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const SPACE = 32;

/** The hash of a one-word opening, or of two words with a space between. */
function openingHash(first: string, second?: string): number {
  let hash = hashOn(FNV_OFFSET, first);
  if (second !== undefined) hash = hashOn(Math.imul(hash ^ SPACE, FNV_PRIME), second);
  // Never 0, which marks an empty slot.
  return hash === 0 ? 1 : hash;
}

function hashOn(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Marks a hash that two openings share. */
const COLLIDED = -2;

export class OpeningTable {
  /** Per slot: an opening's hash (0 for an empty slot) and its number, or COLLIDED. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The openings whose hashes collide, by their text. */
  private readonly collided = new Map<string, number>();

  /** A table of the openings (texts by their numbers). */
  constructor(openings: ReadonlyMap<string, number>) {
    let size = 1024;
    while (size < 2 * openings.size) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (const [text, opening] of openings) {
      const hash = openingHash(text);
      const slot = this.slotOf(hash);
      if (this.slots[2 * slot] === 0) {
        this.slots[2 * slot] = hash;
        this.slots[2 * slot + 1] = opening;
        continue;
      }
      const other = this.slots[2 * slot + 1];
      if (other !== COLLIDED) for (const [t, o] of openings) if (o === other) this.collided.set(t, o);
      this.slots[2 * slot + 1] = COLLIDED;
      this.collided.set(text, opening);
    }
  }

  /** The number of the opening of these words, or -1. */
  find(first: string, second?: string): number {
    const slot = this.slotOf(openingHash(first, second));
    if (this.slots[2 * slot] === 0) return -1;
    const opening = this.slots[2 * slot + 1];
    if (opening !== COLLIDED) return opening;
    return this.collided.get(second === undefined ? first : `${first} ${second}`) ?? -1;
  }

  /** The slot that holds this hash, or the empty one where it would go. */
  private slotOf(hash: number): number {
    let slot = hash & this.mask;
    while (this.slots[2 * slot] !== hash && this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }
}
