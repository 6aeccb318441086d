// Who has been named so far, in reading order: the people, organisations and groups a pronoun
// ("she added", "it said", "they said") can point back to. Words inside quotations are not counted.
import type { EntityRef, Mention } from '../story/annotations';
import { isOrganizationRun, lower, nameOf, runStartingAt, type Run } from './attribution';
import { GENDERED_TITLES, INSTITUTION_NOUNS, isSpeakerNoun, TITLE_WORDS, type Token } from './words';

export type ReferentKind = 'person' | 'organization' | 'group';

export interface Referent {
  kind: ReferentKind;
  /** The name as written. */
  text: string;
  canonical: string | null;
  entityId: string | null;
  /** Reading position: paragraph order, then offset. */
  order: number;
  paragraph: number;
  /** The sentence it is named in (comparable across paragraphs). */
  sentence: number;
  /** Named as the speaker of an attribution ("Mattis told reporters"). */
  speaking: boolean;
  /** Told by a title before this or another mention of the name ("Ms.", "spokeswoman"); null when unknown. */
  gender: Gender | null;
  /** The roles the copy gives a person beside the name ("Finance Minister …", "…, the coach,"): what "the minister" points back to. */
  roles: readonly string[];
}

export type Gender = 'female' | 'male';

/** How far back (in paragraphs) a pronoun may reach for its person. */
const PRONOUN_REACH = 4;

export class Referents {
  private readonly seen: Referent[] = [];
  /** The latest person by each word of their name, for "Roeslein" after "Rudi Roeslein". */
  private readonly personByWord = new Map<string, Referent>();
  /** What the copy has told of a person's sex, by the last word of their name: "Ms. Becker" makes a later "Becker" a she. */
  private readonly genderByName = new Map<string, Gender>();

  /** Files a referent in reading order: a speaker is found after the names of its paragraph, and may come before some of them. */
  add(referent: Referent): void {
    if (referent.kind === 'person') this.learnGender(referent);
    let at = this.seen.length;
    while (at > 0 && this.seen[at - 1].order > referent.order) at--;
    this.seen.splice(at, 0, referent);
    const words = (referent.canonical ?? referent.text).split(/\s+/);
    if (referent.kind !== 'person' || words.length < 2) return; // full names only: "Mattis" must find "Jim Mattis"
    for (const word of words) {
      const key = fold(word);
      if (key.length >= 3) this.personByWord.set(key, referent);
    }
  }

  /**
   * What a pronoun at `order` points back to: the latest sentence naming a referent of this kind, and in it
   * the one speaking, else the first named (the subject, as in "Chen contacted Bob Fu. … she told …").
   */
  latest(kind: ReferentKind, order: number, paragraph: number, gender: Gender | null = null): Referent | null {
    const sentence: Referent[] = [];
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const r = this.seen[i];
      if (paragraph - r.paragraph > PRONOUN_REACH) break;
      if (r.order >= order || r.kind !== kind || (gender && r.gender && r.gender !== gender)) continue;
      if (sentence.length && r.sentence !== sentence[0].sentence) break;
      sentence.push(r);
    }
    sentence.sort((a, b) => a.order - b.order);
    return sentence.find((r) => r.speaking) ?? sentence[0] ?? null;
  }

  /**
   * Shares what a title told of a person's sex with the other mentions of their name, before and after.
   * A resolved pronoun teaches nothing: a wrong guess would spread.
   */
  private learnGender(referent: Referent): void {
    const key = lastWord(referent.canonical ?? referent.text);
    if (referent.gender) {
      this.genderByName.set(key, referent.gender);
      for (const r of this.seen) if (r.kind === 'person' && !r.gender && lastWord(r.canonical ?? r.text) === key) r.gender = referent.gender;
    }
    referent.gender ??= this.genderByName.get(key) ?? null;
  }

  /** The latest person named with this role within a few paragraphs ("the minister" after "Finance Minister Harriet Okonkwo"). */
  byRole(role: string, order: number, paragraph: number): Referent | null {
    for (let i = this.seen.length - 1; i >= 0 && paragraph - this.seen[i].paragraph <= PRONOUN_REACH; i--) {
      const r = this.seen[i];
      if (r.kind === 'person' && r.order < order && r.roles.includes(role)) return r;
    }
    return null;
  }

  /** The first referent of this kind in reading order. */
  first(kind: ReferentKind): Referent | null {
    return this.seen.find((r) => r.kind === kind) ?? null;
  }

  /** People named earlier, latest first, within a few paragraphs. */
  recentPeople(order: number, paragraph: number): Referent[] {
    const people: Referent[] = [];
    for (let i = this.seen.length - 1; i >= 0 && paragraph - this.seen[i].paragraph <= PRONOUN_REACH; i--) {
      const r = this.seen[i];
      if (r.kind === 'person' && r.order < order) people.push(r);
    }
    return people;
  }

  /** A person named earlier of whose name this single word is a part ("Roeslein" after "Rudi Roeslein"). */
  personByName(word: string, order: number): Referent | null {
    const r = this.personByWord.get(fold(word));
    return r && r.order < order ? r : null;
  }
}

