// Reading who speaks in a sentence: "X said", "said X", "X told reporters", "according to X",
// "Kremlin spokesman Dmitry Peskov told", "his wife, Alla, told", "she added". Quotations are masked
// (one token each) so that their words never become speakers.
import {
  DETERMINERS,
  FAMILY_WORDS,
  ORGANIZATION_WORDS,
  PRONOUNS,
  isSpeakerNoun,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_ADVERBS,
  type Token,
} from './words';

/** Who a sentence says is speaking, before any pronoun is resolved. */
export interface Subject {
  kind: 'name' | 'pronoun' | 'noun' | 'group' | 'relation';
  /** As written: "Maria Zakharova", "she", "the company", "his wife, Alla". */
  text: string;
  start: number;
  end: number;
  /** For a relation ("his wife, Alla"): the given name and the possessive pointing at the relative. */
  given?: { text: string; start: number; end: number };
  possessive?: string;
}

export interface Attribution {
  subject: Subject;
  /** Token range of the whole attribution (subject and verb). */
  first: number;
  last: number;
}

/** The most tokens an apposition other than a "who" clause may have. */
const APPOSITION_WORDS = 13;
const PREPOSITIONS = new Set('to in from at with for on by near across about against into over'.split(' '));
const CONJUNCTIONS = new Set('and or but while as that'.split(' '));
const PARTICLES = new Set('al el bin ibn abu de da di del der den van von la le du dos'.split(' '));

const isNameWord = (t: Token | undefined): boolean => t?.name === true;

const isParticle = (t: Token | undefined) => t?.kind === 'word' && PARTICLES.has(t.text);
/** A word token in lower case; '' for anything else. */
export const lower = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toLowerCase() : '');
const isVerb = (t: Token | undefined) => t?.kind === 'word' && SPEECH_VERBS.has(t.text);

/** A capitalised run of tokens [first, last], with particles inside it (Ludwig van Beethoven). */
export interface Run {
  first: number;
  last: number;
}

export function runEndingAt(tokens: readonly Token[], last: number): Run | null {
  if (!isNameWord(tokens[last])) return null;
  let first = last;
  while (isNameWord(tokens[first - 1]) || (isParticle(tokens[first - 1]) && isNameWord(tokens[first - 2]))) first--;
  return { first, last };
}

export function runStartingAt(tokens: readonly Token[], first: number): Run | null {
  if (!isNameWord(tokens[first])) return null;
  let last = first;
  while (isNameWord(tokens[last + 1]) || (isParticle(tokens[last + 1]) && isNameWord(tokens[last + 2]))) last++;
  return { first, last };
}

const isTitle = (t: Token) => TITLE_WORDS.has(t.text.toLowerCase());
/** A word describing someone's role before their name: "lawyer", "chief executive", "CEO". */
const isRoleWord = (t: Token | undefined) => t?.kind === 'word' && (/^\p{Ll}/u.test(t.text) || isTitle(t));
export const isOrganizationRun = (tokens: readonly Token[], run: Run): boolean =>
  tokens.slice(run.first, run.last + 1).some((t) => ORGANIZATION_WORDS.has(t.text.toLowerCase()));

/** The name inside a run, without the titles before it ("US Secretary of State Anthony Blinken" -> the last two). */
export function nameOf(tokens: readonly Token[], run: Run): Run | null {
  let first = run.first;
  for (let i = run.first; i <= run.last; i++) if (isTitle(tokens[i])) first = i + 1;
  return first <= run.last ? { first, last: run.last } : null;
}

function textOf(text: string, tokens: readonly Token[], first: number, last: number): Pick<Subject, 'text' | 'start' | 'end'> {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { text: text.slice(start, end), start, end };
}

const nameSubject = (text: string, tokens: readonly Token[], run: Run): Subject => ({
  kind: 'name',
  ...textOf(text, tokens, run.first, run.last),
});

