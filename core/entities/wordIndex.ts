// Every word of the dictionary names, numbered, with its comparison form and the entities that use it,
// filed for fuzzy lookup: which dictionary words a story word may be another spelling of. Kept in flat
// arrays of numbers where it can be, as a 100,000-entity dictionary has hundreds of thousands of uses.
import { likenessOf, mayBeAlike, wordForm, wordSimilarity, type WordForm } from './similarity';
import { BUCKET_ENTRY, FuzzyBuckets } from './fuzzyBuckets';
import { WordPairs } from './wordPairs';

/** What a dictionary word is for an entity: 'joined' is a place's words written as one ("Chiangmai"). */
export type WordRole = 'single' | 'surname' | 'given' | 'part' | 'joined';

export interface WordMatch {
  word: string;
  score: number;
  /** The entities that use the word, each packed with its role (see useEntity and useRole): a common name has hundreds. */
  uses: Int32Array;
}

/**
 * The dictionary words found alike to a story word, best first: their numbers and scores. Typed
 * arrays, as an empty list and a full one are then one shape to the code that reads them (an empty
 * array literal is not, and code compiled for one is thrown away when the other comes).
 */
interface AlikeWords {
  ids: Int32Array;
  scores: Float64Array;
}

const ROLES: readonly WordRole[] = ['single', 'surname', 'given', 'part', 'joined'];
/** Bits of a packed use that hold its role. */
const ROLE_BITS = 3;

/** The entity of a packed use. */
export function useEntity(use: number): number {
  return use >> ROLE_BITS;
}

/** The role of a packed use. */
export function useRole(use: number): WordRole {
  return ROLES[use & ((1 << ROLE_BITS) - 1)];
}

const CACHE_LIMIT = 50_000;

export class WordIndex {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /**
   * Every word's comparison form, made once all words are in, one after another: they then lie
   * together in memory, and a lookup compares dozens of them.
   */
  private forms: WordForm[] = [];
  /**
   * Each word's uses, packed as the entity shifted by ROLE_BITS, plus the role's number: word w's are useList[useStart[w]] up to
   * useStart[w + 1]. Gathered in the order they come while the dictionary is added, then put in place once.
   */
  private useStart = new Int32Array(1);
  private useList = new Int32Array(0);
  /** The uses as they come while adding, each beside its word in addedEntityWords. */
  private readonly addedUses: number[] = [];
  /** Each word's latest use while adding: an entity's words come one after another, so a repeat can only be the last. */
  private readonly lastUse: number[] = [];
  /** Each entity's words as they come while adding: entity e's from addedEntityWords[addedEntityStart[e]]. */
  private readonly addedEntityWords: number[] = [];
  private readonly addedEntityStart: number[] = [];
  /** The words filed for fuzzy lookup, once loading is done. */
  private buckets = new FuzzyBuckets([]);
  /** A stamp per word: marks the words one lookup has compared, or one candidate search has marked. */
  private stamps = new Int32Array(0);
  private stamp = 0;
  /** A stamp per entity: marks the entities one candidate search has weighed. */
  private entityStamps = new Int32Array(0);
  /** For the words stamped by a candidate search: which story word they are like (-1: two of them). */
  private storyWordOf = new Int32Array(0);
  /** Which entities have two words: made once loading is done. */
  private pairs = new WordPairs(new Int32Array(1), new Int32Array(0));
  private readonly aloneCache = new Map<string, AlikeWords>();
  private readonly matchCache = new Map<string, WordMatch[]>();
  /** Short words' matches beside another matching word of a name, which may differ a little more. */
  private readonly besideCache = new Map<string, AlikeWords>();
  /** Comparison forms of story words, which recur from paragraph to paragraph. */
  private readonly storyForms = new Map<string, WordForm>();

