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
  /** The name's two words as one string, when it has two (made anyway while reading it): its key in byOpening. */
  twoWords: string | undefined;
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
 * Names written alike that sit together in byOpening, as a story finds them: the entities they name in
 * dictionary order, and those that have one of them as canonical name (which outranks an alias).
 */
export interface NameGroup {
  /** The group's names; they share their words and cases. */
  size: number;
  first: NameEntry;
  entities: number[];
  canonicalEntities: number[];
}

const TEXTS_KEPT = 50_000;

export class EntityMatcher {
  readonly entities: IndexedEntity[] = [];
  /** Entity indexes by id, built when first asked for (only re-scans need it). */
  private byId: Map<string, number> | null = null;
  /**
   * Names by their opening, a one-word name by its word, a longer one by its first two words ("kim jong").
   * Names written alike (word for word, case for case) sit together and share their words and cases, so
   * a story checks them once.
   */
  readonly byOpening = new Map<string, NameEntry[]>();
  /** First words of names longer than one word: only after these is a two-word opening looked up. */
  readonly longerNameStarts = new Set<string>();
  /** First words of names that may be written in lower case ("al", "de"): only these open a name on a lower-case word. */
  readonly lowerCaseStarts = new Set<string>();
  /** Every word of the names, for fuzzy lookup. */
  readonly words = new WordIndex();
  /** Groups of names written alike, by their first name, made when a story first has them. */
  private readonly groups = new Map<NameEntry, NameGroup>();
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
    // Most mentions spell the canonical name as the dictionary does.
    if (text === this.entities[entity].ref.canonical) return 'exact';
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

  /** The group of names written alike that starts at names[k], names being a byOpening list. */
  groupAt(names: readonly NameEntry[], k: number): NameGroup {
    const first = names[k];
    let group = this.groups.get(first);
    if (!group) {
      let end = k + 1;
      while (end < names.length && names[end].words === first.words && names[end].cases === first.cases) end++;
      const members = names.slice(k, end);
      const inOrder = (list: NameEntry[]) => [...new Set(list.map((n) => n.entity))].sort((a, b) => a - b);
      group = { size: end - k, first, entities: inOrder(members), canonicalEntities: inOrder(members.filter((n) => n.kind === 'canonical')) };
      this.groups.set(first, group);
    }
    return group;
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
    const { words, cases } = name;
    const opening = words.length === 1 ? words[0] : (name.twoWords ?? `${words[0]} ${words[1]}`);
    if (words.length > 1) this.longerNameStarts.add(words[0]);
    if (cases[0] === 'any') this.lowerCaseStarts.add(words[0]);
    const names = this.byOpening.get(opening);
    if (!names) return void this.byOpening.set(opening, [name]);
    let alike = 0;
    while (alike < names.length && !writtenAlike(names[alike], name)) alike++;
    if (alike === names.length) return void names.push(name);
    name.words = names[alike].words;
    name.cases = names[alike].cases;
    // After the last of its group, found from the end: the group is usually the last one.
    let end = names.length;
    while (names[end - 1].words !== name.words || names[end - 1].cases !== name.cases) end--;
    names.splice(end, 0, name);
  }
}

function writtenAlike(a: NameEntry, b: NameEntry): boolean {
  if (a.words === b.words && a.cases === b.cases) return true;
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
    const twoWords = words.length === 2 ? lowered : undefined;
    return { entity, kind, source: name, words, cases, significant: words, compounds: NO_COMPOUNDS, twoWords };
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
    twoWords: undefined,
  };
}
