// Quotes in a story: found by their marks, attributed to a speaker, and compared with the wire original.
//
// A quotation that runs over several paragraphs (opening mark repeated at each paragraph start, closed only
// at the end) is reported as one Quote per paragraph, each with its own span; the segments share one speaker,
// found anywhere in the run, and an editor's choice on any segment applies to all of them.
// A quotation nested inside another ("… `This is who I am,' …") is part of the outer quote, not reported alone.
// The whole story is read in about a millisecond of CPU per thousand words, so the editor simply re-runs
// findQuotes after each change: pronouns and running quotations need the paragraphs before anyway.
import type { AnalysisText } from '../story/story';
import { copyLanguage, isTitleCase } from '../story/language';
import type { EntityRef, Mention, Quote, Speaker, TextSpan } from '../story/annotations';
import { attributionFollows, backwardAttribution, findAttributions, nameOf, runStartingAt, speaksIn, type Attribution, type Subject } from './attribution';
import { dashQuote, scanParagraph, transcriptKind, transcriptLine, type QuoteSpan, type TranscriptLine } from './marks';
import { fold, genderBefore, lastWord, namesIn, orderOf, referentOf, Referents, type Place, type ReferentKind } from './referents';
import { PRONOUNS, tokenize, type Token } from './words';

export { compareWithSource } from './integrity';

/** An editor's speaker choice for the quote covering this span. */
export interface SpeakerOverride extends TextSpan {
  speaker: Speaker;
}

export interface QuoteOptions {
  mentions?: readonly Mention[];
  overrides?: readonly SpeakerOverride[];
  /**
   * The dictionary's people. Lets a given-name apposition ("his wife, Alla") link to a dictionary person
   * when given name and the possessor's surname together are that person's canonical name ("Alla Bout").
   */
  people?: readonly EntityRef[];
}

interface Draft {
  quote: Quote;
  /** The segments of one quotation running over paragraphs (this one included). */
  chain: Draft[];
  /** Speaker found in the quote's own sentence (not borrowed from context). */
  attributed: boolean;
}

/** Finds every quotation in the texts (headline and body) with its speaker, or null where none is named. */
export function findQuotes(texts: readonly AnalysisText[], options: QuoteOptions = {}): Quote[] {
  const headline = texts.filter((t) => t.in === 'headline');
  const body = texts.filter((t) => t.in === 'body').sort((a, b) => a.paragraph - b.paragraph);
  // Capitals and speech verbs tell titles and scare quotes from speech only in English copy.
  const english = copyLanguage(lowerCaseWordsIn(texts)) === 'en';
  const drafts = [...readFlow(headline, options, english), ...readFlow(body, options, english)];
  for (const draft of drafts) shareChainSpeaker(draft);
  applyOverrides(drafts, options.overrides ?? []);
  return drafts.map((d) => d.quote);
}