export const fold = (s: string): string =>
  (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:al|el)-/, '');

export const lastWord = (name: string): string => fold(name.trim().split(/\s+/).pop()!);

/** The order key of an offset in a paragraph, comparable across paragraphs. */
export const orderOf = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

/** Where a name stands: its paragraph, offset and sentence. */
export interface Place {
  paragraph: number;
  offset: number;
  sentence: number;
}

/**
 * The names in a paragraph outside quotations, as referents: dictionary mentions first (they know the type),
 * then capitalised runs that look like people ("Daiana Castro", a name already met) or institutions.
 */
export function namesIn(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  placeOf: (offset: number) => Place,
  referents: Referents,
): Referent[] {
  const found: Referent[] = [];
  const inQuote = (offset: number) => tokens.some((t) => t.kind === 'quote' && t.start <= offset && offset < t.end);
  for (const m of mentions) {
    if (!m.entity || inQuote(m.start)) continue;
    const kind = m.entity.type === 'person' ? 'person' : m.entity.type === 'organization' ? 'organization' : null;
    if (kind) found.push({ ...referentOf(kind, m.text, m.entity, placeOf(m.start)), gender: genderBefore(tokens, m.start), roles: rolesBeside(tokens, m.start, m.end) });
  }
  // Names the dictionary knows were taken above; a name it does not know (a candidate) is read like any
  // capitalised run, so that "she said" can still point back to it.
  const covered = (offset: number) => mentions.some((m) => m.entity && m.start <= offset && offset < m.end);
  for (let i = 0; i < tokens.length; i++) {
    // "the ministry" / "The company": an institution a later "it" can stand for.
    if (tokens[i].text.toLowerCase() === 'the' && INSTITUTION_NOUNS.has(tokens[i + 1]?.text ?? '')) {
      found.push(referentOf('organization', `${tokens[i].text} ${tokens[i + 1].text}`, null, placeOf(tokens[i].start)));
    }
    const group = groupAt(tokens, i);
    if (group) found.push(referentOf('group', runText(tokens, group), null, placeOf(tokens[group.first].start)));
    const run = runStartingAt(tokens, i);
    if (!run) continue;
    i = run.last;
    if (covered(tokens[run.first].start)) continue;
    const referent = runReferent(tokens, run, placeOf, referents);
    if (referent) found.push(referent);
  }
  return found.sort((a, b) => a.order - b.order);
}

/**
 * A group a later "they" can stand for, starting at token i: people named together ("Arjun and Kavya
 * Iyer") or a plural speaking noun ("Residents of Kampung Baru", "protesters").
 */
function groupAt(tokens: readonly Token[], i: number): Run | null {
  const word = lower(tokens[i]);
  // A plural noun only as a sentence's subject: "will assist the receivers" names no one who speaks.
  if (word.endsWith('s') && isSpeakerNoun(word) && !INSTITUTION_NOUNS.has(word) && opensSentence(tokens, i)) {
    const owner = lower(tokens[i + 1]) === 'of' ? runStartingAt(tokens, i + 2) : null;
    // "Her parents" keep the possessive that tells whose.
    const first = /^(?:her|his|their)$/.test(lower(tokens[i - 1])) ? i - 1 : i;
    return { first, last: owner ? owner.last : i };
  }
  const run = runStartingAt(tokens, i);
  const other = run && lower(tokens[run.last + 1]) === 'and' ? runStartingAt(tokens, run.last + 2) : null;
  return run && other && !isOrganizationRun(tokens, run) && !isOrganizationRun(tokens, other) ? { first: run.first, last: other.last } : null;
}

