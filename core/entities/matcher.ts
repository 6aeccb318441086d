// The matcher: every name and alias of the enabled dictionaries, indexed for exact lookup by first word
// and for fuzzy lookup of single words by sound and spelling, so a long story scans quickly.
import type { EntityRef, MatchKind } from '../story/annotations';
import type { EntityKind } from '../story/story';
import type { DictionaryEntity } from './types';
import { comparable, tokenize } from './text';
import type { WordForm } from './similarity';
import { WordIndex, type WordRole } from './wordIndex';
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

/** An entity as the matcher holds it; its reference for mentions is made when first asked for. */
export class IndexedEntity {
  private madeRef: EntityRef | null = null;
  private readonly id: string | undefined;
  private readonly canonical: string;
  private readonly type: EntityKind;

  constructor(
    entity: DictionaryEntity,
    readonly names: NameEntry[],
    readonly isPerson: boolean,
    readonly surname: string | null,
    readonly given: string | null,
  ) {
    // Only what the reference needs is kept: not the whole entity, whose aliases the names hold already.
    this.id = entity.id;
    this.canonical = entity.canonical;
    this.type = entity.type;
  }

  get ref(): EntityRef {
    return (this.madeRef ??= { id: entityId({ id: this.id, type: this.type, canonical: this.canonical }), canonical: this.canonical, type: this.type });
  }
}

/** A name's words prepared for alignment: each word's form, and (when first asked) each word written together with the next. */
export class AlignedWords {
  readonly forms: WordForm[];
  private readonly joined: (WordForm | null | undefined)[];