/** Reads paragraphs in order, so that pronouns and running quotations can look back. */
function readFlow(texts: readonly AnalysisText[], options: QuoteOptions, english: boolean): Draft[] {
  const drafts: Draft[] = [];
  const referents = new Referents();
  let openChain: Draft[] | null = null;
  let previous: { paragraph: number; speaker: Speaker | null } | null = null;

  const mentionsOf = groupBy(options.mentions ?? [], (m) => `${m.in}:${m.paragraph}`);
  // An interview's answers and a transcript's lines are speech without marks.
  const transcript = transcriptKind(texts.map((t) => t.text));

  for (const { in: where, paragraph, text } of texts) {
    const marked = scanParagraph(text, openChain !== null);
    // Speech without marks: a transcript's line, or a quotation opened by a dash (Nordic copy).
    const line = transcript && !marked.length ? transcriptLine(text, transcript) : null;
    const unmarked = line ?? (english || marked.length ? null : dashQuote(text));
    const spans = unmarked ? [unmarked.span] : marked;
    const tokens = tokenize(text, spans);
    const titleCaseHeadline = where === 'headline' && isTitleCase(tokens.filter((t) => t.kind === 'word').map((t) => t.text));
    const mentions = mentionsOf.get(`${where}:${paragraph}`) ?? [];
    const ranges = sentences(tokens, spans, text);
    const placeOf = (offset: number): Place => ({
      paragraph,
      offset,
      sentence: Math.max(0, ranges.findIndex(([, to]) => offset < tokens[to].end)),
    });
    for (const r of namesIn(tokens, mentions, placeOf, referents)) referents.add(r);
    const context: Context = { text, tokens, paragraph, mentions, referents, people: options.people ?? [], placeOf };

    let lastSpeaker: Speaker | null = null;
    const here: Draft[] = [];
    for (const [ri, [from, to]] of ranges.entries()) {
      const attributions = findAttributions(text, tokens, from, to).map((a) => ({
        a,
        speaker: speakerOf(a.subject, context),
      }));
      for (const { speaker } of attributions) if (speaker) lastSpeaker = speaker;
      for (let qi = from; qi <= to; qi++) {
        const token = tokens[qi];
        if (token.kind !== 'quote') continue;
        const span = spans[token.quote!];
        const chosen = chooseAttribution(attributions, tokens, qi);
        const quoted = text.slice(span.start, span.end);
        const partial = !span.continued && isPartial(tokens, qi, from, attributions.map((x) => x.a), quoted);
        if (english && partial && !span.runsOn && isNotSpeech(tokens, qi, quoted, speaksIn(tokens, from, to), titleCaseHeadline)) continue;
        let speaker = chosen?.speaker ?? (line ? lineSpeaker(line, context) : unmarked?.speaker ? speakerOf({ kind: 'name', ...unmarked.speaker }, context) : null);
        if (!speaker && !partial) speaker = nextSentenceSpeaker(ranges[ri + 1], context) ?? contextSpeaker(here, lastSpeaker, tokens, qi, from, previous, context);
        const quote: Quote = {
          in: where,
          paragraph,
          start: span.start,
          end: span.end,
          text: quoted,
          partial,
          speaker,
        };
        const chain: Draft[] = span.continued && openChain ? openChain : [];
        const draft: Draft = { quote, chain, attributed: chosen?.speaker != null };
        chain.push(draft);
        here.push(draft);
        if (speaker) lastSpeaker = speaker;
      }
    }
    const last = spans[spans.length - 1];
    openChain = last?.runsOn ? here[here.length - 1].chain : null;
    previous = { paragraph, speaker: lastSpeaker };
    drafts.push(...here);
  }
  return drafts;
}

interface Context {
  text: string;
  tokens: readonly Token[];
  paragraph: number;
  mentions: readonly Mention[];
  referents: Referents;
  people: readonly EntityRef[];
  placeOf: (offset: number) => Place;
}

/** Sentence ranges [from, to] over the tokens; a quotation's own full stop can end a sentence. */
function sentences(tokens: readonly Token[], spans: readonly QuoteSpan[], text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const startsNew = !next || next.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(next.text);
    let ends = false;
    if (t.kind === 'punct' && /[.?!]/.test(t.text)) ends = startsNew;
    else if (t.kind === 'word' && t.text.endsWith('.')) ends = !next || next.kind === 'quote';
    else if (t.kind === 'quote') {
      const span = spans[t.quote!];
      const terminal = /[.?!]$/.test(text.slice(span.start, span.end));
      // ""Why?" Ruiz asked." goes on; "… stars in "Shameless." He said later …" is a new sentence.
      const attributed = next?.kind === 'word' && !isCapitalisedPronoun(next) && attributionFollows(tokens, k + 1);
      ends = terminal && startsNew && !attributed;
    }
    if (ends || !next) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  return out;
}

function isCapitalisedPronoun(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) && PRONOUNS.has(token.text.toLowerCase());
}

/** The attribution right after the quote, else the nearest before it, else the nearest after it. */
function chooseAttribution(
  attributions: readonly { a: Attribution; speaker: Speaker | null }[],
  tokens: readonly Token[],
  qi: number,
): { a: Attribution; speaker: Speaker | null } | null {
  const adjacent = tokens[qi + 1]?.text === ',' ? qi + 2 : qi + 1;
  const right = attributions.find(({ a }) => a.first === adjacent || a.first === qi + 1);
  if (right) return right;
  const before = attributions.filter(({ a }) => a.last < qi);
  if (before.length) return before[before.length - 1];
  return attributions.find(({ a }) => a.first > qi) ?? null;
}