  /** Files a word of one of the entity's names (entities come in order, each with all its words): its number. */
  add(word: string, entity: number, role: WordRole): number {
    while (this.addedEntityStart.length <= entity) this.addedEntityStart.push(this.addedEntityWords.length);
    let id = this.idAmongWordsOf(entity, word) ?? this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.lastUse.push(-1);
    }
    const use = (entity << ROLE_BITS) | ROLES.indexOf(role);
    if (this.lastUse[id] !== use) {
      this.lastUse[id] = use;
      this.addedUses.push(use);
      this.addedEntityWords.push(id);
    }
    return id;
  }

  /** The word with this number. */
  wordAt(id: number): string {
    return this.words[id];
  }

  /** Puts what was gathered while adding in place: the uses word by word (a counting sort keeps their order), and the buckets. */
  finish(): void {
    const start = new Int32Array(this.words.length + 1);
    for (const id of this.addedEntityWords) start[id + 1]++;
    for (let id = 0; id < this.words.length; id++) start[id + 1] += start[id];
    const list = new Int32Array(this.addedUses.length);
    const next = start.slice(0, this.words.length);
    this.addedEntityWords.forEach((id, k) => (list[next[id]++] = this.addedUses[k]));
    [this.useStart, this.useList] = [start, list];
    this.forms = this.words.map(wordForm);
    this.buckets = new FuzzyBuckets(this.forms);
    this.pairs = new WordPairs(Int32Array.from([...this.addedEntityStart, this.addedEntityWords.length]), Int32Array.from(this.addedEntityWords));
    this.stamps = new Int32Array(this.words.length);
    this.storyWordOf = new Int32Array(this.words.length);
    this.entityStamps = new Int32Array(this.addedEntityStart.length);
    this.addedEntityStart.length = 0;
    this.addedEntityWords.length = 0;
    this.addedUses.length = 0;
    this.lastUse.length = 0;
  }

  /** The word's number if the entity being added has it already: an alias often repeats a word of the name (a surname). */
  private idAmongWordsOf(entity: number, word: string): number | undefined {
    for (let k = this.addedEntityStart[entity]; k < this.addedEntityWords.length; k++) {
      const id = this.addedEntityWords[k];
      if (this.words[id] === word) return id;
    }
    return undefined;
  }

  /** The comparison form of a folded word, the dictionary's own where it has the word. */
  formOf(word: string): WordForm {
    const id = this.ids.get(word);
    if (id !== undefined) return this.forms[id];
    let form = this.storyForms.get(word);
    if (!form) {
      if (this.storyForms.size >= CACHE_LIMIT) this.storyForms.clear();
      form = wordForm(word);
      this.storyForms.set(word, form);
    }
    return form;
  }

  /** Dictionary words alike in spelling or sound to a folded story word standing alone, best first. */
  similarWords(folded: string): WordMatch[] {
    let matches = this.matchCache.get(folded);
    if (!matches) {
      const { ids, scores } = this.lookUp(folded, false);
      matches = [];
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        matches.push({ word: this.words[id], score: scores[k], uses: this.useList.subarray(this.useStart[id], this.useStart[id + 1]) });
      }
      if (this.matchCache.size >= CACHE_LIMIT) this.matchCache.clear();
      this.matchCache.set(folded, matches);
    }
    return matches;
  }

  /**
   * The entities with name words that the folded story words can stand for inside a name: alike in
   * spelling or sound, or, for a short word, close enough beside another word that matches (Trevor
   * Reid). With `atLeast` 2, two of the story words must each find a word of the entity's (the same
   * word may serve both); with 1, any one will do.
   */
  entitiesLike(folded: readonly string[], atLeast: 1 | 2): number[] {
    const alike: Int32Array[] = [];
    for (let k = 0; k < folded.length; k++) alike.push(this.lookUp(folded[k], true).ids);
    const stamp = this.nextStamp();
    const entities: number[] = [];
    if (atLeast === 1) {
      for (const ids of alike) for (let n = 0; n < ids.length; n++) this.takeUses(ids[n], stamp, entities);
      return entities;
    }
    // A dictionary word alike to two of the story words brings its entities by itself ...
    for (let k = 0; k < alike.length; k++) {
      const ids = alike[k];
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n];
        if (this.stamps[id] !== stamp) {
          this.stamps[id] = stamp;
          this.storyWordOf[id] = k;
        } else if (this.storyWordOf[id] !== k && this.storyWordOf[id] !== -1) {
          this.storyWordOf[id] = -1;
          this.takeUses(id, stamp, entities);
        }
      }
    }
    // ... and two different ones bring the entities that have both.
    for (let k = 0; k < alike.length; k++)
      for (let l = k + 1; l < alike.length; l++)
        for (const a of alike[k])
          for (const b of alike[l]) if (a !== b) this.take(this.pairs.entitiesWith(a, b), stamp, entities);
    return entities;
  }

  /** Adds the entities that use word `id` to those a search with this stamp has found. */
  private takeUses(id: number, stamp: number, found: number[]): void {
    for (let k = this.useStart[id]; k < this.useStart[id + 1]; k++) this.takeEntity(useEntity(this.useList[k]), stamp, found);
  }

  private take(entities: Int32Array, stamp: number, found: number[]): void {
    for (let k = 0; k < entities.length; k++) this.takeEntity(entities[k], stamp, found);
  }

  /** Each entity is listed once, however many of its words are alike. */
  private takeEntity(entity: number, stamp: number, found: number[]): void {
    if (this.entityStamps[entity] === stamp) return;
    this.entityStamps[entity] = stamp;
    found.push(entity);
  }

  /**
   * The entities whose names have one of these folded words as it is, counting only words that at
   * most `limit` names have: a name written with two of its words as one ("Abdulhamid Dbeibah") has
   * only one word left to find it by, and only a rare one is worth the search.
   */
  entitiesWithRareWord(folded: readonly string[], limit: number): number[] {
    const stamp = this.nextStamp();
    const entities: number[] = [];
    for (const word of folded) {
      const id = this.ids.get(word);
      if (id !== undefined && this.useStart[id + 1] - this.useStart[id] <= limit) this.takeUses(id, stamp, entities);
    }
    return entities;
  }

  private lookUp(folded: string, inName: boolean): AlikeWords {
    const form = this.formOf(folded);
    // Only a short word compares differently beside a matching one (see wordSimilarity).
    const beside = inName && form.skeleton.length < 4;
    const cache = beside ? this.besideCache : this.aloneCache;
    const cached = cache.get(folded);
    if (cached) return cached;
    const stamp = this.nextStamp();
    const likeness = likenessOf(form);
    const ids: number[] = [];
    const scores: number[] = [];
    const words = this.buckets.entries;
    const ranges = this.buckets.ranges;
    const count = this.buckets.rangesOf(form, 2);
    for (let r = 0; r < count; r += 2) {
      for (let k = ranges[r]; k < ranges[r + 1]; k++) {
        // The likeness beside the word's number first: it rules out most words without a read elsewhere in memory.
        if (!mayBeAlike(likeness, words, BUCKET_ENTRY * k + 1)) continue;
        const id = words[BUCKET_ENTRY * k];
        if (this.stamps[id] === stamp) continue;
        this.stamps[id] = stamp;
        const other = this.forms[id];
        const score = wordSimilarity(form, other) || (beside ? wordSimilarity(form, other, 'beside a matching name') : 0);
        if (score > 0) {
          ids.push(id);
          scores.push(score);
        }
      }
    }
    const found = bestFirst(ids, scores);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(folded, found);
    return found;
  }

  private nextStamp(): number {
    return ++this.stamp;
  }
}

/** The words found, best first; of equal scores, the first found first. An insertion sort: a lookup finds a few words. */
function bestFirst(ids: readonly number[], scores: readonly number[]): AlikeWords {
  const sorted: AlikeWords = { ids: new Int32Array(ids.length), scores: new Float64Array(ids.length) };
  for (let k = 0; k < ids.length; k++) {
    let at = k;
    for (; at > 0 && sorted.scores[at - 1] < scores[k]; at--) {
      sorted.ids[at] = sorted.ids[at - 1];
      sorted.scores[at] = sorted.scores[at - 1];
    }
    sorted.ids[at] = ids[k];
    sorted.scores[at] = scores[k];
  }
  return sorted;
}
