// The matcher: every name and alias of the enabled dictionaries, indexed for exact lookup by opening words
// and for fuzzy lookup of single words by sound and spelling, so a long story scans quickly.
import type { EntityRef, MatchKind } from '../story/annotations';
import type { EntityKind } from '../story/story';
import { ENTITY_KINDS, type DictionaryEntity } from './types';
import { asNameWords, comparable, isInitial, tokenize } from './text';
import type { WordForm } from './similarity';
import { WordIndex, type WordRole } from './wordIndex';
import { FAMILY_NAMES_FIRST, NAME_SUFFIXES, PARTICLES } from './words';
import { familyNameFirst, surnameAsWritten } from './familyNames';
import { OpeningTable } from './openingTable';
import { arrayOf, mapped } from './arrays';

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

/** An entity's names as the matcher reads them when a story first needs them. */
export interface IndexedEntity {
  names: NameEntry[];
  isPerson: boolean;
  surname: string | null;
  given: string | null;
}

/** A name's words prepared for alignment: each word's form, and (when first asked) each word written together with the next. */
export class AlignedWords {
  readonly forms: WordForm[];
  /** Made when first asked: most alignments never join words. */
  private joined: (WordForm | null | undefined)[] | null = null;

  constructor(
    private readonly folded: readonly string[],
    private readonly index: Pick<WordIndex, 'formOf'>,
  ) {
    this.forms = mapped(folded, (word) => index.formOf(word));
  }

  /**
   * Words k and k+1 as one word ("Jin-ping"/"Jinping"); "Jr." is never written into the surname
   * (Ferdinand Marcos is not Ferdinand Marcos Jr.), nor an initial ("A. Smith" is not "Asmith").
   */
  joinedAt(k: number): WordForm | null {
    this.joined ??= new Array<undefined>(this.folded.length);
    let form = this.joined[k];
    if (form === undefined) {
      const word = this.folded[k];
      const next = this.folded[k + 1];
      const joins = next !== undefined && !NAME_SUFFIXES.has(next) && !isInitial(word) && !isInitial(next);
      form = joins ? this.index.formOf(word + next) : null;
      this.joined[k] = form;
    }
    return form;
  }
}

/**
 * Names of an opening written alike, word for word and case for case, as a story finds them: the
 * entities they name in dictionary order, and those that have one of them as canonical name (which
 * outranks an alias). What the first name says of its words, all do.
 */
export interface NameGroup {
  first: NameEntry;
  entities: number[];
  canonicalEntities: number[];
}

const TEXTS_KEPT = 50_000;
/** In an entity's kind: it has an id. */
const HAS_ID = 0x80;
/** A kind beyond ENTITY_KINDS: read from the entity. */
const OTHER_KIND = 0x7f;

export class EntityMatcher {
  /**
   * The entities as given. Loading reads every name once, for its words; the matcher keeps only numbers
   * and reads a name again, in full, when a story first needs it: a story meets few of 100,000 entities.
   */
  private readonly dictionary: readonly DictionaryEntity[];
  /** Entity e's names are numbered from firstName[e] up to firstName[e + 1]: its canonical name, then its aliases. */
  private readonly firstName: Int32Array;
  private readonly nameEntity: Int32Array;
  /**
   * A plain name's number of words (see plainNameWords), 0 for any other name (and 255 for 255 or
   * more), known from loading: reading the name again needs no test.
   */
  private readonly plainWords: Uint8Array;
  /**
   * A plain name's words by their numbers in the word index: name n's are plainNameIds[plainNameStart[n]]
   * up to plainNameStart[n + 1]. Reading the name again takes the index's words, not new ones.
   */
  private readonly plainNameStart: Int32Array;
  private readonly plainNameIds: Int32Array;
  /**
   * Each name's spelling, and each entity's kind (its number in ENTITY_KINDS, plus HAS_ID if it has an
   * id): read without the entity, which lies elsewhere in memory.
   */
  private readonly nameSpellings: string[];
  private readonly kinds: Uint8Array;
  private readonly names: (NameEntry | undefined)[];
  private readonly indexed: (IndexedEntity | undefined)[];
  private readonly refs: (EntityRef | undefined)[];
  /** Names by their opening, a one-word name by its word, a longer one by its first two words ("kim jong"): the opening's number. */
  private readonly openings = new OpeningTable();
  private readonly byOpening: OpeningLists;
  /** An opening's names in groups, by the opening's number, made when a story first has the opening. */
  private readonly openingGroups: (NameGroup[] | undefined)[];
  /** First words of names longer than one word: only after these is a two-word opening looked up. */
  readonly longerNameStarts = new Set<string>();
  /** First words of names that may be written in lower case ("al", "de"): only these open a name on a lower-case word. */
  readonly lowerCaseStarts = new Set<string>();
  /** Every word of the names, for fuzzy lookup. */
  readonly words = new WordIndex();
  /** Entity indexes by id, built when first asked for (only re-scans need it). */
  private byId: Map<string, number> | null = null;
  private readonly refLists = new WeakMap<readonly number[], readonly EntityRef[]>();
  /** Dictionary names prepared for alignment, when first aligned. */
  private readonly alignedNames = new Map<NameEntry, AlignedWords>();
  private readonly comparableTexts = new Map<string, string>();
  /** Each entity's spellings for telling exact from alias from variant, worked out when first needed. */
  private readonly spellings = new Map<number, { exact: string; aliases: Set<string> }>();