/** Attributions in the sentence tokens[from..to] of a paragraph. */
export function findAttributions(text: string, tokens: readonly Token[], from: number, to: number): Attribution[] {
  const found: Attribution[] = [];
  for (let v = from; v <= to; v++) {
    if (lower(tokens[v]) === 'according' && lower(tokens[v + 1]) === 'to') {
      const after = subjectAfter(text, tokens, v + 2, to);
      if (after) found.push({ subject: after.subject, first: v, last: after.last });
      continue;
    }
    if (tokens[v].text === ':' && tokens[v - 1]?.kind === 'quote') {
      // A headline's "'I still get nervous': Oscar winner Maya Lindqvist on her new film": the person after the colon.
      const after = nameRunWithin(tokens, v + 1, to, 6);
      if (after) found.push({ subject: nameSubject(text, tokens, after), first: v, last: after.last });
      continue;
    }
    if (tokens[v].text === ':') {
      // A headline's "Zelensky: "We will not give up"", and "Union chief Nora Blake disagreed:
      // "…"": the name opening the sentence introduces the quotation after the colon.
      if (tokens[v + 1]?.kind !== 'quote') continue;
      // "Wrote one user:" opens with its verb, no name.
      const opening = describedRunAt(tokens, from, v - 1);
      const run = opening && !(opening.first === opening.last && SPEECH_VERBS.has(lower(tokens[opening.first]))) ? opening : null;
      // "Union chief: '…'", "PM: '…'", "Mother of stabbed teenager: '…'", "Mayor on shootings: '…'": a role with no name.
      const roleEnd = roleBeforeColon(tokens, from, v, run);
      if (roleEnd !== null) {
        found.push({ subject: { kind: 'noun', ...textOf(text, tokens, from, roleEnd) }, first: from, last: v });
        continue;
      }
      const name = run && run.last < v && !speaksIn(tokens, run.last + 1, v - 1) ? nameOf(tokens, run) : null;
      if (name) {
        found.push({ subject: nameSubject(text, tokens, name), first: from, last: v });
        continue;
      }
      // "The statement from Kestrel Airlines read: '…'": the words of a document.
      const document = /^reads?$/.test(lower(tokens[v - 1])) ? headBefore(text, tokens, v - 2, from) : null;
      if (document) {
        found.push({ subject: document.subject, first: document.first, last: v });
        continue;
      }
      const introduced = introductionBeforeColon(text, tokens, from, v);
      if (introduced) found.push({ subject: introduced, first: from, last: v });
      continue;
    }
    // "Wrote one user:", "Said the coach:": a sentence that opens with its verb.
    const opensWithVerb = v === from && SPEECH_VERBS.has(lower(tokens[v])) && (DETERMINERS.has(lower(tokens[v + 1])) || GROUP_COUNTS.has(lower(tokens[v + 1])));
    if (!isVerb(tokens[v]) && !opensWithVerb) continue;
    const before = relativeClauseHead(text, tokens, v, from) ?? subjectBefore(text, tokens, v, from);
    if (before) {
      found.push({ subject: before.subject, first: before.first, last: v });
      continue;
    }
    const prev = tokens[v - 1];
    // "The minister defended the cuts, saying they were …", "Supporters waved flags and chanted …":
    // the one the sentence is about speaks.
    if ((prev?.text === ',' && lower(tokens[v]).endsWith('ing')) || lower(prev) === 'and') {
      const opening = sentenceSubject(text, tokens, from, v - 1);
      if (opening) found.push({ subject: opening.subject, first: opening.first, last: v });
      continue;
    }
    // "'…' So said Jane Doe": the verb after "so" comes first too.
    const afterSo = lower(prev) === 'so' && (v - 1 === from || tokens[v - 2]?.kind === 'quote');
    const verbFirst = v === from || prev.kind === 'quote' || prev.text === ',' || prev.text === '—' || afterSo;
    const after = verbFirst ? subjectAfter(text, tokens, v + 1, to) : null;
    if (after) found.push({ subject: after.subject, first: v, last: after.last });
  }
  return found;
}

/** The first name of two words or more that starts within `reach` words of `from` ("a conversation with chef Lucia Bramante"). */
function nameRunWithin(tokens: readonly Token[], from: number, to: number, reach: number): Run | null {
  for (let k = from; k <= to && k < from + reach; k++) {
    const run = runStartingAt(tokens, k);
    const name = run && run.last <= to ? nameOf(tokens, run) : null;
    if (name && name.last > name.first) return name;
    if (run) k = run.last;
  }
  return null;
}

