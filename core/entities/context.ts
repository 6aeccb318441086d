// What a story has said before the paragraphs being scanned: the people it named in full (a later
// surname or given name alone refers to them) and people in no dictionary (a later lone surname is
// theirs, not a misspelling of someone known). Kept small so a re-scan of one paragraph is cheap.
import type { AnalysisText } from '../story/story';
import type { Mention } from '../story/annotations';
import type { EntityMatcher, IndexedEntity } from './matcher';
import { tokenize } from './text';
import { PARTICLES } from './words';

const NOBODY: readonly number[] = Object.freeze([]);

export class MentionContext {
  private readonly people = new Set<number>();
  /** Surnames and one-word aliases of the people named in full. */
  private readonly byShortName = new Map<string, number[]>();
  private readonly strangers = new Set<string>();
  private readonly strangerFirstWords = new Set<string>();

  /** Whether this dictionary person (a matcher entity index) was named in full. */
  namedInFull(entity: number): boolean {
    return this.people.has(entity);
  }

  get anyoneNamedInFull(): boolean {
    return this.people.size > 0;
  }

  addNamedInFull(index: number, entity: IndexedEntity): void {
    if (this.people.has(index)) return;
    this.people.add(index);
    const shortNames: string[] = [];
    for (const name of entity.names) if (name.significant.length === 1 && !shortNames.includes(name.significant[0])) shortNames.push(name.significant[0]);
    if (entity.surname && !shortNames.includes(entity.surname)) shortNames.push(entity.surname);
    // Lists are replaced, not changed: a scan may hold one it was given.
    for (const name of shortNames) this.byShortName.set(name, [...(this.byShortName.get(name) ?? []), index]);
  }

  /** People named in full whose surname or one-word alias is this folded word. */
  namedAs(folded: string): readonly number[] {
    return this.byShortName.get(folded) ?? NOBODY;
  }

  /**
   * A name in no dictionary named in full (two or three folded words), by the words that may be a
   * person's surname: the last, and of two the first too, as names that put the surname first ("Jang
   * Guohua"); the first is kept apart, as it may be an organisation's word ("Bayern München").
   */
  addStranger(words: readonly string[]): void {
    if (words.length < 2 || words.length > 3) return;
    this.strangers.add(words[words.length - 1]);
    if (words.length === 2) this.strangerFirstWords.add(words[0]);
  }

  /** Whether the folded word is the last word of a name in no dictionary named in full ("Wagner" after "Richard Wagner"). */
  isStranger(word: string): boolean {
    return this.strangers.has(word);
  }

  /** Whether the folded word may be the surname of a person in no dictionary named in full, first or last. */
  mayBeStrangersSurname(word: string): boolean {
    return this.strangers.has(word) || this.strangerFirstWords.has(word);
  }

  /** A context that starts with what this one holds, and grows apart from it. */
  copy(): MentionContext {
    const copy = new MentionContext();
    for (const index of this.people) copy.people.add(index);
    for (const [name, people] of this.byShortName) copy.byShortName.set(name, people);
    for (const word of this.strangers) copy.strangers.add(word);
    for (const word of this.strangerFirstWords) copy.strangerFirstWords.add(word);
    return copy;
  }

  /** What the context holds, as text: contexts that hold the same, gathered in the same order, have the same key. */
  get key(): string {
    return `${[...this.people].join(',')}|${[...this.strangers].join(',')}|${[...this.strangerFirstWords].join(',')}`;
  }
}

/** One text's mentions, read after the context `before`, and the context after it (`before` itself, changed, will do). */
export type TextReader = (index: number, before: MentionContext) => { mentions: Mention[]; after: MentionContext };

/**
 * Each text's mentions, the texts read in order from the context `start`, each with what the texts
 * before it said. A headline sums the story up: it is read again with what the whole story said, so a
 * surname in it is the person the story names in full further down ("Griner Freed in Swap").
 */
export function readInStoryOrder(texts: readonly AnalysisText[], start: MentionContext, read: TextReader): Mention[][] {
  let context = start;
  const found: Mention[][] = [];
  const headlines: { index: number; contextAfter: string }[] = [];
  texts.forEach((text, index) => {
    const { mentions, after } = read(index, context);
    found.push(mentions);
    context = after;
    if (text.in === 'headline') headlines.push({ index, contextAfter: context.key });
  });
  // Read again only if someone was named after it, with a copy: the context stays as the texts left it.
  for (const { index, contextAfter } of headlines) if (context.key !== contextAfter) found[index] = read(index, context.copy()).mentions;
  return found;
}

/** The context that mentions already found give: pass those of the paragraphs before the ones to re-scan. */
export function mentionContext(matcher: EntityMatcher, mentions: readonly Mention[]): MentionContext {
  const context = new MentionContext();
  for (const mention of mentions) {
    const words = tokenize(mention.text).filter((t) => !PARTICLES.has(t.folded));
    if (words.length < 2) continue;
    const index = mention.entity ? matcher.indexOf(mention.entity.id) : undefined;
    const person = index === undefined ? undefined : matcher.entity(index);
    if (person?.isPerson) context.addNamedInFull(index!, person);
    else if (mention.match === 'candidate') context.addStranger(words.map((t) => t.folded));
  }
  return context;
}