  /** The matcher reads the entities when it needs them: they must not change afterwards. */
  constructor(entities: readonly DictionaryEntity[]) {
    this.dictionary = entities.slice();
    const count = entities.length;
    this.firstName = new Int32Array(count + 1);
    for (let e = 0; e < count; e++) this.firstName[e + 1] = this.firstName[e] + 1 + entities[e].aliases.length;
    const total = this.firstName[count];
    this.nameEntity = new Int32Array(total);
    this.plainWords = new Uint8Array(total);
    this.nameSpellings = new Array<string>(total);
    this.plainNameStart = new Int32Array(total + 1);
    this.kinds = new Uint8Array(count);
    this.names = new Array<undefined>(total);
    this.indexed = new Array<undefined>(count);
    this.refs = new Array<undefined>(count);
    // Each name's opening number (-1 for a name of no words) and each opening's count, then the lists.
    const nameOpening = new Int32Array(total).fill(-1);
    const openingCounts: number[] = [];
    const plainNameIds: number[] = [];
    for (let e = 0; e < count; e++) this.add(e, nameOpening, openingCounts, plainNameIds);
    this.openings.finish();
    this.plainNameIds = Int32Array.from(plainNameIds);
    this.byOpening = namesByOpening(nameOpening, openingCounts, this.nameEntity, this.firstName);
    this.openingGroups = new Array<undefined>(openingCounts.length);
    this.words.finish();
  }

  get size(): number {
    return this.dictionary.length;
  }

  /** The entity's reference, as mentions carry it. */
  ref(entity: number): EntityRef {
    let ref = this.refs[entity];
    if (!ref) {
      const type = this.typeOf(entity);
      const canonical = this.nameSpellings[this.firstName[entity]];
      const id = this.kinds[entity] & HAS_ID ? this.dictionary[entity].id! : entityId({ type, canonical });
      ref = this.refs[entity] = { id, canonical, type };
    }
    return ref;
  }

  /** The entity's type. */
  typeOf(entity: number): EntityKind {
    const kind = this.kinds[entity] & ~HAS_ID;
    return kind === OTHER_KIND ? this.dictionary[entity].type : ENTITY_KINDS[kind];
  }

  /** The entity's names, read in full. */
  entity(entity: number): IndexedEntity {
    let indexed = this.indexed[entity];
    if (!indexed) {
      const first = this.firstName[entity];
      // Kept for as long as the matcher, for each entity a story names.
      const all = arrayOf(this.firstName[entity + 1] - first, (k) => this.nameAt(first + k));
      const names = all.every((name) => name.words.length > 0) ? all : all.filter((name) => name.words.length > 0);
      const isPerson = this.typeOf(entity) === 'person';
      const main = names[0] as NameEntry | undefined;
      const { surname, given } = main ? personalNames(isPerson, main.source, main.significant) : { surname: null, given: null };
      indexed = this.indexed[entity] = { names, isPerson, surname, given };
    }
    return indexed;
  }