  constructor(
    private readonly folded: readonly string[],
    private readonly formOf: (word: string) => WordForm,
  ) {
    // Built the same way for any words, so the JIT meets one kind of array.
    this.forms = [];
    for (const word of folded) this.forms.push(formOf(word));
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

/**
 * Names written alike (word for word, case for case), as a story finds them: the first of them, the
 * entities they name in dictionary order, and those that have one of them as canonical name (which
 * outranks an alias).
 */
export interface NameGroup {
  first: NameEntry;
  entities: number[];
  canonicalEntities: number[];
}

/** The names that start with one word, in groups written alike: the one-word names, and longer ones by their second word. */
export interface Opening {
  single: NameGroup[];
  bySecondWord: Map<string, NameGroup[]>;
}

const TEXTS_KEPT = 50_000;

export class EntityMatcher {
  readonly entities: IndexedEntity[] = [];
  /** Entity indexes by id, built when first asked for (only re-scans need it). */
  private byId: Map<string, number> | null = null;
  /**
   * Names by their first word, as loading files them: sorting them further is left to the first story
   * that meets the word (openingOf), as most words of a large dictionary never come up.
   */
  private readonly byFirstWord = new Map<string, NameEntry[]>();
  private readonly openings = new Map<string, Opening>();
  /** First words of names that may be written in lower case ("al", "de"): only these open a name on a lower-case word. */
  readonly lowerCaseStarts = new Set<string>();
  /** Every word of the names, for fuzzy lookup. */
  readonly words = new WordIndex();
  private readonly refLists = new WeakMap<readonly number[], EntityRef[]>();
  /** Dictionary names prepared for alignment, when first aligned. */
  private readonly alignedNames = new Map<NameEntry, AlignedWords>();
  private readonly comparableTexts = new Map<string, string>();
  /** Each entity's spellings for telling exact from alias from variant, worked out when first needed. */
  private readonly spellings = new Map<number, { exact: string; aliases: Set<string> }>();

  constructor(entities: readonly DictionaryEntity[]) {
    entities.forEach((entity) => this.add(entity));
    this.words.finish();
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
      const aliases = new Set<string>();
      for (const name of names) if (name.kind === 'alias') aliases.add(comparable(name.source));
      if (ref.type === 'person' && names[0].words.length > 1) aliases.add(comparable(ref.canonical.slice(ref.canonical.lastIndexOf(' ') + 1)));
      spellings = { exact: comparable(ref.canonical), aliases };
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

  /** The names that start with this folded word, if any does. */
  openingOf(word: string): Opening | undefined {
    let opening = this.openings.get(word);
    if (opening === undefined) {
      const names = this.byFirstWord.get(word);
      if (!names) return undefined;
      opening = openingFrom(names);
      this.openings.set(word, opening);
    }
    return opening;
  }

  /** The references of these entities; kept for the lists a scan meets again and again (a group's, an alignment's). */
  refsOf(entities: readonly number[]): EntityRef[] {
    let refs = this.refLists.get(entities);
    if (!refs) {
      refs = entities.map((e) => this.entities[e].ref);
      this.refLists.set(entities, refs);
    }
    return refs;
  }

  /** The index of the entity with this id, if the matcher has it. */
  indexOf(id: string): number | undefined {
    this.byId ??= new Map(this.entities.map((e, index) => [e.ref.id, index]));
    return this.byId.get(id);
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
    return new AlignedWords(folded, (word) => this.words.formOf(word));
  }

  private add(entity: DictionaryEntity): void {
    const index = this.entities.length;
    // Plain loops here and below: this runs for every name of a 100,000-entity dictionary.
    // Arrays made at their size (push would leave room for more, in every one of 100,000 entities).
    let names = [entity.canonical, ...entity.aliases].map((spelling, k) => nameEntry(index, k === 0 ? 'canonical' : 'alias', spelling));
    if (names.some((name) => name.words.length === 0)) names = names.filter((name) => name.words.length > 0);
    const isPerson = entity.type === 'person';
    const full = (isPerson && names[0]?.significant.filter((w) => !NAME_SUFFIXES.has(w))) || [];
    const surname = isPerson && full.length >= 2 ? full[full.length - 1] : null;
    const given = isPerson && full.length >= 2 ? full[0] : null;
    this.entities.push(new IndexedEntity(entity, names, isPerson, surname, given));
    for (const name of names) {
      const { significant } = name;
      for (let k = 0; k < significant.length; k++) {
        const word = significant[k];
        const role: WordRole = significant.length === 1 ? 'single' : word === surname ? 'surname' : word === given && k === 0 ? 'given' : 'part';
        // The index's copy of the word stands in for this one: a dictionary holds each word once.
        significant[k] = this.words.add(word, index, role);
      }
      for (const word of name.compounds) this.words.add(word, index, 'part');
      this.addOpening(name);
    }
  }

  private addOpening(name: NameEntry): void {
    const first = name.words[0];
    if (name.cases[0] === 'any') this.lowerCaseStarts.add(first);
    const names = this.byFirstWord.get(first);
    if (names) names.push(name);
    else this.byFirstWord.set(first, [name]);
  }
}

/** Names that start with the same word, sorted by length and second word into groups written alike. */
function openingFrom(names: readonly NameEntry[]): Opening {
  const single: NameEntry[][] = [];
  const bySecond = new Map<string, NameEntry[][]>();
  for (const name of names) {
    let groups = single;
    if (name.words.length > 1) {
      groups = bySecond.get(name.words[1]) ?? [];
      bySecond.set(name.words[1], groups);
    }
    const alike = groups.find((group) => writtenAlike(group[0], name));
    if (alike) alike.push(name);
    else groups.push([name]);
  }
  const bySecondWord = new Map<string, NameGroup[]>();
  for (const [second, groups] of bySecond) bySecondWord.set(second, groups.map(nameGroup));
  return { single: single.map(nameGroup), bySecondWord };
}

function nameGroup(names: NameEntry[]): NameGroup {
  const inOrder = (list: NameEntry[]) => [...new Set(list.map((n) => n.entity))].sort((a, b) => a - b);
  return { first: names[0], entities: inOrder(names), canonicalEntities: inOrder(names.filter((n) => n.kind === 'canonical')) };
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

// Plain names of a length share their case rules and their (empty) compounds: fewer objects to load.
const ALL_CAPITALISED: CaseRule[][] = [];
const NO_COMPOUNDS: string[] = [];

function nameEntry(entity: number, kind: NameEntry['kind'], name: string): NameEntry {
  if (PLAIN_NAME.test(name)) {
    const lowered = name.toLowerCase();
    const words = lowered.split(' ');
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