/**
 * A quotation is partial when it sits inside a sentence (`made a "substantial proposal"`) rather than
 * standing as the utterance: at the sentence start, after a colon, or after "X said,".
 */
function isPartial(
  tokens: readonly Token[],
  qi: number,
  from: number,
  attributions: readonly Attribution[],
  quoted: string,
): boolean {
  // A name in marks that the sentence goes on from: ""Veep" was the top winner".
  const next = tokens[qi + 1];
  const runsInto = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !attributionFollows(tokens, qi + 1);
  if (runsInto && !/[,.!?:;]$/.test(quoted)) return true;
  if (qi === from) return false;
  const prev = tokens[qi - 1];
  if (prev.text === ':') return false;
  // "Ana Ruiz said (on Monday), "We …"": a comma shortly after the speech verb, unless the sentence
  // goes on through the marks (said her new film, "The Quiet Harbour," was inspired by …).
  const goesOn = /,$/.test(quoted) && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !CONTINUING_WORDS.has(next.text) && !attributionFollows(tokens, qi + 1);
  if (prev.text === ',' && !goesOn && attributions.some((a) => a.last < qi && qi - a.last <= 5)) return false;
  // Only an opening bracket or dash before it: still the start of the sentence.
  const opensSentence = qi - 1 === from && prev.kind === 'punct' && /[(\u2014\u2013-]/.test(prev.text);
  return !opensSentence;
}

/**
 * Whether a fragment in marks (token qi) is nobody's speech. In a sentence with no speech verb: a
 * title or a name ("Big Little Lies" won, the "Dream Mile"), or a word in scare quotes (a "bubble",
 * so-called "experts"); with one the same marks quote words ("called it 'a disgrace'"), unless the
 * title runs on into the sentence (said "Northern Lights" was her hardest film) or sits inside a name
 * (Johnny "The Fox" Marino). In a headline that capitalises every word, capitals tell no title.
 */
function isNotSpeech(tokens: readonly Token[], qi: number, quoted: string, speaks: boolean, titleCaseHeadline: boolean): boolean {
  // "Halt!", "Why?": an exclamation or a question is somebody's.
  if (/[!?]$/.test(quoted)) return false;
  // The so-called "peace dividend", the word "resilience": words talked about, not said.
  if (NAMING_WORDS.has(tokens[qi - 1]?.text.toLowerCase() ?? '')) return true;
  const words = quoted.replace(/[.,;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const isTitle = !titleCaseHeadline && words.length <= 8 && words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && w.length <= 3));
  // One word: two or more may be a fragment of what someone said (made a "substantial proposal").
  const isTerm = words.length === 1 && /^\p{Ll}/u.test(words[0]);
  if (!speaks) return isTerm || isTitle;
  const next = tokens[qi + 1];
  const runsOn = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !attributionFollows(tokens, qi + 1);
  // Johnny "The Fox" Marino, the name of "Iceman" Ville Laaksonen: a nickname before a name.
  const inName = next?.name === true && next.start === tokens[qi].end + 1 && (tokens[qi - 1]?.name === true || words.length <= 2);
  return isTitle && (runsOn || inName || namesAWork(tokens, qi));
}

/** A film, a book, a song named beside its marks: "the crime drama "The Night Ferry"", ""Borrowed Light", her memoir". */
function namesAWork(tokens: readonly Token[], qi: number): boolean {
  const word = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k].text.toLowerCase() : '');
  const before = tokens[qi - 1]?.text === ',' ? qi - 2 : qi - 1;
  if (WORK_NOUNS.has(word(before))) return true;
  // After the marks and a comma, the work's description: "her debut feature", "his 2019 album".
  if (tokens[qi + 1]?.text !== ',') return false;
  for (let k = qi + 2; k <= qi + 5 && tokens[k]?.kind === 'word'; k++) if (WORK_NOUNS.has(word(k))) return true;
  return false;
}

/** Nouns for works with titles. */
const WORK_NOUNS = new Set(
  'film films movie book novel memoir biography album song single show series drama documentary play musical opera podcast poem painting exhibition feature sitcom'.split(' '),
);