  /**
   * The names that open with these folded words (one word, or two), in groups written alike; perhaps
   * with names of another opening that hashes alike, which fit the story's words no better.
   */
  namesOpening(first: string, second?: string): readonly NameGroup[] | undefined {
    const o = this.openings.find(first, second);
    if (o === -1) return undefined;
    return (this.openingGroups[o] ??= this.groupsOf(o));
  }

  /**
   * Opening o's names in groups, in the order of their first names. A group's other names need no
   * reading in full: a surname shared by dozens of people is read once.
   */
  private groupsOf(o: number): NameGroup[] {
    const groups: NameGroup[] = [];
    const firstNumbers: number[] = [];
    const { start, names, entities: nameEntities, canonical: canonicalNames } = this.byOpening;
    for (let k = start[o]; k < start[o + 1]; k++) {
      const n = names[k];
      const entity = nameEntities[k];
      const canonical = canonicalNames[k] === 1;
      let g = 0;
      while (g < groups.length && !this.writtenAs(n, firstNumbers[g], groups[g].first)) g++;
      if (g === groups.length) {
        groups.push({ first: this.nameAt(n), entities: [entity], canonicalEntities: canonical ? [entity] : [] });
        firstNumbers.push(n);
        continue;
      }
      // Names come in dictionary order, so an entity's second name in a group follows its first.
      const { entities, canonicalEntities } = groups[g];
      if (entities[entities.length - 1] !== entity) entities.push(entity);
      if (canonical) canonicalEntities.push(entity);
    }
    return groups;
  }

  /**
   * Whether name number n is written as `name` (number m), both of one opening. Two plain names are
   * when spelt alike, and an opening is a name's one word or its first two: plain names of that many
   * words are spelt alike, and need no reading (a surname dozens of people share is one opening).
   */
  private writtenAs(n: number, m: number, name: NameEntry): boolean {
    const words = this.plainWords[n];
    if (words && this.plainWords[m]) return words === this.plainWords[m] && (words <= 2 || this.nameSpellings[n] === name.source);
    return writtenAlike(this.nameAt(n), name);
  }

  /**
   * exact: the canonical spelling (first letters' case and diacritics aside); alias: a listed alias, or
   * a person's surname as the canonical spells it; anything else is a variant.
   */
  matchKind(entity: number, text: string): MatchKind {
    const canonical = this.nameSpellings[this.firstName[entity]];
    // Most mentions spell the canonical name as the dictionary does.
    if (text === canonical) return 'exact';
    let spellings = this.spellings.get(entity);
    if (!spellings) {
      const { names } = this.entity(entity);
      const aliases = new Set<string>();
      for (const name of names) if (name.kind === 'alias') aliases.add(comparable(name.source));
      if (this.typeOf(entity) === 'person' && names[0].words.length > 1) aliases.add(comparable(surnameAsWritten(canonical)));
      spellings = { exact: comparable(canonical), aliases };
      this.spellings.set(entity, spellings);
    }
    // A story writes the same names again and again.
    let form = this.comparableTexts.get(text);
    if (form === undefined) {
      if (this.comparableTexts.size >= TEXTS_KEPT) this.comparableTexts.clear();
      form = comparable(text);
      this.comparableTexts.set(text, form);
    }
    return form === spellings.exact ? 'exact' : spellings.aliases.has(form) ? 'alias' : 'variant';
  }

  /**
   * The references of these entities; kept for the lists a scan meets again and again (a group's, an
   * alignment's), and shared by the mentions that carry them, so frozen.
   */
  refsOf(entities: readonly number[]): readonly EntityRef[] {
    let refs = this.refLists.get(entities);
    if (!refs) {
      refs = Object.freeze(entities.map((e) => this.ref(e)));
      this.refLists.set(entities, refs);
    }
    return refs;
  }

  /** The index of the entity with this id, if the matcher has it. */
  indexOf(id: string): number | undefined {
    this.byId ??= new Map(this.dictionary.map((entity, index) => [entityId(entity), index]));
    return this.byId.get(id);
  }

  /** A dictionary name's significant words prepared for alignment. */
  nameForAlignment(name: NameEntry): AlignedWords {
    let aligned = this.alignedNames.get(name);
    if (!aligned) {
      // Initials written together ("J.D.") align as initials each, as the story's do.
      const dotted = name.significant.some((word) => word.length > 2 && word.endsWith('.'));
      aligned = this.wordsForAlignment(dotted ? name.significant.flatMap(asNameWords) : name.significant);
      this.alignedNames.set(name, aligned);
    }
    return aligned;
  }