// "The minister was blunt:", "Her message to the council was simple:", "Her verdict:": a sentence
// that only introduces the quotation after its colon, by its subject or a possessive's owner.
const INTRODUCING_COPULAS = new Set(['was', 'were', 'is', 'are', 'sounded', 'seemed', 'remained']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their']);
const INTRODUCING_WORDS = 8;

function introductionBeforeColon(text: string, tokens: readonly Token[], from: number, colon: number): Subject | null {
  if (colon - from > INTRODUCING_WORDS || colon === from) return null;
  for (let k = from; k < colon; k++) if (tokens[k].kind !== 'word') return null;
  // "Her verdict:", "His reply to critics was short:": the owner speaks.
  if (POSSESSIVE_PRONOUNS.has(lower(tokens[from])) && mayBeNoun(tokens[from + 1])) return { kind: 'pronoun', ...textOf(text, tokens, from, from) };
  const copula = tokens.findIndex((t, k) => k > from && k < colon && INTRODUCING_COPULAS.has(lower(t)));
  return copula > 0 ? (sentenceSubject(text, tokens, from, copula)?.subject ?? null) : null;
}

/**
 * Where a role with no name, opening the sentence before a colon, ends: at the colon ("Union chief"),
 * or before a topic ("Mayor on weekend shootings" is the mayor). Null if the words are no role.
 */
function roleBeforeColon(tokens: readonly Token[], from: number, colon: number, run: Run | null): number | null {
  const named = run !== null && run.last < colon && nameOf(tokens, run) !== null;
  if (colon - from <= 3 && isSpeakerNoun(lower(tokens[colon - 1])) && (!named || run.last < colon - 1)) return colon - 1;
  if (named || colon - from > 6 || !isSpeakerNoun(lower(tokens[from]))) return null;
  for (let k = from + 1; k < colon; k++) if (TOPIC_WORDS.has(lower(tokens[k]))) return k - 1;
  return colon - 1;
}

/** Words that open what a headline's speaker speaks about: "Mayor on …", "Minister over …". */
const TOPIC_WORDS = new Set(['on', 'about', 'over']);

/**
 * The one a "who" clause describes, when the verb is in that clause or follows it: in "A neighbour who
 * said she knew the family described them as …" and "Officials who spoke on condition of anonymity
 * said", the neighbour and the officials speak. A clause after a comma ("Nora Blake, who knew them,
 * said") is an apposition, read as such.
 */
function relativeClauseHead(
  text: string,
  tokens: readonly Token[],
  verb: number,
  from: number,
): { subject: Subject; first: number } | null {
  for (let k = verb - 1; k > from; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.text === ',' || t.text === ':') return null;
    if (lower(t) !== 'who') continue;
    if (tokens[k - 1].text === ',') return null;
    // Whoever "who" describes is a person, whatever the noun: "A fisherman who …".
    const head = headBefore(text, tokens, k - 1, from);
    if (head || !isLowerWord(tokens[k - 1])) return head;
    const first = nounPhraseStart(tokens, k - 1, from);
    return { subject: { kind: 'noun', ...textOf(text, tokens, first, k - 1) }, first };
  }
  return null;
}

/**
 * The subject opening the sentence tokens[from..to]: a name or a speaking noun followed by its verb
 * ("The minister defended", "Nora Blake told"), after an opening phrase and its comma if any ("On
 * Monday, the minister …").
 */
function sentenceSubject(text: string, tokens: readonly Token[], from: number, to: number): { subject: Subject; first: number } | null {
  let start = from;
  for (let k = from; k < Math.min(to, from + 6); k++) if (tokens[k].text === ',') start = k + 1;
  // "Harbour master Olu Bakare closed …"
  const run = describedRunAt(tokens, start, to);
  const name = run && isLowerWord(tokens[run.last + 1]) ? nameOf(tokens, run) : null;
  if (name) return named(text, tokens, name, start);
  for (let k = Math.min(to - 1, start + 5); k >= start; k--) {
    if (!isLowerWord(tokens[k + 1])) continue;
    const head = headBefore(text, tokens, k, start);
    // Only titles and determiners before it: "Foreign Minister Ana Ruiz", "The minister".
    const opens = head && tokens.slice(start, head.first).every((t) => isNameWord(t) || DETERMINERS.has(lower(t)));
    if (opens) return head;
  }
  return null;
}

/** "Zakharova (also) said", "his wife, Alla, told", "Monzer Akbik of the … group told", "she added". */
function subjectBefore(
  text: string,
  tokens: readonly Token[],
  verb: number,
  from: number,
): { subject: Subject; first: number } | null {
  let i = verb - 1;
  while (i >= from && tokens[i].kind === 'word' && VERB_ADVERBS.has(tokens[i].text)) i--;
  if (i < from) return null;
  const t = tokens[i];
  if (t.kind === 'word' && PRONOUNS.has(t.text.toLowerCase())) {
    return { subject: { kind: 'pronoun', ...textOf(text, tokens, i, i) }, first: i };
  }
  if (t.text === ',') return appositionBefore(text, tokens, i, from);
  return headBefore(text, tokens, i, from) ?? (i === verb - 1 ? anyNounBefore(text, tokens, verb, from) : null);
}

