// The matcher: every name and alias of the enabled dictionaries, indexed for exact lookup by first word
// and for fuzzy lookup of single words by sound and spelling, so a long story scans quickly.
import type { EntityRef, MatchKind } from '../story/annotations';
import type { DictionaryEntity } from './types';
import { comparable, tokenize } from './text';
import { letterSet, likenessKey, mayBeAlike, wordForm, wordSimilarity, type WordForm } from './similarity';
import { NAME_SUFFIXES, PARTICLES } from './words';

/** How a name word must be written in the story: any case, capitalised, or in capitals (acronyms). */
export type CaseRule = 'any' | 'capitalised' | 'capitals';

export interface NameEntry {
  entity: number;
  kind: 'canonical' | 'alias';
  /** The name as the dictionary spells it. */
  source: string;
  words: string[];
  cases: CaseRule[];
  /** The words that carry the name (particles like "al", "bin", "von" left out). */
  significant: string[];
  /** Hyphenated parts written as one word ("Jong-un" as "jongun"), also written that way in stories. */
  compounds: string[];
}

/** What a dictionary word is for an entity. */
export type WordRole = 'single' | 'surname' | 'given' | 'part';

export interface WordUse {
  entity: number;
  role: WordRole;
}

export interface IndexedEntity {
  ref: EntityRef;
  names: NameEntry[];
  isPerson: boolean;
  surname: string | null;
  given: string | null;
}

/** Names written alike, word for word and case for case: one check in a story tells for all of them. */
export interface Spelling {
  words: string[];
  cases: CaseRule[];
  names: NameEntry[];
}

export interface WordMatch {
  word: string;
  score: number;
  uses: WordUse[];
}

/** A name's words prepared for alignment: each word's form, and (when first asked) each word written together with the next. */
export class AlignedWords {
  readonly forms: WordForm[];
  private readonly joined: (WordForm | null | undefined)[];

  constructor(
    private readonly folded: readonly string[],
    private readonly formOf: (word: string) => WordForm,
  ) {
    this.forms = folded.map(formOf);
    this.joined = new Array<undefined>(folded.length);
  }

  /** Words k and k+1 as one word ("Jin-ping"/"Jinping"); "Jr." is never written into the surname (Ferdinand Marcos is not Ferdinand Marcos Jr.). */
  joinedAt(k: number): WordForm | null {
    let form = this.joined[k];
    if (form === undefined) {
      const next = this.folded[k + 1];
      form = next !== undefined && !NAME_SUFFIXES.has(next) ? this.formOf(this.folded[k] + next) : null;
      this.joined[k] = form;
    }
    return form;
  }
}

const FUZZY_CACHE_LIMIT = 50_000;
const CROWDED_BUCKET = 100;

export class EntityMatcher {
  readonly entities: IndexedEntity[] = [];
  /** Entity indexes by id, built when first asked for (only re-scans need it). */
  private byId: Map<string, number> | null = null;
  /** Names by their opening, a one-word name by its word, a longer one by its first two words ("kim jong"); alike ones together. */
  readonly byOpening = new Map<string, Spelling[]>();
  /** First words of names longer than one word: only after these is a two-word opening looked up. */
  readonly longerNameStarts = new Set<string>();
  /** First words of names that may be written in lower case ("al", "de"): only these open a name on a lower-case word. */
  readonly lowerCaseStarts = new Set<string>();
  /** Every dictionary word, by number: its spelling, comparison form and uses. */
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly forms: WordForm[] = [];
  /** Each word's likenessKey and letterSet, side by side and apart from its form, so a fuzzy lookup passes over most words cheaply. */
  private readonly likeness: number[] = [];
  /** Each word's uses, packed as entity * 4 + role number: a 100,000-entity dictionary has hundreds of thousands. */
  private readonly uses: number[][] = [];
  /** The uses unpacked, for the words fuzzy lookups have found. */
  private readonly unpackedUses: WordUse[][] = [];
  private readonly fuzzyKeys = new Map<string, number[]>();
  /** Marks the words one fuzzy lookup has already compared (a lookup number per word). */
  private compared = new Int32Array(0);
  private lookups = 0;
  private readonly fuzzyCache = new Map<string, WordMatch[]>();
  /** Short words' matches beside another matching word of the name, which may differ a little more. */
  private readonly besideCache = new Map<string, WordMatch[]>();
  private readonly entityCache = new Map<string, Set<number>>();
  /** Comparison forms of story words, which recur from paragraph to paragraph. */
  private readonly storyForms = new Map<string, WordForm>();
  /** Dictionary names prepared for alignment, when first aligned. */
  private readonly alignedNames = new Map<NameEntry, AlignedWords>();
  /** Each entity's spellings for telling exact from alias from variant, worked out when first needed. */
  private readonly spellings = new Map<number, { exact: string; alias: Set<string> }>();

  constructor(entities: readonly DictionaryEntity[]) {
    entities.forEach((entity) => this.add(entity));
  }