  /** Folded words prepared for alignment. */
  wordsForAlignment(folded: readonly string[]): AlignedWords {
    return new AlignedWords(folded, this.words);
  }

  private nameAt(n: number): NameEntry {
    let name = this.names[n];
    if (!name) {
      const entity = this.nameEntity[n];
      const kind = n === this.firstName[entity] ? 'canonical' : 'alias';
      const spelling = this.nameSpellings[n];
      name = this.names[n] = nameEntry(entity, kind, spelling, this.plainWords[n] ? this.wordsOfPlainName(n) : null);
    }
    return name;
  }

  private wordsOfPlainName(n: number): string[] {
    const start = this.plainNameStart[n];
    const count = this.plainNameStart[n + 1] - start;
    return arrayOf(count, (k) => this.words.wordAt(this.plainNameIds[start + k]));
  }

  /** Files the words and openings of an entity's names. Plain loops: this runs for every name of a 100,000-entity dictionary. */
  private add(entity: number, nameOpening: Int32Array, openingCounts: number[], plainNameIds: number[]): void {
    const { type, id } = this.dictionary[entity];
    const isPerson = type === 'person';
    const kind = ENTITY_KINDS.indexOf(type);
    this.kinds[entity] = (kind === -1 ? OTHER_KIND : kind) | (id === undefined || id === null ? 0 : HAS_ID);
    let people: ReturnType<typeof personalNames> | null = null;
    for (let n = this.firstName[entity]; n < this.firstName[entity + 1]; n++) {
      this.nameEntity[n] = entity;
      this.plainNameStart[n + 1] = this.plainNameStart[n];
      // Most names are capitalised plain words ("Viktor Bout"), whose words are all the index needs;
      // the others are read in full now, and kept.
      const alias = n - this.firstName[entity] - 1;
      const spelling = alias === -1 ? this.dictionary[entity].canonical : this.dictionary[entity].aliases[alias];
      this.nameSpellings[n] = spelling;
      const plain = plainNameWords(spelling);
      this.plainWords[n] = plain ? Math.min(plain.length, 255) : 0;
      const name = plain ? null : this.nameAt(n);
      const words = plain ?? name!.words;
      if (words.length === 0) continue;
      const significant = plain ?? name!.significant;
      people ??= personalNames(isPerson, spelling, significant);
      const { surname, given } = people;
      const givenAt = given === null ? -1 : significant.indexOf(given);
      for (let k = 0; k < significant.length; k++) {
        const word = significant[k];
        const role: WordRole = significant.length === 1 ? 'single' : word === surname ? 'surname' : k === givenAt ? 'given' : 'part';
        const id = this.words.add(word, entity, role);
        // A plain name's significant words are all its words.
        if (plain) plainNameIds.push(id);
      }
      this.plainNameStart[n + 1] = plainNameIds.length;
      if (name) for (const word of name.compounds) this.words.add(word, entity, 'part');
      // A place of two or three words is often written as one ("Chiangmai", "Danang").
      if (type === 'place' && words.length >= 2 && words.length <= 3) this.words.add(words.join(''), entity, 'joined');
      if (words.length > 1) this.longerNameStarts.add(words[0]);
      if (name?.cases[0] === 'any') this.lowerCaseStarts.add(words[0]);
      const o = this.openings.numberOf(words[0], words.length === 1 ? undefined : words[1]);
      if (o === openingCounts.length) openingCounts.push(0);
      nameOpening[n] = o;
      openingCounts[o]++;
    }
  }
}

/**
 * Opening o's names from start[o] up to start[o + 1], in dictionary order: their numbers, their
 * entities, and 1 for a canonical name. A story's opening reads its names one after another, not
 * all over memory.
 */
interface OpeningLists {
  start: Int32Array;
  names: Int32Array;
  entities: Int32Array;
  canonical: Uint8Array;
}