/** Small words that stand before verbs and are no nouns: "… and said", "who also told". */
const NOT_NOUNS = new Set('and or but nor that which who whom whose then also not never it he she they we i you this these those there here as so yet still just only even'.split(' '));
/** Verbs that only people and their words do: before one, any noun is the speaker. */
const SAYING_VERBS = new Set(
  ('say says said tell tells told insist insists insisted add adds added write writes wrote warn warns warned allege alleges alleged ' +
    'ask asks asked reply replied describe describes described recall recalls recalled').split(' '),
);

/**
 * A noun in no list right before a verb of saying: "the defendant insisted", "one board member said",
 * "a user wrote", and in a headline, with no determiner, "…', coroner warns".
 */
function anyNounBefore(text: string, tokens: readonly Token[], verb: number, from: number): { subject: Subject; first: number } | null {
  if (!SAYING_VERBS.has(lower(tokens[verb]))) return null;
  const noun = verb - 1;
  const determined = determinedNoun(text, tokens, noun, from);
  if (determined || !mayBeNoun(tokens[noun])) return determined;
  // A headline's bare noun after the quotation: "…', coroner warns".
  const before = tokens[noun - 1];
  return noun === from || before?.text === ',' || before?.kind === 'quote'
    ? { subject: { kind: 'noun', ...textOf(text, tokens, noun, noun) }, first: noun }
    : null;
}

/** A lower-case word that may be a noun: not a small word, an adverb or a participle. */
function mayBeNoun(t: Token | undefined): boolean {
  return isLowerWord(t) && !/(?:ly|ed|ing)$/.test(lower(t)) && !NOT_NOUNS.has(lower(t));
}