  get size(): number {
    return this.entities.length;
  }

  /**
   * exact: the canonical spelling (first letters' case and diacritics aside); alias: a listed alias, or
   * a person's surname as the canonical spells it; anything else is a variant.
   */
  matchKind(entity: number, text: string): MatchKind {
    let spellings = this.spellings.get(entity);
    if (!spellings) {
      const { ref, names } = this.entities[entity];
      const surname = ref.type === 'person' && names[0].words.length > 1 ? ref.canonical.split(' ').pop() : undefined;
      spellings = {
        exact: comparable(ref.canonical),
        alias: new Set([...names.filter((n) => n.kind === 'alias').map((n) => n.source), ...(surname ? [surname] : [])].map(comparable)),
      };
      this.spellings.set(entity, spellings);
    }
    const form = comparable(text);
    return form === spellings.exact ? 'exact' : spellings.alias.has(form) ? 'alias' : 'variant';
  }

  /** The index of the entity with this id, if the matcher has it. */
  indexOf(id: string): number | undefined {
    this.byId ??= new Map(this.entities.map((e, index) => [e.ref.id, index]));
    return this.byId.get(id);
  }

  /** The comparison form of a dictionary word. */
  formOf(word: string): WordForm {
    const id = this.wordIds.get(word);
    if (id !== undefined) return this.forms[id];
    let form = this.storyForms.get(word);
    if (!form) {
      if (this.storyForms.size >= FUZZY_CACHE_LIMIT) this.storyForms.clear();
      form = wordForm(word);
      this.storyForms.set(word, form);
    }
    return form;
  }

  /** A dictionary name's significant words prepared for alignment. */
  nameForAlignment(name: NameEntry): AlignedWords {
    let aligned = this.alignedNames.get(name);
    if (!aligned) {
      aligned = this.wordsForAlignment(name.significant);
      this.alignedNames.set(name, aligned);
    }
    return aligned;
  }

  /** Folded words prepared for alignment. */
  wordsForAlignment(folded: readonly string[]): AlignedWords {
    return new AlignedWords(folded, (word) => this.formOf(word));
  }

  /**
   * The entities with a name word a folded story word can stand for inside a longer name: alike in
   * spelling or sound, or, for a short word, close enough beside another word that matches (Trevor Reid).
   */
  entitiesLike(folded: string): ReadonlySet<number> {
    let entities = this.entityCache.get(folded);
    if (!entities) {
      entities = new Set();
      for (const match of this.lookUp(folded, true)) for (const use of match.uses) entities.add(use.entity);
      if (this.entityCache.size >= FUZZY_CACHE_LIMIT) this.entityCache.clear();
      this.entityCache.set(folded, entities);
    }
    return entities;
  }

  /** Dictionary words alike in spelling or sound to a folded story word, best first. */
  similarWords(folded: string): WordMatch[] {
    return this.lookUp(folded, false);
  }

  private lookUp(folded: string, inName: boolean): WordMatch[] {
    const form = this.formOf(folded);
    // Only a short word compares differently beside a matching one (see wordSimilarity).
    const beside = inName && form.skeleton.length < 4;
    const cache = beside ? this.besideCache : this.fuzzyCache;
    const cached = cache.get(folded);
    if (cached) return cached;
    if (this.compared.length < this.words.length) this.compared = new Int32Array(this.words.length);
    const lookup = ++this.lookups;
    const key = likenessKey(form);
    const letters = letterSet(form.skeleton);
    const found: WordMatch[] = [];
    for (const bucket of fuzzyKeysOf(form, 2)) {
      const ids = this.fuzzyKeys.get(bucket) ?? [];
      // Three letters that hundreds of words share say little; sounds and consonants still find those.
      if (ids.length > CROWDED_BUCKET && (bucket[0] === 'p' || bucket[0] === 's')) continue;
      for (const id of ids) {
        if (this.compared[id] === lookup) continue;
        this.compared[id] = lookup;
        if (!mayBeAlike(key, letters, this.likeness[2 * id], this.likeness[2 * id + 1])) continue;
        const other = this.forms[id];
        const score = wordSimilarity(form, other) || (beside ? wordSimilarity(form, other, 'beside a matching name') : 0);
        if (score > 0) found.push({ word: this.words[id], score, uses: this.usesOf(id) });
      }
    }
    found.sort((a, b) => b.score - a.score);
    if (cache.size >= FUZZY_CACHE_LIMIT) cache.clear();
    cache.set(folded, found);
    return found;
  }

  private usesOf(id: number): WordUse[] {
    return (this.unpackedUses[id] ??= this.uses[id].map(unpackUse));
  }