/** The names listed by opening, from each name's opening number (-1 for none) and each opening's count. */
function namesByOpening(nameOpening: Int32Array, openingCounts: readonly number[], nameEntity: Int32Array, firstName: Int32Array): OpeningLists {
  const openings = openingCounts.length;
  const start = new Int32Array(openings + 1);
  for (let o = 0; o < openings; o++) start[o + 1] = start[o] + openingCounts[o];
  const lists: OpeningLists = {
    start,
    names: new Int32Array(start[openings]),
    entities: new Int32Array(start[openings]),
    canonical: new Uint8Array(start[openings]),
  };
  const next = start.slice(0, openings);
  for (let n = 0; n < nameOpening.length; n++) {
    const o = nameOpening[n];
    if (o === -1) continue;
    const k = next[o]++;
    const entity = nameEntity[n];
    lists.names[k] = n;
    lists.entities[k] = entity;
    lists.canonical[k] = n === firstName[entity] ? 1 : 0;
  }
  return lists;
}

/**
 * A person's surname and given name, from the first of the names: its last and first words, a suffix
 * ("Jr.") aside, or its first and second where the family name comes first ("Xi Jinping").
 */
function personalNames(isPerson: boolean, source: string, significant: readonly string[]): { surname: string | null; given: string | null } {
  const full = isPerson ? significant.filter((w) => !NAME_SUFFIXES.has(w)) : [];
  if (full.length < 2) return { surname: null, given: null };
  // The quick test first: a 100,000-entity dictionary asks this of every person.
  const familyFirst = FAMILY_NAMES_FIRST.has(full[0]) && familyNameFirst(source);
  return familyFirst ? { surname: full[0], given: full[1] } : { surname: full[full.length - 1], given: full[0] };
}

function writtenAlike(a: NameEntry, b: NameEntry): boolean {
  if (a.words.length !== b.words.length) return false;
  for (let k = 0; k < a.words.length; k++) if (a.words[k] !== b.words[k] || a.cases[k] !== b.cases[k]) return false;
  return true;
}

/** A stable id for an entity: its store id, or its type and canonical name. */
export function entityId(entity: Pick<DictionaryEntity, 'id' | 'type' | 'canonical'>): string {
  return entity.id ?? `${entity.type}:${entity.canonical}`;
}

// Most names are capitalised plain words ("Viktor Bout"): they skip the full tokenizer, which a
// 100,000-entity dictionary would otherwise spend most of its loading time in.
const PLAIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/** A plain name's folded words, or null for a name the tokenizer must read. */
function plainNameWords(name: string): string[] | null {
  return PLAIN_NAME.test(name) ? wordsOfPlainName(name) : null;
}

function wordsOfPlainName(name: string): string[] {
  return name.toLowerCase().split(' ');
}

/**
 * A particle inside a name ("Marine Le Pen", "Charles de Gaulle"), written in either case whatever the
 * dictionary's; one opening a name keeps its case ("Van Morrison" is not "a van").
 */
function isInnerParticle(word: string, at: number): boolean {
  return at > 0 && PARTICLES.has(word);
}

function caseOfPlainWord(word: string, at: number): CaseRule {
  return isInnerParticle(word, at) ? 'any' : 'capitalised';
}

// Plain names of a length share their case rules and their (empty) compounds: fewer objects to keep.
const ALL_CAPITALISED: CaseRule[][] = [];
const NO_COMPOUNDS: string[] = [];

/** A name read in full; `plain` its words if it is a plain name. */
function nameEntry(entity: number, kind: NameEntry['kind'], name: string, plain: string[] | null): NameEntry {
  if (plain) {
    const cases = plain.some(isInnerParticle) ? mapped(plain, caseOfPlainWord) : (ALL_CAPITALISED[plain.length] ??= mapped(plain, (): CaseRule => 'capitalised'));
    return { entity, kind, source: name, words: plain, cases, significant: plain, compounds: NO_COMPOUNDS };
  }
  const tokens = tokenize(name);
  const words = mapped(tokens, (t) => t.folded);
  const compounds = tokens.flatMap((t, i) =>
    t.joined === 'hyphen' && i > 0 && !PARTICLES.has(tokens[i - 1].folded) ? [tokens[i - 1].folded + t.folded] : [],
  );
  return {
    entity,
    kind,
    source: name,
    words,
    cases: mapped(tokens, (t, i) => (isInnerParticle(t.folded, i) ? 'any' : t.allCaps && !/\./.test(t.text) ? 'capitals' : t.capitalised ? 'capitalised' : 'any')),
    significant: words.filter((w) => !PARTICLES.has(w)),
    compounds,
  };
}