/** A noun phrase ending at token `noun` that opens with a determiner, a count or a possessive: "the defendant", "one board member". */
function determinedNoun(text: string, tokens: readonly Token[], noun: number, from: number): { subject: Subject; first: number } | null {
  if (!mayBeNoun(tokens[noun])) return null;
  let first = noun;
  while (first - 1 >= from && first > noun - 3 && isLowerWord(tokens[first - 1]) && !GROUP_COUNTS.has(lower(tokens[first - 1]))) first--;
  const before = tokens[first - 1];
  const opens = before !== undefined && first - 1 >= from && (DETERMINERS.has(lower(before)) || GROUP_COUNTS.has(lower(before)) || /['’]s$/.test(before.text));
  return opens ? { subject: { kind: 'noun', ...textOf(text, tokens, first - 1, noun) }, first: first - 1 } : null;
}

/** The subject ending at token i: a name (with titles, "of" phrases and "and" lists) or a speaking noun. */
function headBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  from: number,
): { subject: Subject; first: number } | null {
  const qualified = qualifiedNounBefore(tokens, i, from);
  if (qualified !== null) return { subject: { kind: 'noun', ...textOf(text, tokens, qualified, i) }, first: qualified };
  const run = runEndingAt(tokens, i);
  // "Those close to Damascus say": a name after a preposition is not who speaks.
  if (run && PREPOSITIONS.has(lower(tokens[run.first - 1]))) return null;
  if (run && run.first >= from) {
    // "Ryan Eagle of Ferrier Hodgson said", "Nina Berg of the Green Party told": the person before "of",
    // unless the run before is a title.
    const of = lower(tokens[run.first - 1]) === 'the' ? run.first - 2 : run.first - 1;
    if (lower(tokens[of]) === 'of') {
      const owner = runEndingAt(tokens, of - 1);
      const ownerName = owner && owner.first >= from ? nameOf(tokens, owner) : null;
      if (ownerName && !isOrganizationRun(tokens, ownerName)) return named(text, tokens, ownerName, from);
      if (owner && owner.first >= from && isOrganizationRun(tokens, owner)) {
        return { subject: nameSubject(text, tokens, { first: owner.first, last: run.last }), first: owner.first };
      }
    }
    const name = nameOf(tokens, run);
    if (name) return named(text, tokens, name, from);
    // "the Prime Minister said": a title with no name is the speaker as the story names them.
    const first = DETERMINERS.has(lower(tokens[run.first - 1])) && run.first - 1 >= from ? run.first - 1 : run.first;
    return { subject: { kind: 'noun', ...textOf(text, tokens, first, run.last) }, first };
  }
  const owner = ownerBeforeOf(tokens, i, from);
  if (owner !== null) return { subject: { kind: 'noun', ...textOf(text, tokens, owner, i) }, first: owner };
  const noun = lower(tokens[i]);
  if (!isSpeakerNoun(noun)) return null;
  const first = nounPhraseStart(tokens, i, from);
  // "Monzer Akbik of the Western-backed National Coalition opposition group told"
  if (lower(tokens[first - 1]) === 'of') {
    const owner = runEndingAt(tokens, first - 2);
    const ownerName = owner && owner.first >= from ? nameOf(tokens, owner) : null;
    if (ownerName) return named(text, tokens, ownerName, from);
  }
  const determiner = lower(tokens[first]);
  const subject: Subject = { kind: 'noun', ...textOf(text, tokens, first, i) };
  if (FAMILY_WORDS.has(noun) && (determiner === 'his' || determiner === 'her')) subject.possessive = determiner;
  return { subject, first };
}

/**
 * Where a speaking noun opens a phrase that qualifies it up to token i: "a spokeswoman for the Ministry
 * of Justice", "an official at the finance ministry", "people familiar with the matter", "police at
 * the scene". The noun speaks, not the institution or the place after it.
 */
function qualifiedNounBefore(tokens: readonly Token[], i: number, from: number): number | null {
  // The qualifier's object: a capitalised name (joined by "of"), or up to three lower-case words.
  let k = i;
  const run = runEndingAt(tokens, i);
  if (run) {
    k = run.first;
    for (let before = runEndingAt(tokens, k - 2); lower(tokens[k - 1]) === 'of' && before; before = runEndingAt(tokens, k - 2)) k = before.first;
  } else {
    if (!isLowerWord(tokens[i])) return null;
    while (k - 1 > from && i - k < 2 && isLowerWord(tokens[k - 1]) && !QUALIFIERS.has(lower(tokens[k - 1]))) k--;
  }
  if (DETERMINERS.has(lower(tokens[k - 1]))) k--;
  let q = k - 1;
  if (QUALIFYING_ADJECTIVES.has(lower(tokens[q - 1]))) q--;
  else if (!QUALIFIERS.has(lower(tokens[q]))) return null;
  const noun = q - 1;
  return noun >= from && isSpeakerNoun(lower(tokens[noun])) ? nounPhraseStart(tokens, noun, from) : null;
}

/** Words that join a speaker to whom or where they speak for: "a spokesman for …", "officials in …". */
const QUALIFIERS = new Set('for at with in from'.split(' '));
/** Words that qualify an anonymous source: "familiar with", "close to", "briefed on". */
const QUALIFYING_ADJECTIVES = new Set('familiar close briefed aware'.split(' '));

/** Where the phrase of the noun at token i starts: back over its modifiers to a determiner or a possessive ("Greiner's defense team"). */
function nounPhraseStart(tokens: readonly Token[], i: number, from: number): number {
  let first = i;
  for (let k = i - 1; k >= from && k >= i - 5; k--) {
    const w = tokens[k];
    if (w.kind !== 'word' || PREPOSITIONS.has(lower(w)) || CONJUNCTIONS.has(lower(w))) break;
    first = k;
    if (DETERMINERS.has(w.text.toLowerCase()) || /['’]s$/.test(w.text)) break;
  }
  return first;
}

/**
 * Where a speaking noun opens the phrase ending at token i, when the phrase ends in "of" and a few
 * words: "Residents of the village", "one of them", "one of the sources".
 */
function ownerBeforeOf(tokens: readonly Token[], i: number, from: number): number | null {
  for (let of = i - 1; of > from && of >= i - 4; of--) {
    const t = tokens[of];
    if (t.kind !== 'word') return null;
    if (lower(t) !== 'of') continue;
    const owner = lower(tokens[of - 1]);
    if (!isSpeakerNoun(owner) && !GROUP_COUNTS.has(owner)) return null;
    return DETERMINERS.has(lower(tokens[of - 2])) && of - 2 >= from ? of - 2 : of - 1;
  }
  return null;
}

/** Words that pick speakers out of a group: "one of them said", "some of the residents said". */
const GROUP_COUNTS = new Set('one two three some many several most none all'.split(' '));

/**
 * The capitalised run at token k, or, for one capitalised word that describes, then lower-case words,
 * the name after them: "Olympic champion Eva Lind", "Labour lawmaker Ruth Penn", "Union chief Nora Blake".
 */
function describedRunAt(tokens: readonly Token[], k: number, to: number): Run | null {
  const run = runStartingAt(tokens, k);
  if (!run || run.first !== run.last) return run;
  let n = run.last + 1;
  // A plural possessive's apostrophe: "Teachers' union president Dorcas Mutua".
  if (/^['’]$/.test(tokens[n]?.text ?? '')) n++;
  while (n <= to && n <= run.last + 3 && isLowerWord(tokens[n])) n++;
  const after = n > run.last + 1 && isLowerWord(tokens[n - 1]) ? runStartingAt(tokens, n) : null;
  return after && after.last <= to && after.last > after.first ? after : run;
}

const isLowerWord = (t: Token | undefined) => t?.kind === 'word' && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.text);

/** A name subject, widened to a list ("James Stewart, Jim Sarantinos and Ryan Eagle"). */
function named(text: string, tokens: readonly Token[], name: Run, from: number): { subject: Subject; first: number } {
  let first = name.first;
  let k = first - 1;
  let listed = false;
  while (k >= from && (lower(tokens[k]) === 'and' || tokens[k].text === ',')) {
    const other = runEndingAt(tokens, k - 1);
    if (!other || other.first < from || isOrganizationRun(tokens, other)) break;
    listed = true;
    first = other.first;
    k = first - 1;
  }
  return { subject: { kind: listed ? 'group' : 'name', ...textOf(text, tokens, first, name.last) }, first };
}

/** A name after the verb, widened to a list that ends in "and" ("said union leaders Rosa Lind and Erik Falk"). */
function listedAfter(text: string, tokens: readonly Token[], name: Run, to: number): { subject: Subject; last: number } {
  let last = name.last;
  for (let k = name.last + 1; k <= to && (tokens[k].text === ',' || lower(tokens[k]) === 'and'); ) {
    if (tokens[k].text === ',' && lower(tokens[k + 1]) === 'and') k++;
    const other = runStartingAt(tokens, k + 1);
    if (!other || other.last > to || isOrganizationRun(tokens, other)) break;
    if (lower(tokens[k]) === 'and') {
      last = other.last;
      break;
    }
    k = other.last + 1;
  }
  const kind = last === name.last ? 'name' : 'group';
  return { subject: { kind, ...textOf(text, tokens, name.first, last) }, last };
}

/** "his wife, Alla, told" and "Bout, 55, said": the head before the first comma, the appositive between. */
function appositionBefore(
  text: string,
  tokens: readonly Token[],
  comma: number,
  from: number,
): { subject: Subject; first: number } | null {
  let open = comma - 1;
  while (open >= from && tokens[open].text !== ',' && tokens[open].kind !== 'quote') open--;
  if (open < from || tokens[open].text !== ',') return null;
  // A short apposition ("Bout, 55,"), or a "who" clause of any length ("Jana Ruzicka, who has run
  // the shelter for more than 20 years, said"); a long stretch between commas is a clause of its own.
  if (comma - open > APPOSITION_WORDS && lower(tokens[open + 1]) !== 'who') return null;
  // "the influencer, who goes by @saltyspoon, said": any noun with its determiner heads a "who" clause.
  const head = headBefore(text, tokens, open - 1, from) ?? (lower(tokens[open + 1]) === 'who' ? determinedNoun(text, tokens, open - 1, from) : null);
  const appositive = runStartingAt(tokens, open + 1);
  const named = appositive && appositive.last === comma - 1 ? nameOf(tokens, appositive) : null;
  // "The mayor, Ruth Adler, said": a description we do not know, then the name.
  if (!head) return named ? { subject: nameSubject(text, tokens, named), first: named.first } : null;
  // "Smith's lawyer, John Doe, said": a full name in the apposition is the speaker.
  if (head.subject.kind === 'noun' && named && named.last > named.first) {
    return { subject: nameSubject(text, tokens, named), first: named.first };
  }
  if (head.subject.kind === 'noun' && appositive && appositive.last === comma - 1) {
    const given = textOf(text, tokens, appositive.first, appositive.last);
    return {
      subject: { ...head.subject, kind: 'relation', ...textOf(text, tokens, head.first, appositive.last), given },
      first: head.first,
    };
  }
  return head;
}

/** "said Salem Zahran, a Lebanese analyst", "said attorney Maria Blagovolina", "said the company". */
function subjectAfter(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
): { subject: Subject; last: number } | null {
  const t = tokens[i];
  if (i > to || !t) return null;
  if (t.kind === 'word' && PRONOUNS.has(t.text.toLowerCase())) {
    return { subject: { kind: 'pronoun', ...textOf(text, tokens, i, i) }, last: i };
  }
  // Lowercase descriptions before the name: "said county board Chairman Chalen Tatum"; not a place
  // after a preposition: "said one lorry driver near Villefranche".
  let k = i;
  while (k <= to && k < i + 4 && isLowerWord(tokens[k]) && !PREPOSITIONS.has(lower(tokens[k]))) k++;
  if (k > i && PREPOSITIONS.has(lower(tokens[k]))) k = i;
  const run = describedRunAt(tokens, k, to);
  // "says Rovers coach": a team's or a place's name describing the one who speaks.
  const describing = run && run.first === run.last && run.first === i && !/['’]s$/.test(tokens[run.last].text);
  if (describing && isSpeakerNoun(lower(tokens[run.last + 1])) && !isNameWord(tokens[run.last + 2]) && tokens[run.last + 2]?.text !== ',') {
    return { subject: { kind: 'noun', ...textOf(text, tokens, run.first, run.last + 1) }, last: run.last + 1 };
  }
  if (run && run.last <= to && /['’]s$/.test(tokens[run.last].text)) {
    // "says Smith's lawyer, John Doe", "according to Acme's CEO John Doe" / "says Smith's lawyer": the
    // one the possessive describes, by name if the role words are followed by one.
    let n = run.last + 1;
    while (n <= to && n <= run.last + 3 && isRoleWord(tokens[n])) n++;
    if (tokens[n]?.text === ',') n++;
    const named = n > run.last + 1 ? runStartingAt(tokens, n) : null;
    if (named && named.last <= to) return { subject: nameSubject(text, tokens, nameOf(tokens, named) ?? named), last: named.last };
    const noun = run.last + 1;
    if (!isSpeakerNoun(lower(tokens[noun]))) return null;
    return { subject: { kind: 'noun', ...textOf(text, tokens, run.first, noun) }, last: noun };
  }
  if (run && run.last <= to) {
    const name = nameOf(tokens, run);
    return name ? listedAfter(text, tokens, name, to) : null;
  }
  if (DETERMINERS.has(lower(t)) || GROUP_COUNTS.has(lower(t))) {
    for (let n = i + 1; n <= to && n <= i + 3; n++) {
      if (!isSpeakerNoun(lower(tokens[n]))) continue;
      // "a company report", "the dock workers' union": the phrase's last noun is the speaker.
      for (;;) {
        if (n < to && isSpeakerNoun(lower(tokens[n + 1]))) n++;
        else if (n + 1 < to && /^['’]$/.test(tokens[n + 1].text) && tokens[n].text.endsWith('s') && isSpeakerNoun(lower(tokens[n + 2]))) n += 2;
        else break;
      }
      // "said the Wanderers boss Tadhg Brennan": the name the description comes with.
      const named = runStartingAt(tokens, n + 1);
      const name = named && named.last <= to && named.last > named.first ? nameOf(tokens, named) : null;
      if (name) return { subject: nameSubject(text, tokens, name), last: name.last };
      const relation = relationAfter(text, tokens, i, n, to);
      if (relation) return relation;
      const last = qualifierEnd(tokens, n, to);
      return { subject: { kind: 'noun', ...textOf(text, tokens, i, last) }, last };
    }
    // "Wrote one user: …": any noun right after, where the phrase ends.
    if (mayBeNoun(tokens[i + 1]) && tokens[i + 2]?.kind !== 'word') return { subject: { kind: 'noun', ...textOf(text, tokens, i, i + 1) }, last: i + 1 };
  }
  if (isSpeakerNoun(lower(t))) return { subject: { kind: 'noun', ...textOf(text, tokens, i, i) }, last: i };
  return null;
}

/**
 * "added his wife, Achieng" and "said her lawyer, John Doe": the name in commas after the noun phrase
 * tokens[first..noun]; a relative's given name is kept with the relation, as appositionBefore does.
 */
function relationAfter(text: string, tokens: readonly Token[], first: number, noun: number, to: number): { subject: Subject; last: number } | null {
  if (tokens[noun + 1]?.text !== ',') return null;
  const run = runStartingAt(tokens, noun + 2);
  if (!run || run.last > to || tokens[run.last + 1]?.kind === 'word') return null;
  const name = nameOf(tokens, run);
  if (!name) return null;
  if (name.last > name.first) return { subject: nameSubject(text, tokens, name), last: name.last };
  const determiner = lower(tokens[first]);
  if (!FAMILY_WORDS.has(lower(tokens[noun])) || (determiner !== 'his' && determiner !== 'her')) return null;
  const subject: Subject = {
    kind: 'relation',
    ...textOf(text, tokens, first, name.last),
    given: textOf(text, tokens, name.first, name.last),
    possessive: determiner,
  };
  return { subject, last: name.last };
}

/** The end of what qualifies a speaking noun at token n: "one person familiar with the matter", "a spokesman for Acme Group". */
function qualifierEnd(tokens: readonly Token[], n: number, to: number): number {
  let k = n + 1;
  if (QUALIFYING_ADJECTIVES.has(lower(tokens[k]))) k++;
  else if (!QUALIFIERS.has(lower(tokens[k]))) return n;
  k++;
  if (DETERMINERS.has(lower(tokens[k]))) k++;
  const run = runStartingAt(tokens, k);
  if (run && run.last <= to) return run.last;
  let last = n;
  for (let w = k; w <= to && w < k + 3 && isLowerWord(tokens[w]); w++) last = w;
  return last;
}

/** Whether the sentence tokens[from..to] has a speech verb, whoever its subject ("the plan was called "a disgrace""). */
export function speaksIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isVerb(tokens[k]) || (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to')) return true;
  return false;
}

// "That was the promise of Mayor Ana Ruiz.", "Those were the words of …":
// a sentence that names the speaker of the quotation standing before it.
const BACK_POINTERS = new Set(['that', 'this', 'those', 'these', 'such']);
const BACK_VERBS = new Set(['was', 'were', 'is', 'are', "that's", 'came', 'comes']);
const BACK_LINKS = new Set(['of', 'from', 'by']);

const BACK_NOUNS = new Set(['words', 'remarks', 'comments', 'message', 'verdict', 'promise', 'warning', 'plea']);

/** The speaker a sentence names for the quotation right before it, or null. */
export function backwardAttribution(text: string, tokens: readonly Token[], from: number, to: number): Attribution | null {
  const [first, second] = [lower(tokens[from]), lower(tokens[from + 1])];
  // "With those words, Mick Tolland, general secretary of the union, confirmed …": the sentence's subject.
  if (first === 'with' && BACK_POINTERS.has(second) && BACK_NOUNS.has(lower(tokens[from + 2]))) {
    const after = tokens[from + 3]?.text === ',' ? (nameWithin(text, tokens, from + 4, to) ?? subjectAfter(text, tokens, from + 4, to)) : null;
    return after && { subject: after.subject, first: from, last: after.last };
  }
  // "The words of eight-year-old Ellie Mason, read out at …": the one whose words they are.
  if (first === 'the' && BACK_NOUNS.has(second) && BACK_LINKS.has(lower(tokens[from + 2]))) {
    const after = subjectAfter(text, tokens, from + 3, to) ?? nameWithin(text, tokens, from + 3, to);
    return after && { subject: after.subject, first: from, last: after.last };
  }
  if (!BACK_POINTERS.has(first) || !BACK_VERBS.has(lower(tokens[from + 1]))) return null;
  // "That was the defiant message of …", "This is the view from …": a few words, then the link.
  for (let k = from + 2; k <= to && k <= from + 6; k++) {
    if (tokens[k].kind !== 'word') return null;
    if (!BACK_LINKS.has(lower(tokens[k]))) continue;
    const after = subjectAfter(text, tokens, k + 1, to);
    return after && after.subject.kind !== 'pronoun' ? { subject: after.subject, first: from, last: after.last } : null;
  }
  return null;
}

/** A name of two words or more among the next few words ("eight-year-old Ellie Mason"), as a subject. */
function nameWithin(text: string, tokens: readonly Token[], from: number, to: number): { subject: Subject; last: number } | null {
  const name = nameRunWithin(tokens, from, to, 4);
  return name && { subject: nameSubject(text, tokens, name), last: name.last };
}

/** Does a speech verb follow within a few words (before any punctuation)? "… yet." Putin said. */
export function attributionFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 6; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (isVerb(tokens[k])) return true;
  }
  return false;
}