  private add(entity: DictionaryEntity): void {
    const index = this.entities.length;
    const ref: EntityRef = { id: entityId(entity), canonical: entity.canonical, type: entity.type };
    const names = [
      nameEntry(index, 'canonical', entity.canonical),
      ...entity.aliases.map((alias) => nameEntry(index, 'alias', alias)),
    ].filter((name) => name.words.length > 0);
    const isPerson = entity.type === 'person';
    const full = names[0]?.significant.filter((w) => !NAME_SUFFIXES.has(w)) ?? [];
    const indexed: IndexedEntity = {
      ref,
      names,
      isPerson,
      surname: isPerson && full.length >= 2 ? full[full.length - 1] : null,
      given: isPerson && full.length >= 2 ? full[0] : null,
    };
    this.entities.push(indexed);
    for (const name of names) {
      const opening = name.words.length === 1 ? name.words[0] : `${name.words[0]} ${name.words[1]}`;
      if (name.words.length > 1) this.longerNameStarts.add(name.words[0]);
      if (name.cases[0] === 'any') this.lowerCaseStarts.add(name.words[0]);
      const spellings = this.byOpening.get(opening);
      const alike = spellings?.find((spelling) => writtenAlike(spelling, name));
      if (alike) alike.names.push(name);
      else if (spellings) spellings.push({ words: name.words, cases: name.cases, names: [name] });
      else this.byOpening.set(opening, [{ words: name.words, cases: name.cases, names: [name] }]);
      name.significant.forEach((word, i) => {
        const role: WordRole =
          name.significant.length === 1 ? 'single' : word === indexed.surname ? 'surname' : word === indexed.given && i === 0 ? 'given' : 'part';
        this.addWord(word, index, role);
      });
      name.compounds.forEach((word) => this.addWord(word, index, 'part'));
    }
  }

  private addWord(word: string, entity: number, role: WordRole): void {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.wordIds.set(word, id);
      this.words.push(word);
      const form = wordForm(word);
      this.forms.push(form);
      this.likeness.push(likenessKey(form), letterSet(form.skeleton));
      this.uses.push([]);
      for (const key of fuzzyKeysOf(form)) {
        const list = this.fuzzyKeys.get(key);
        if (list) list.push(id);
        else this.fuzzyKeys.set(key, [id]);
      }
    }
    // An entity's names are added one after another, so a repeat can only be the last use.
    const uses = this.uses[id];
    const use = entity * 4 + ROLES.indexOf(role);
    if (uses[uses.length - 1] !== use) uses.push(use);
  }
}

function writtenAlike(spelling: Spelling, name: NameEntry): boolean {
  const { words, cases } = spelling;
  return words.length === name.words.length && words.every((word, k) => word === name.words[k] && cases[k] === name.cases[k]);
}

const ROLES: readonly WordRole[] = ['single', 'surname', 'given', 'part'];

function unpackUse(packed: number): WordUse {
  return { entity: Math.floor(packed / 4), role: ROLES[packed % 4] };
}

/** A stable id for an entity: its store id, or its type and canonical name. */
export function entityId(entity: DictionaryEntity): string {
  return entity.id ?? `${entity.type}:${entity.canonical}`;
}

// Most names are capitalised plain words ("Viktor Bout"): they skip the full tokenizer, which a
// 100,000-entity dictionary would otherwise spend most of its loading time in.
const PLAIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

// Plain names of a length share their case rules and their (empty) compounds: fewer objects to load.
const ALL_CAPITALISED: CaseRule[][] = [];
const NO_COMPOUNDS: string[] = [];

function nameEntry(entity: number, kind: NameEntry['kind'], name: string): NameEntry {
  if (PLAIN_NAME.test(name)) {
    const words = name.toLowerCase().split(' ');
    const cases = (ALL_CAPITALISED[words.length] ??= words.map((): CaseRule => 'capitalised'));
    return { entity, kind, source: name, words, cases, significant: words, compounds: NO_COMPOUNDS };
  }
  const tokens = tokenize(name);
  const words = tokens.map((t) => t.folded);
  const compounds = tokens.flatMap((t, i) =>
    t.joined === 'hyphen' && i > 0 && !PARTICLES.has(tokens[i - 1].folded) ? [tokens[i - 1].folded + t.folded] : [],
  );
  return {
    entity,
    kind,
    source: name,
    words,
    cases: tokens.map((t) => (t.allCaps && !/\./.test(t.text) ? 'capitals' : t.capitalised ? 'capitalised' : 'any')),
    significant: words.filter((w) => !PARTICLES.has(w)),
    compounds,
  };
}

/**
 * The buckets a word is filed under: its sounds, its consonants, and the first and last three letters
 * of its transliterated spelling with its length. A variant shares at least one with the dictionary
 * word in practice. A story word is looked up under lengths near its own (`spread`).
 */
function fuzzyKeysOf(form: WordForm, spread = 0): string[] {
  const s = form.skeleton;
  const keys = form.sounds.map((code) => `m${code}`);
  keys.push(`c${s.replace(/[aeiou]/g, '')}`);
  for (let length = s.length - spread; length <= s.length + spread; length++)
    keys.push(`p${s.slice(0, 3)}${length}`, `s${s.slice(-3)}${length}`);
  return keys;
}