/** Words before marks that name the words inside rather than quote them: "the so-called …", "the term …", "a paper titled …". */
const NAMING_WORDS = new Set('so-called word words term phrase slogan hashtag motto label nickname titled entitled headlined dubbed nicknamed'.split(' '));
/** Words after a quotation that go on with the sentence without making the quotation part of it ("…," and left). */
const CONTINUING_WORDS = new Set('and but or then before after as while when'.split(' '));

/** The words of three letters or more the texts write in lower case. */
function lowerCaseWordsIn(texts: readonly AnalysisText[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of texts) for (const word of text.match(/(?<![\p{L}'’])\p{Ll}{3,}(?![\p{L}])/gu) ?? []) words.add(word);
  return words;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The speaker the sentence after a quotation names for it: "'We will rebuild.' That was the promise of Mayor Ana Ruiz." */
function nextSentenceSpeaker(next: readonly [number, number] | undefined, context: Context): Speaker | null {
  const back = next ? backwardAttribution(context.text, context.tokens, next[0], next[1]) : null;
  return back && speakerOf(back.subject, context);
}

/**
 * For a full quotation with no attribution of its own: the speaker of the quotation before it in the
 * paragraph, or of a sentence before it ("Brandt said the budget would balance. "We are on track.""); for a
 * paragraph opening with it, the last speaker of the paragraph before; else the person the previous
 * sentence starts with ("Daiana Castro, a hairstylist, … . "I had red hair …"").
 */
function contextSpeaker(
  here: readonly Draft[],
  earlier: Speaker | null,
  tokens: readonly Token[],
  qi: number,
  from: number,
  previous: { paragraph: number; speaker: Speaker | null } | null,
  context: Context,
): Speaker | null {
  const before = here[here.length - 1]?.quote.speaker ?? earlier;
  if (before) return { ...before, via: 'context' };
  if (qi === 0 && previous && previous.paragraph === context.paragraph - 1 && previous.speaker) {
    return { ...previous.speaker, via: 'context' };
  }
  if (from === 0) return null;
  let start = from - 1;
  while (start > 0 && !(tokens[start - 1].kind === 'punct' && /[.?!]/.test(tokens[start - 1].text))) start--;
  const run = runStartingAt(tokens, start);
  const name = run && nameOf(tokens, run);
  // One word only if it is the surname of someone named in full before: "Tuilagi kept it short. '…'"
  const known = name && name.last === name.first && context.referents.personByName(tokens[name.first].text, orderOf(context.paragraph, tokens[name.first].start));
  if (!name || (name.last === name.first && !known)) return null;
  const subject: Subject = {
    kind: 'name',
    text: context.text.slice(tokens[name.first].start, tokens[name.last].end),
    start: tokens[name.first].start,
    end: tokens[name.last].end,
  };
  const speaker = speakerOf(subject, context);
  return speaker && { ...speaker, via: 'context' };
}

const OWNER_OF_POSSESSIVE = new Map([
  ['her', 'she'],
  ['his', 'he'],
  ['their', 'they'],
]);

/**
 * Who speaks a line of an interview or a transcript: an answer is the interviewee's, the first person
 * the story names; a label ("HENDRY") is the person named in full before, else the label's name.
 */
function lineSpeaker(line: TranscriptLine, context: Context): Speaker | null {
  const label = line.speaker;
  const person = label ? context.referents.personByName(label.text, orderOf(context.paragraph, label.start)) : context.referents.first('person');
  if (person) return { text: person.text, canonical: person.canonical, entityId: person.entityId, via: 'context' };
  return label && speakerOf({ kind: 'name', ...label }, context);
}

/** The speaker a subject names: pronouns resolved to the latest fitting referent, names linked to entities. */
function speakerOf(subject: Subject, context: Context): Speaker | null {
  const { referents, paragraph } = context;
  const order = orderOf(paragraph, subject.start);
  if (subject.kind === 'pronoun') {
    // A possessive that introduces a quotation ("Her verdict:") stands for its owner.
    const pronoun = OWNER_OF_POSSESSIVE.get(subject.text.toLowerCase()) ?? subject.text.toLowerCase();
    const kind = PRONOUNS.get(pronoun)!;
    const gender = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
    const r = referents.latest(kind, order, paragraph, gender);
    return r && { text: r.text, canonical: r.canonical, entityId: r.entityId, via: 'pronoun' };
  }
  // "the minister said" after "Finance Minister Harriet Okonkwo": the person named with that role.
  // Only the bare role: "the Ukrainian president" may be another president than the one named.
  const role = subject.kind === 'noun' ? /^the\s+([a-z]+)$/i.exec(subject.text)?.[1]?.toLowerCase() : undefined;
  const holder = role ? referents.byRole(role, order, paragraph) : null;
  if (holder) return { text: holder.text, canonical: holder.canonical, entityId: holder.entityId, via: 'context' };
  const entity = entityAt(subject.given ?? subject, context) ?? relativeEntity(subject, order, context);
  const known = entity ? null : subject.kind === 'name' ? referents.personByName(subject.text, order) : null;
  const speaker: Speaker = {
    text: subject.text,
    canonical: entity?.canonical ?? known?.canonical ?? null,
    entityId: entity?.id ?? known?.entityId ?? null,
    via: 'attribution',
  };
  const kind = referentKind(subject, entity);
  if (kind) {
    const referent = referentOf(kind, subject.text, entity, context.placeOf(subject.start), true);
    referents.add({ ...referent, canonical: speaker.canonical, gender: genderBefore(context.tokens, subject.start) });
  }
  return speaker;
}

/**
 * What a speaking subject adds for later pronouns. The dictionary knows a name's type; otherwise a name
 * that speaks is taken for a person ("Trump said"), a speaking noun for an institution or a group.
 */
function referentKind(subject: Subject, entity: EntityRef | null): ReferentKind | null {
  if (subject.kind === 'group' || (subject.kind === 'noun' && /s$/.test(subject.text))) return 'group';
  if (subject.kind === 'noun') return 'organization';
  if (entity) return entity.type === 'person' ? 'person' : entity.type === 'organization' ? 'organization' : null;
  return 'person';
}

/** The entity of a mention overlapping the span, people first. */
function entityAt(span: { start: number; end: number }, context: Context): EntityRef | null {
  const overlapping = context.mentions.filter((m) => m.entity && m.start < span.end && span.start < m.end);
  const person = overlapping.find((m) => m.entity!.type === 'person') ?? overlapping[0];
  return person?.entity ?? null;
}

/**
 * "his wife, Alla": the dictionary person named by the given name and the surname of someone named in the
 * last few paragraphs (Viktor Bout -> "Alla Bout"). Only an exact dictionary name links; nothing is guessed.
 */
function relativeEntity(subject: Subject, order: number, context: Context): EntityRef | null {
  if (subject.kind !== 'relation' || !subject.given || !subject.possessive) return null;
  for (const relative of context.referents.recentPeople(order, context.paragraph)) {
    const wanted = fold(`${subject.given.text} ${lastWord(relative.canonical ?? relative.text)}`);
    const entity = context.people.find((p) => p.type === 'person' && fold(p.canonical) === wanted);
    if (entity) return entity;
  }
  return null;
}

/** The segments of a running quotation share the speaker named in any of them. */
function shareChainSpeaker(draft: Draft): void {
  if (draft.chain.length < 2 || draft.chain[0] !== draft) return;
  const source = draft.chain.find((d) => d.attributed) ?? draft.chain.find((d) => d.quote.speaker);
  const speaker = source?.quote.speaker ?? null;
  for (const d of draft.chain) d.quote.speaker = speaker && (d === source ? speaker : { ...speaker, via: 'context' });
}

/** An editor's choice wins, for every segment of the quotation it covers. */
function applyOverrides(drafts: readonly Draft[], overrides: readonly SpeakerOverride[]): void {
  for (const o of overrides) {
    const hit = drafts.find(
      ({ quote: q }) => q.in === o.in && q.paragraph === o.paragraph && q.start < o.end && o.start < q.end,
    );
    if (!hit) continue;
    for (const d of hit.chain.length ? hit.chain : [hit]) d.quote.speaker = { ...o.speaker, via: 'editor' };
  }
}