/** Whether token i opens its sentence, after a determiner if any ("The receivers began …", "Her parents led …"). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const start = /^(?:the|her|his|their)$/.test(lower(tokens[i - 1])) ? i - 1 : i;
  const before = tokens[start - 1];
  return !before || (before.kind === 'punct' && /[.?!]/.test(before.text));
}

/** A run's words as written, one space apart. */
const runText = (tokens: readonly Token[], run: Run): string => tokens.slice(run.first, run.last + 1).map((t) => t.text).join(' ');

function runReferent(
  tokens: readonly Token[],
  run: Run,
  placeOf: (offset: number) => Place,
  referents: Referents,
): Referent | null {
  const place = placeOf(tokens[run.first].start);
  if (isOrganizationRun(tokens, run)) return referentOf('organization', runText(tokens, run), null, place);
  const name = nameOf(tokens, run);
  if (!name || tokens[run.first - 1]?.text.toLowerCase() === 'the') return null;
  const gender = genderBefore(tokens, tokens[name.first].start);
  const roles = rolesBeside(tokens, tokens[name.first].start, tokens[name.last].end);
  // A full name, or a surname after a title ("Mrs Price", "Dr. Okafor"), is a person.
  if (name.last > name.first || name.first > run.first) return { ...referentOf('person', runText(tokens, name), null, placeOf(tokens[name.first].start)), gender, roles };
  const known = referents.personByName(runText(tokens, name), orderOf(place.paragraph, place.offset));
  return known && { ...referentOf('person', runText(tokens, name), null, place), canonical: known.canonical, entityId: known.entityId, gender, roles };
}

/** The sex a title just before the name at `offset` tells ("Ms. Ana Ruiz", "spokesman Tom Reed"), if any. */
export function genderBefore(tokens: readonly Token[], offset: number): Gender | null {
  const at = tokens.findIndex((t) => t.start === offset);
  // Back over capitalised titles ("Ms. Deputy Mayor"); a lower-case word other than a gendered role ends them.
  for (let k = at - 1; k >= 0 && k >= at - 4 && tokens[k].kind === 'word'; k--) {
    const gender = GENDERED_TITLES.get(tokens[k].text.toLowerCase());
    if (gender) return gender;
    if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  }
  return null;
}

// Titles too general to point back to one person ("the former …", "a member").
const GENERAL_TITLES = new Set(['former', 'state', 'member', 'official', 'head', 'chief', 'deputy', 'vice', 'prime', 'foreign']);

/**
 * The roles written beside the name spanning [start, end): titles in the words just before it
 * ("Finance Minister Harriet Okonkwo", "the finance minister, Harriet Okonkwo") and in an apposition
 * after it ("Harriet Okonkwo, the finance minister,").
 */
function rolesBeside(tokens: readonly Token[], start: number, end: number): string[] {
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findIndex((t) => t.end >= end);
  const roles: string[] = [];
  const take = (t: Token) => {
    const word = lower(t);
    if (TITLE_WORDS.has(word) && !GENERAL_TITLES.has(word) && !GENDERED_TITLES.has(word)) roles.push(word.replace(/\.$/, ''));
  };
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  for (let n = 0; n < 4 && k >= 0 && tokens[k].kind === 'word'; n++, k--) take(tokens[k]);
  if (last >= 0 && tokens[last + 1]?.text === ',') for (let j = last + 2; j < tokens.length && j <= last + 6 && tokens[j].kind === 'word'; j++) take(tokens[j]);
  return roles;
}

export function referentOf(
  kind: ReferentKind,
  text: string,
  entity: EntityRef | null,
  place: Place,
  speaking = false,
): Referent {
  return {
    kind,
    text,
    canonical: entity?.canonical ?? null,
    entityId: entity?.id ?? null,
    order: orderOf(place.paragraph, place.offset),
    paragraph: place.paragraph,
    sentence: place.paragraph * 10_000 + place.sentence,
    speaking,
    gender: null,
    roles: [],
  };
}
