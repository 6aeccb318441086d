// Finding mentions in a story: dictionary names word for word, other spellings of known names
// (variants), and names in no dictionary (candidates). Works paragraph by paragraph, carrying a small
// story context (who was named in full) so the editor can re-scan only the paragraphs that changed.
import type { AnalysisText, EntityKind } from '../story/story';
import { copyLanguage, isTitleCase } from '../story/language';
import type { EntityRef, MatchKind, Mention } from '../story/annotations';
import type { AlignedWords, EntityMatcher, NameEntry, NameGroup } from './matcher';
import { asNameWords, isInitial, tokenize, type Token } from './text';
import { lowerCaseWordsOf } from './lowerCaseWords';
import { MentionContext, readInStoryOrder } from './context';
import { editDistance, soundsTheSame, wordSimilarity, type WordForm } from './similarity';
import { useEntity, useRole } from './wordIndex';
import { arrayOf, mapped } from './arrays';
import {
  COMMON_WORDS,
  COMPANY_SUFFIXES,
  FUNCTION_WORDS,
  HYPHEN_SUFFIXES,
  INSTITUTION_NOUNS,
  isBusinessNoun,
  isCommonWord,
  NAME_ADJECTIVES,
  NAME_SUFFIXES,
  NOT_NAMES,
  PARTICLES,
  PLACE_NOUNS,
  PLACE_OPENINGS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLES,
  TITLE_PHRASES,
} from './words';

/**
 * Every mention in the texts, in order (see readInStoryOrder: a headline is read with what the whole
 * story says). The context carries over from one text to the next; pass `mentionContext(...)` of the
 * earlier paragraphs when scanning only a few changed ones, and the story's lower-case words
 * (lowerCaseWordsOfStory): by default, those of the texts scanned.
 */
export function findMentions(
  matcher: EntityMatcher,
  texts: readonly AnalysisText[],
  context: MentionContext = new MentionContext(),
  lowerCaseWords?: ReadonlySet<string>,
): Mention[] {
  const all = mapped(texts, (text) => tokenize(text.text));
  const ordinary = lowerCaseWords ?? lowerCaseWordsOf(all);
  const nounsCapitalised = copyLanguage(ordinary) === 'de';
  const alignments = alignmentsOf(matcher);
  const tokenized: (Token[] | undefined)[] = all;
  const read = (index: number, before: MentionContext) => {
    const tokens = tokenized[index] ?? tokenize(texts[index].text);
    // A scanned paragraph's tokens are let go: fewer live objects for the garbage collector to copy.
    tokenized[index] = undefined;
    return { mentions: new TextScan(matcher, texts[index], tokens, before, ordinary, nounsCapitalised, alignments).mentions(), after: before };
  };
  // A loop, not flat(): the builtin reads each of a story's mentions the slow, general way.
  const mentions: Mention[] = [];
  for (const found of readInStoryOrder(texts, context, read)) for (const mention of found) mentions.push(mention);
  return mentions;
}

interface Hit {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** Groups of names that fit the same words, so written alike: what one says of its words, all do. */
  groups: NameGroup[];
}

interface Alignment {
  entities: number[];
  score: number;
}

// A story names the same people again and again, and every edit brings a re-scan: each run of words
// is aligned with a matcher's dictionary once (the alignment depends on nothing else).
const ALIGNMENTS_KEPT = 50_000;
/** How many names may share a word for a search by that word alone. */
const RARE_WORD_USES = 50;
const alignmentCaches = new WeakMap<EntityMatcher, Map<string, Alignment | null>>();

function alignmentsOf(matcher: EntityMatcher): Map<string, Alignment | null> {
  let alignments = alignmentCaches.get(matcher);
  if (!alignments || alignments.size >= ALIGNMENTS_KEPT) {
    alignments = new Map();
    alignmentCaches.set(matcher, alignments);
  }
  return alignments;
}

/** One paragraph's scan. */
class TextScan {
  /** Per token, 1 where it is a title ("Mr.", "foreign minister"); typed arrays, as the JIT compiles one shape for any length. */
  private readonly isTitle: Uint8Array;
  /** The dictionary name written word for word from each token, if any. */
  private readonly hitAt: (Hit | undefined)[];
  /** Per token, 1 where it is part of a dictionary name written word for word. */
  private readonly inHit: Uint8Array;
  private readonly titleCaseHeadline: boolean;
  /** No lower-case letter: a subhead, a slug or a table line ("THIS DAY IN SPORT"), where capitals tell no name. */
  private readonly shouted: boolean;
  private readonly found: Mention[] = [];

  constructor(
    private readonly matcher: EntityMatcher,
    private readonly source: AnalysisText,
    private readonly tokens: Token[],
    private readonly context: MentionContext,
    private readonly ordinaryWords: ReadonlySet<string>,
    /** Whether the story is in German (copyLanguage), where a capital marks any noun. */
    private readonly nounsCapitalised: boolean,
    private readonly alignments: Map<string, Alignment | null>,
  ) {
    this.titleCaseHeadline = source.in === 'headline' && isTitleCase(this.tokens.map((t) => t.text));
    this.shouted = !/\p{Ll}/u.test(source.text);
    if (this.titleCaseHeadline) this.tokens.forEach((t) => (t.sentenceStart = true));
    this.inHit = new Uint8Array(this.tokens.length);
    this.hitAt = new Array<Hit | undefined>(this.tokens.length);
    this.findHits();
    this.isTitle = this.markTitles();
  }

  mentions(): Mention[] {
    for (const run of this.nameRuns()) this.resolveRun(run);
    return this.found;
  }

  // ---- dictionary names, word for word ----

  private findHits(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; ) {
      const word = tokens[i].folded;
      // Most words of a story are lower-case ordinary words: no lookups in the large name index for them.
      if (!tokens[i].capitalised && !tokens[i].allCaps && !this.matcher.lowerCaseStarts.has(word)) {
        i++;
        continue;
      }
      const next = tokens[i + 1];
      // Longer names first: where one fits, the one-word names need no look (longest wins). Two-word
      // openings are looked up only after a word that starts a longer name.
      let best =
        next && next.joined !== 'break' && this.matcher.longerNameStarts.has(word)
          ? this.longestFit(i, this.matcher.namesOpening(word, next.folded), null)
          : null;
      best ??= this.longestFit(i, this.matcher.namesOpening(word), null);
      if (!best) {
        i++;
        continue;
      }
      this.hitAt[i] = best;
      this.inHit.fill(1, best.start, best.end);
      i = best.end;
    }
  }

  /** The longest of these names written at token i, or `best` if none is longer; names of equal length share a hit. */
  private longestFit(i: number, groups: readonly NameGroup[] | undefined, best: Hit | null): Hit | null {
    if (!groups) return best;
    for (const group of groups) {
      if (!this.fits(i, group.first)) continue;
      const length = group.first.words.length;
      if (!best || length > best.end - best.start) best = { start: i, end: i + length, groups: [group] };
      else if (length === best.end - best.start) best.groups.push(group);
    }
    return best;
  }

  private fits(i: number, { words, cases }: NameEntry): boolean {
    if (i + words.length > this.tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const t = this.tokens[i + k];
      if (t.folded !== words[k]) return false;
      if (k > 0 && t.joined === 'break') return false;
      if (k < words.length - 1 && t.possessive) return false;
      if (cases[k] === 'capitals' ? !t.allCaps : cases[k] === 'capitalised' && !t.capitalised) return false;
    }
    return true;
  }

  // ---- runs of name-like words ----

  private markTitles(): Uint8Array {
    const tokens = this.tokens;
    const marks = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!this.inHit[i] && t.capitalised && TITLES.has(t.folded) && !this.titleIsNamePart(i)) marks[i] = 1;
      const phrases = TITLE_PHRASES.get(t.folded);
      if (!phrases) continue;
      for (const phrase of phrases) {
        const fits = phrase.every((word, k) => {
          const t = tokens[i + k];
          return t && !this.inHit[i + k] && t.folded === word && (k === 0 || t.joined !== 'break');
        });
        if (fits) marks.fill(1, i, i + phrase.length);
      }
    }
    return marks;
  }

  /**
   * Whether title word i is part of a name: after "bin", "al" or "de" ("Zayed bin Sultan"), or in an
   * institution's ("General Motors", "Justice Department", "Department of Justice").
   */
  private titleIsNamePart(i: number): boolean {
    const previous = this.tokenBefore(i);
    if (previous && !previous.capitalised && PARTICLES.has(previous.folded)) return true;
    return this.opensInstitution(i) || (i > 1 && this.joinsInstitution(i - 1));
  }

  /** Whether the capitalised words right after token i end in an institution's noun ("Motors", "Department"). */
  private opensInstitution(i: number): boolean {
    for (let k = i + 1; k <= i + 4; k++) {
      const t = this.tokens[k];
      if (!t || !t.capitalised || t.joined !== 'space') return false;
      if (INSTITUTION_NOUNS.has(t.folded)) return true;
    }
    return false;
  }

  private nameish(i: number): boolean {
    const t = this.tokens[i];
    if (this.inHit[i]) return true;
    if (this.isTitle[i]) return false;
    const next = this.tokens[i + 1];
    // A title-case headline capitalises every word: those the story also writes in lower case, and
    // common words, are no names there ("Dhoni Retires From IPL").
    if (this.titleCaseHeadline && (isCommonWord(t.folded) || this.ordinaryWords.has(t.folded))) return false;
    // "Jun" opening "Jun-seok" is no month.
    if (t.capitalised) {
      if (!NOT_NAMES.has(t.folded)) return true;
      return (next?.joined === 'hyphen' && this.isGivenNameEnd(i + 1)) || this.opensLongerName(i) || this.endsName(i);
    }
    if (PARTICLES.has(t.folded)) return !!next && next.capitalised && next.joined !== 'break';
    return this.isGivenNameEnd(i) || this.joinsInstitution(i);
  }

  /** An "of" inside an institution's name: "Bank of England", "University of Michigan", "Ministry of Defence". */
  private joinsInstitution(i: number): boolean {
    const previous = this.tokenBefore(i);
    const next = this.tokens[i + 1];
    if (this.tokens[i].folded !== 'of' || this.tokens[i].joined !== 'space' || !previous || !next) return false;
    return previous.capitalised && INSTITUTION_NOUNS.has(previous.folded) && next.capitalised && next.joined === 'space' && !NOT_NAMES.has(next.folded);
  }

  /**
   * A month's or a day's word ending a person's name ("Theresa May", "Brian May"): after a capitalised
   * name word, and before no number ("Paris May 5" is a date).
   */
  private endsName(i: number): boolean {
    const t = this.tokens[i];
    const previous = this.tokenBefore(i);
    const next = this.tokens[i + 1];
    if (NAME_ADJECTIVES.has(t.folded) || !previous || t.joined !== 'space' || !previous.capitalised) return false;
    if (NOT_NAMES.has(previous.folded) || TITLES.has(previous.folded) || this.isTitle[i - 1] || isCommonWord(previous.folded)) return false;
    return !(next && /^\d/.test(next.text));
  }

  /** A people's or a region's word opening a longer name: "Saudi Arabia", "Northern Ireland", "Canadian Armed Forces". */
  private opensLongerName(i: number): boolean {
    const next = this.tokens[i + 1];
    if (!NAME_ADJECTIVES.has(this.tokens[i].folded) || this.tokens[i].possessive || !next || next.joined !== 'space') return false;
    return next.capitalised && !this.isTitle[i + 1] && (!NOT_NAMES.has(next.folded) || this.opensLongerName(i + 1));
  }

  /** The lower-case end of a hyphenated given name: "Jong-un", "Il-sung", "Jae-myung" (after a short syllable). */
  private isGivenNameEnd(i: number): boolean {
    const t = this.tokens[i];
    const previous = this.tokenBefore(i);
    if (t.joined !== 'hyphen' || t.capitalised || !previous?.capitalised || HYPHEN_SUFFIXES.has(t.folded)) return false;
    // A number after a hyphen is a score or a streak ("W-2"), no syllable of a name.
    if (t.folded.charCodeAt(0) < 0x61) return false;
    return t.folded.length <= 4 || (t.folded.length <= 6 && previous.folded.length <= 4);
  }

  private nameRuns(): number[][] {
    const runs: number[][] = [];
    let run: number[] = [];
    const flush = () => {
      while (run.length && this.isLowerParticle(run[run.length - 1])) run.pop();
      // Most words are no names: the empty run is kept for the next.
      if (run.length) {
        runs.push(run);
        run = [];
      }
    };
    this.tokens.forEach((t, i) => {
      if (!this.nameish(i)) return flush();
      if (run.length && t.joined === 'break') flush();
      run.push(i);
      if (t.possessive) flush();
    });
    flush();
    return runs;
  }

  private isLowerParticle(i: number): boolean {
    return !this.inHit[i] && !this.tokens[i].capitalised && PARTICLES.has(this.tokens[i].folded);
  }

  // ---- what a run is ----

  private resolveRun(run: number[]): void {
    const hits: Hit[] = [];
    for (const i of run) {
      const hit = this.hitAt[i];
      if (hit) hits.push(hit);
    }
    // A dictionary name, word for word.
    if (hits.length === 1 && hits[0].start === run[0] && hits[0].end === run[run.length - 1] + 1) {
      this.emitHit(hits[0]);
      return;
    }
    // An institution's name with "of" in it is no other spelling of a person's.
    const institution = run.some((i) => this.joinsInstitution(i));
    if (run.length > 1 && !institution && this.emitVariant(run, hits)) return;
    // Dictionary names inside a longer run, unless the run makes them someone else ("Laura Bush").
    const kept = hits.filter((h) => !this.extendedBeyond(h, run));
    kept.forEach((h) => this.emitHit(h));
    if (kept.length) return;
    this.unknownName(run);
  }

  /**
   * Another spelling of a known name, perhaps after a word or two that describe the person, or, in a
   * title-case headline, before words capitalised only by its style: emitted with the hits beside it, if found.
   */
  private emitVariant(run: number[], hits: Hit[]): boolean {
    for (const part of this.namePartsOf(run)) {
      const alignment = this.alignRun(part);
      if (!alignment) continue;
      const [first, last] = [part[0], part[part.length - 1]];
      hits.filter((h) => h.end <= first).forEach((h) => this.emitHit(h));
      this.emitSpan(first, last, alignment.entities, alignment.score);
      hits.filter((h) => h.start > last).forEach((h) => this.emitHit(h));
      return true;
    }
    return false;
  }

  /**
   * The parts of a run that may be a name, longest first: the whole run, then (in a title-case
   * headline) the run without its last words ("Rajnath Sing Warns"), then without one or two first
   * words. A name with "Jr." aligns only with a name that has it ("Abdallah II"): without, it is
   * someone else's; and an initial is part of the name: "George H. W. Bush" is not "W. Bush".
   */
  private namePartsOf(run: number[]): number[][] {
    const parts = [run];
    if (this.titleCaseHeadline) for (let keep = run.length - 1; keep >= 2; keep--) parts.push(run.slice(0, keep));
    for (let drop = 1; drop <= 2 && drop < run.length; drop++) {
      if (isInitial(this.tokens[run[drop - 1]].folded)) break;
      parts.push(run.slice(drop));
    }
    return parts;
  }

  /** A one-word name with another name word beside it, or a full name with "Jr." after it. */
  private extendedBeyond(hit: Hit, run: number[]): boolean {
    const after = run.includes(hit.end) ? this.tokens[hit.end] : undefined;
    if (after && NAME_SUFFIXES.has(after.folded)) return true;
    // "Bank of England" is not England, nor "Reserve Bank of Australia" the Reserve Bank.
    if ((run.includes(hit.start - 1) && this.joinsInstitution(hit.start - 1)) || (after && this.joinsInstitution(hit.end))) return true;
    // A name of several words is someone's own, except a surname with its particle: "Jean-Marie Le Pen" is not Marine Le Pen.
    if (hit.groups[0].first.significant.length > 1 && !PARTICLES.has(this.tokens[hit.start].folded)) return false;
    const position = run.indexOf(hit.start);
    const before = run.slice(0, position).filter((i) => !PARTICLES.has(this.tokens[i].folded)).pop();
    // "Hunter Biden" is someone else; "Former Biden aide" is not.
    const namePart = (i: number) => {
      const { folded, capitalised } = this.tokens[i];
      // A word that opens places' names opens one here too: "Papua New Guinea" is not Guinea.
      const opensPlace = PLACE_OPENINGS.has(folded) && !this.isOfType(hit, 'person');
      return run.includes(i) && !this.inHit[i] && capitalised && (!FUNCTION_WORDS.has(folded) || opensPlace);
    };
    // A people's word before a name describes it ("Afghan Taliban"), but makes another place ("Northern
    // Ireland"), and is part of a longer name after another name word ("United Arab Emirates").
    const describes = (i: number): boolean =>
      NAME_ADJECTIVES.has(this.tokens[i].folded) && !this.isOfType(hit, 'place') && (i - 1 < run[0] || !namePart(i - 1) || describes(i - 1));
    const extends_ = (i: number | undefined) => i !== undefined && namePart(i) && !describes(i);
    // "Huawei Technologies" is Huawei by its company name.
    const companySuffix = after !== undefined && COMPANY_SUFFIXES.has(after.folded) && this.isOfType(hit, 'organization');
    // In a title-case headline the words after a name are capitalised by its style ("Dhoni Retires"),
    // and a word before it that is no name there may still be one ("Hunter Biden").
    // Only a person's name is made someone else's that way: "Drone Strikes Hit Kyiv" is still Kyiv, and
    // "Trump Slams Biden" is Biden where the story names him in full and nobody else of that name.
    if (this.titleCaseHeadline) {
      if (!this.isOfType(hit, 'person')) return false;
      const word = hit.groups[0].first.significant[0];
      const known = hitEntities(hit.groups).some((e) => this.context.namedInFull(e)) && !this.context.mayBeStrangersSurname(word);
      return !known && (extends_(before) || this.capitalisedNameWord(hit.start - 1));
    }
    return extends_(before) || (extends_(hit.end) && !companySuffix);
  }

  /** A capitalised word right before the next one that is neither a function word nor a title. */
  private capitalisedNameWord(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.capitalised && this.tokens[i + 1].joined === 'space' && !FUNCTION_WORDS.has(t.folded) && !this.isTitle[i] && !this.inHit[i];
  }

  private isOfType(hit: Hit, type: EntityKind): boolean {
    return hitEntities(hit.groups).every((entity) => this.matcher.typeOf(entity) === type);
  }

  private ordinaryAtStart(i: number): boolean {
    const t = this.tokens[i];
    return t.sentenceStart && COMMON_WORDS.has(t.folded);
  }

  private unknownName(run: number[]): void {
    if (this.shouted) return;
    let core = run;
    // An ordinary word opening a sentence is left out ("Bush fires"), unless a dictionary name follows:
    // the run is someone else's name then ("Grace Mugabe"), as extendedBeyond found.
    // "New York" keeps its "New": words that open places' names stay.
    const ordinaryOpening = (i: number) => this.ordinaryAtStart(i) && !this.inHit[i + 1] && !PLACE_OPENINGS.has(this.tokens[i].folded);
    while (core.length > 1 && (ordinaryOpening(core[0]) || this.isLowerParticle(core[0]))) core = core.slice(1);
    const words = core.filter((i) => !PARTICLES.has(this.tokens[i].folded));
    if (words.length === 0) return;
    const first = this.tokens[core[0]];
    if (words.length === 1) {
      // A particle written onto the word ("al-Shabab") belongs to the mention: replacing the word alone
      // would leave it in front of the house spelling.
      const joinedParticle = core[0] > run[0] && this.tokens[core[0]].joined === 'hyphen' && this.isLowerParticle(core[0] - 1);
      if (this.singleWord(joinedParticle ? [core[0] - 1, ...core] : core, words[0])) return;
      const t = this.tokens[words[0]];
      // At a sentence start only a possessive tells a name ("Nvidia's market value"), if the story has no such word.
      const startsSentence = first.sentenceStart && !(t.possessive && !this.ordinaryWords.has(t.folded));
      const plain = startsSentence || COMMON_WORDS.has(t.folded) || this.titleCaseHeadline || this.nounsCapitalised;
      if (!plain && t.text.length >= 2) this.emit(core[0], core[core.length - 1], null, 'candidate');
      return;
    }
    // In German every noun is capitalised, and compounds are hyphenated ("Halbfinal-Hinspiel"): only
    // names of several words written apart, inside a sentence, look like names there.
    const apart = words.some((i, k) => k > 0 && this.tokens[i].joined === 'space');
    if (this.titleCaseHeadline || (this.nounsCapitalised && (first.sentenceStart || !apart))) return;
    this.emit(core[0], core[core.length - 1], null, 'candidate');
    if (!core.some((i) => this.joinsInstitution(i))) this.context.addStranger(words.map((i) => this.tokens[i].folded));
  }

  // ---- one word alone: a surname, a single-word name, or a given name ----

  private singleWord(core: number[], i: number): boolean {
    const t = this.tokens[i];
    if (!t.capitalised || t.allCaps) return false;
    // A surname of someone named before, however short ("Xi", "Li").
    const earlier = this.context.namedAs(t.folded);
    if (earlier.length) {
      this.emitSpan(core[0], core[core.length - 1], earlier, 1);
      return true;
    }
    // Acronyms and words this short are too short to tell apart by spelling ("NBA" is not "WNBA").
    if (t.folded.length < 3) return false;
    if (this.context.mayBeStrangersSurname(t.folded)) return false;
    const common = isCommonWord(t.folded) || this.ordinaryWords.has(t.folded);
    const supported = !t.sentenceStart || this.nameCue(i);
    if (common && (!supported || !this.context.anyoneNamedInFull)) return false;
    const matches = this.matcher.words.similarWords(t.folded);
    // Only a word with the ending of a people's or a language's name may be one ("Catalan").
    const demonymLike = DEMONYM_ENDINGS.some((ending) => t.folded.endsWith(ending));
    const best = new Map<number, number>();
    // A word the dictionary has ("Sinwar", Yahya Sinwar's surname) is that word, not another name misspelt (Sinner).
    const dictionaryWord = matches.length > 0 && matches[0].score === 1;
    for (const match of matches) {
      // The dictionary's own word is no other spelling of it, unless it is a place's words written as one ("Chiangmai").
      const own = match.score === 1;
      if (dictionaryWord && !own) break;
      if (!own && extendsWord(this.matcher.words.formOf(t.folded), this.matcher.words.formOf(match.word))) continue;
      // Nor the name cut short by two letters or more: "Pokrov" is a town, not "Pokrovsk" misspelt.
      if (match.word.startsWith(t.folded) && match.word.length - t.folded.length >= 2) continue;
      const uses = match.uses;
      for (let u = 0; u < uses.length; u++) {
        const entity = useEntity(uses[u]);
        const role = useRole(uses[u]);
        // An acronym written as a word ("Nato", "Ecowas") is the dictionary's own word in other letters.
        const acronym = own && role === 'single' && this.isAcronymWrittenAsWord(entity, t);
        if (own && role !== 'joined' && !acronym) continue;
        if (role === 'part') continue;
        if (demonymLike && !own && role === 'single' && this.isDemonymOfPlace(t.folded, entity)) continue;
        const known = this.context.namedInFull(entity);
        if (role === 'given' && !known) continue;
        if (common && !(known && supported)) continue;
        // Two letters apart, one place is often another ("Australia" / Austria, Slovakia / Slovenia).
        if (!own && !known && role === 'single' && this.matcher.typeOf(entity) === 'place' && !this.mayBeSamePlace(t.folded, match.word)) continue;
        // Written together, a place's words are spelt as the name's: as alike as a transliteration.
        const score = role === 'given' ? match.score * 0.8 : role === 'joined' || acronym ? Math.min(match.score, 0.95) : match.score;
        if (score > (best.get(entity) ?? 0)) best.set(entity, score);
      }
    }
    // A dictionary word met alone ("Alla", a surname nobody has named yet) is not new: no candidate.
    if (best.size === 0) return matches.some((m) => m.score === 1);
    // Someone the story already named beats a stranger with a similar name.
    let entities = [...best.keys()];
    const known = entities.filter((e) => this.context.namedInFull(e));
    if (known.length) entities = known;
    const top = Math.max(...entities.map((e) => best.get(e)!));
    const leaders = entities.filter((e) => best.get(e)! >= top - 0.01);
    // A lone word the story gives no reason to connect is a variant only when it is clearly one
    // name's: in a large dictionary an ordinary name is often near several ("Louis": Lis, Luz, Lyss).
    if (!known.length && (leaders.length > 1 || t.folded.length < 4 || t.folded.includes("'"))) return false;
    // A person's surname spelt other than by transliteration alone, with nobody named yet, needs a
    // sign that it is a person ("Qaddafi's", "Gadafi said"): "Holland lost" is no Haaland, "Natal" no Nadal.
    const transliterated = top >= 0.95;
    const people = leaders.every((e) => this.matcher.entity(e).isPerson);
    if (!known.length && !transliterated && people && !this.personCue(i)) return false;
    // After "in" or "near" a lone word is a place: "in Assam" is no Azam misspelt.
    if (people && !t.possessive && t.joined === 'space' && PLACE_PREPOSITIONS.has(this.tokenBefore(i)?.folded ?? '')) return false;
    // So it is before "district" or "square": "the Fatih district" is no Fatah misspelt.
    if ((!known.length || people) && this.beforePlaceNoun(i) && leaders.every((e) => this.matcher.typeOf(e) !== 'place')) return false;
    this.emitSpan(core[0], core[core.length - 1], leaders, top);
    return true;
  }

  /**
   * Whether a lone word may be a place's name spelt otherwise: starting with the same letter or
   * consonant sound ("Pusan" / Busan), one letter apart ("Kharkov", "Swedan"), or, in a long name, two
   * where the sounds are the same and the lengths near ("Zaporozhye" / Zaporizhzhia). Places close in
   * spelling are often both real: Amman and Oman, Guyana and Guinea, Australia and Austria.
   */
  private mayBeSamePlace(folded: string, word: string): boolean {
    const formA = this.matcher.words.formOf(folded);
    const formB = this.matcher.words.formOf(word);
    const [a, b] = [formA.skeleton, formB.skeleton];
    const consonantSound = formA.sound[0] === formB.sound[0] && !VOWELS.includes(a[0]) && !VOWELS.includes(b[0]);
    if (a[0] !== b[0] && !consonantSound) return false;
    if (editDistance(a, b, 1) <= 1) return true;
    return Math.min(a.length, b.length) >= 7 && Math.abs(a.length - b.length) <= 1 && soundsTheSame(formA, formB);
  }

  /** Whether a one-word name is that of a person or group in no dictionary named in full before: a person's by either of two words, a group's by the last. */
  private strangersWord(word: string, entities: readonly number[]): boolean {
    if (entities.every((e) => this.matcher.typeOf(e) === 'person')) return this.context.mayBeStrangersSurname(word);
    return this.context.isStranger(word) && entities.every((e) => this.matcher.typeOf(e) !== 'place');
  }

  /** Whether the word names a place's people or language ("Catalan", "Turkic"), which are no spelling of the place. */
  private isDemonymOfPlace(folded: string, entity: number): boolean {
    if (this.matcher.typeOf(entity) !== 'place') return false;
    return this.matcher.entity(entity).names.some((name) => name.significant.length === 1 && isDemonymOf(folded, name.significant[0]));
  }

  /** Whether a lower-case noun that follows places' names comes right after token i ("Fatih district"). */
  private beforePlaceNoun(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    return !t.possessive && !!next && next.joined === 'space' && !next.capitalised && PLACE_NOUNS.has(next.folded);
  }

  /** Whether the entity has this word, of four letters or more, as a one-word name in capitals that the story writes as a word. */
  private isAcronymWrittenAsWord(entity: number, t: Token): boolean {
    if (t.folded.length < 4 || t.allCaps) return false;
    return this.matcher.entity(entity).names.some((name) => name.words.length === 1 && name.words[0] === t.folded && name.cases[0] === 'capitals');
  }

  /** Signs in the sentence that a capitalised word is a person: "Butt, 55,", "Butt said", "Butt's". */
  private nameCue(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      t.possessive ||
      (!!next && next.joined === 'space' && SPEECH_VERBS.has(next.folded)) ||
      agedAt(this.source.text, t.end) ||
      (i > 0 && this.isTitle[i - 1] === 1)
    );
  }

  /** The token before token i, if any: an index below 0 would be a slow lookup by name. */
  private tokenBefore(i: number): Token | undefined {
    return i > 0 ? this.tokens[i - 1] : undefined;
  }

  /** A sign that a word is a person's name: a name cue, or a title before it in any case ("the late leader Qaddafi"). */
  private personCue(i: number): boolean {
    const previous = this.tokenBefore(i);
    return this.nameCue(i) || (!!previous && this.tokens[i].joined === 'space' && TITLES.has(previous.folded));
  }

  // ---- several words: align them with a known name ----

  private alignRun(run: number[]): Alignment | null {
    let words = 0;
    for (const i of run) if (!PARTICLES.has(this.tokens[i].folded)) words++;
    if (words < 2) return null;
    const folded: string[] = [];
    for (let k = 0; k < run.length; k++) {
      const t = this.tokens[run[k]];
      // Initials written together ("M.S. Dhoni", "JD Vance") are initials each.
      if (k < run.length - 1 && t.allCaps && t.folded.length === 2 && !this.tokens[run[k + 1]].allCaps) folded.push(`${t.folded[0]}.`, `${t.folded[1]}.`);
      else if (!PARTICLES.has(t.folded)) folded.push(...asNameWords(t.folded));
    }
    const written = run.map((i) => this.tokens[i].folded);
    const key = written.join(' ');
    let alignment = this.alignments.get(key);
    if (alignment === undefined) {
      alignment = this.alignWithDictionary(folded) ?? this.writtenApart(written);
      this.alignments.set(key, alignment);
    }
    return alignment;
  }

  /**
   * A name the dictionary writes as one word, written here in two or three, particles included: "Nay Pyi
   * Taw" (Naypyitaw), "Open AI" (OpenAI), "Ron De Santis" (Ron DeSantis). As alike as a transliteration.
   */
  private writtenApart(written: readonly string[]): Alignment | null {
    for (let size = Math.min(3, written.length); size >= 2; size--) {
      for (let from = 0; from + size <= written.length; from++) {
        const joined = written.slice(from, from + size).join('');
        const entities = this.matcher.words.entitiesWithRareWord([joined], RARE_WORD_USES);
        if (entities.length === 0) continue;
        const words = [...written.slice(0, from), joined, ...written.slice(from + size)].filter((w) => !PARTICLES.has(w));
        if (words.length === 1) {
          const named = entities.filter((e) => this.matcher.entity(e).names.some((n) => n.significant.length === 1 && n.significant[0] === joined));
          if (named.length) return { entities: named, score: 0.95 };
          continue;
        }
        const alignment = this.closeAlignment(this.bestAlignment(this.matcher.wordsForAlignment(words), entities));
        if (alignment) return { entities: alignment.entities, score: Math.min(alignment.score, 0.95) };
      }
    }
    return null;
  }

  /**
   * The best alignment with the entities that have names like two of the words or, failing that, like
   * two words written as one ("Jin-ping"): comparing only those keeps common words ("Bank", "Mohammed")
   * from bringing in thousands of names.
   */
  private alignWithDictionary(folded: string[]): Alignment | null {
    const words = this.matcher.wordsForAlignment(folded);
    const joined = arrayOf(folded.length - 1, (k) => folded[k] + folded[k + 1]);
    // An initial ("G. Adani") is like no word: the other words find the candidates.
    const named = folded.filter((word) => !isInitial(word));
    const candidates = this.matcher.words.entitiesLike(named, named.length >= 2 ? 2 : 1);
    return (
      this.bestAlignment(words, candidates) ??
      this.bestAlignment(words, this.matcher.words.entitiesLike(joined, 1)) ??
      this.closeAlignment(this.bestAlignment(words, this.matcher.words.entitiesWithRareWord(named, RARE_WORD_USES))) ??
      this.reversedAlignment(folded, candidates)
    );
  }

  /** The two words of a person's name in the other order, each as the name spells it: "Kishida Fumio", "Orbán Viktor". */
  private reversedAlignment(folded: string[], candidates: readonly number[]): Alignment | null {
    if (folded.length !== 2) return null;
    const people = candidates.filter((entity) => this.matcher.entity(entity).isPerson);
    return this.closeAlignment(this.bestAlignment(this.matcher.wordsForAlignment([folded[1], folded[0]]), people));
  }

  /** An alignment whose words are spelt as the name's, written apart or together: the bar for the searches beyond two alike words. */
  private closeAlignment(alignment: Alignment | null): Alignment | null {
    return alignment && alignment.score >= 0.95 ? alignment : null;
  }

  private bestAlignment(words: AlignedWords, candidates: readonly number[]): Alignment | null {
    const scores = new Map<number, number>();
    for (const entity of candidates) {
      const { names, isPerson, surname } = this.matcher.entity(entity);
      for (const name of names) {
        // A one-word name aligns only with two words written apart, and only as it is spelt ("Pyong Yang"):
        // two names joined come near too many one-word names.
        const oneWord = name.significant.length < 2;
        if (oneWord && words.forms.length !== 2) continue;
        const surnameAt = surname === null ? -1 : name.significant.indexOf(surname);
        const score = alignWords(words, this.matcher.nameForAlignment(name), isPerson, surnameAt);
        if (oneWord && score < 0.95) continue;
        if (score > (scores.get(entity) ?? 0)) scores.set(entity, score);
      }
    }
    if (scores.size === 0) return null;
    const top = Math.max(...scores.values());
    // In dictionary order, as for names written alike (emitHit).
    const leaders = [...scores.keys()].filter((e) => scores.get(e)! >= top - 0.01).sort((a, b) => a - b);
    return { entities: leaders, score: top };
  }

  // ---- mentions out ----

  private emitHit(hit: Hit): void {
    const t = this.tokens[hit.start];
    let entities: readonly number[] = hitEntities(hit.groups);
    const known = entities.some((e) => this.context.namedInFull(e));
    const oneWord = hit.end - hit.start === 1;
    // An ordinary word starting a sentence ("Bush fires raged") is a name only with support.
    // A name the dictionary writes in capitals is no ordinary word: "US officials said" is not "us".
    const capitals = hit.groups[0].first.cases[0] === 'capitals';
    if (oneWord && !capitals && COMMON_WORDS.has(t.folded) && t.sentenceStart && !known && !this.nameCue(hit.start)) return;
    if (oneWord && !known && entities.every((e) => this.matcher.typeOf(e) === 'person')) {
      // In capitals in running text a word is an acronym ("the SWIFT system"), unless the dictionary writes the name so.
      if (t.allCaps && !capitals && !this.shouted) return;
      // After a word for a business a name is the business's ("ride-hailing firm Bolt").
      const before = this.tokenBefore(hit.start);
      if (before && !before.capitalised && t.joined === 'space' && isBusinessNoun(before.folded)) return;
    }
    const { significant } = hit.groups[0].first;
    if (significant.length === 1) {
      const earlier = this.context.namedAs(significant[0]);
      if (earlier.length) entities = earlier;
      // "Laura Bush opened the library. … Bush said": the surname of someone in no dictionary, named in
      // full before, is theirs, unless the story has also named the dictionary's person in full.
      // So is the word of a company or group named after no one in the dictionary ("Richard Wagner … Wagner" is not the Wagner Group).
      else if (this.strangersWord(significant[0], entities)) return;
    }
    this.emitSpan(hit.start, hit.end - 1, entities, 1);
  }

  private emitSpan(first: number, last: number, entities: readonly number[], score: number): void {
    if (entities.length > 1) {
      const refs = this.matcher.refsOf(entities);
      this.emit(first, last, null, score < 1 ? 'variant' : 'alias', refs, score < 1 ? round(score) : undefined);
      return;
    }
    const entity = entities[0];
    const ref = this.matcher.ref(entity);
    const match = this.matcher.matchKind(entity, this.spanText(first, last));
    let words = 0;
    for (let k = first; k <= last; k++) if (!PARTICLES.has(this.tokens[k].folded)) words++;
    const indexed = this.matcher.entity(entity);
    if (indexed.isPerson && words >= 2) this.context.addNamedInFull(entity, indexed);
    this.emit(first, last, ref, match, undefined, match === 'variant' ? round(Math.min(score, 0.99)) : undefined);
  }

  private emit(
    first: number,
    last: number,
    entity: EntityRef | null,
    match: MatchKind,
    ambiguous?: readonly EntityRef[],
    confidence?: number,
  ): void {
    const start = this.tokens[first].start;
    const end = this.tokens[last].end;
    const mention: Mention = {
      text: this.source.text.slice(start, end),
      in: this.source.in,
      paragraph: this.source.paragraph,
      start,
      end,
      entity,
      match,
    };
    if (ambiguous) mention.ambiguous = ambiguous;
    if (confidence !== undefined) mention.confidence = confidence;
    this.found.push(mention);
  }

  private spanText(first: number, last: number): string {
    return this.source.text.slice(this.tokens[first].start, this.tokens[last].end);
  }
}

/**
 * The entities a hit names, in dictionary order. A canonical name outranks another entity's alias of
 * the same spelling.
 */
function hitEntities(groups: readonly NameGroup[]): number[] {
  const canonical = groups.some((g) => g.canonicalEntities.length > 0);
  if (groups.length === 1) return canonical ? groups[0].canonicalEntities : groups[0].entities;
  const entities = groups.flatMap((g) => (canonical ? g.canonicalEntities : g.entities));
  return [...new Set(entities)].sort((a, b) => a - b);
}

/**
 * How well story words line up with a dictionary name's words, 0 when they do not: every story word
 * must match a name word (two words may stand for one: "Jin-ping"/"Jinping"), the name's last word must
 * be matched, and only a person's other names may be left out ("Tayyip Erdogan", "George Bush").
 * At least one word must match closely, which lets a short one beside it differ a little (Trevor Reid).
 */
function alignWords(story: AlignedWords, name: AlignedWords, isPerson: boolean, surnameAt: number): number {
  return alignFrom({ story, name, isPerson, surnameAt, skipped: false }, 0, 0, 0, 0, false, false);
}

/**
 * One alignment's inputs, and the path being walked; module-level steps, as a closure per call costs
 * much at desk scale. Each step returns the best score from there, not keeping it here: a number
 * field that turns from 0 to a fraction changes the object's shape, and code compiled for the old
 * one is thrown away while a story is being read.
 */
interface AlignmentWalk {
  story: AlignedWords;
  name: AlignedWords;
  isPerson: boolean;
  /** Where the name has the person's surname (-1 if nowhere): never left out, even written first ("Kim Jong-un" is no Jong-un). */
  surnameAt: number;
  /** Whether the path being walked has left out a story word (a middle name). */
  skipped: boolean;
}

/**
 * The best score aligning story words from i with name words from j (0: none). `loose`: a short word
 * matched only because it sits beside a name; `anchored`: a word matched closely.
 */
function alignFrom(walk: AlignmentWalk, i: number, j: number, sum: number, count: number, loose: boolean, anchored: boolean): number {
  const { story, name } = walk;
  const storyLength = story.forms.length;
  const nameLength = name.forms.length;
  if (i === storyLength || j === nameLength) return i === storyLength && j === nameLength && (anchored || !loose) ? sum / count : 0;
  let best = 0;
  if (walk.isPerson && j < nameLength - 1 && j !== walk.surnameAt && !walk.skipped) best = alignFrom(walk, i, j + 1, sum, count, loose, anchored);
  // A middle name the dictionary leaves out ("Narendra Damodardas Modi"): one story word, before the
  // last and after words matched one for one, and no name word left out either side of it ("Hamad bin
  // Khalifa Al Thani" is not Tamim bin Hamad Al Thani). An initial only if the name has none: "Mukesh D.
  // Ambani" is Mukesh Ambani, "George H. W. Bush" is not George W. Bush.
  if (walk.isPerson && !walk.skipped && count > 0 && i === j && i < storyLength - 1 && mayLeaveOut(story.forms[i], name)) {
    walk.skipped = true;
    best = Math.max(best, alignFrom(walk, i + 1, j, sum, count, true, anchored));
    walk.skipped = false;
  }
  best = Math.max(best, alignPair(walk, story.forms[i], name.forms[j], i + 1, j + 1, sum, count, loose, anchored));
  // Written-together forms cost a spelling and sound each: worked out only where the rest can still align.
  // Two words are one only if neither is the other side's word by itself: "Biden Aide" is no Biden.
  // Nor are all the story's words one word of a longer name: "Shah Alam" is no Nawaf Salam.
  const wholeStory = i === 0 && storyLength === 2 && nameLength > 1;
  if (!wholeStory && canFinish(walk, i + 2, j + 1) && !spelledAlike(story.forms[i], name.forms[j]) && !spelledAlike(story.forms[i + 1], name.forms[j])) {
    const storyPair = story.joinedAt(i);
    if (storyPair) best = Math.max(best, alignPair(walk, storyPair, name.forms[j], i + 2, j + 1, sum, count, loose, anchored));
  }
  if (canFinish(walk, i + 1, j + 2) && !spelledAlike(story.forms[i], name.forms[j]) && !spelledAlike(story.forms[i], name.forms[j + 1])) {
    const namePair = name.joinedAt(j);
    if (namePair) best = Math.max(best, alignPair(walk, story.forms[i], namePair, i + 1, j + 2, sum, count, loose, anchored));
  }
  return best;
}

/** Two words with the same skeleton: one spelling of the same name word. */
function spelledAlike(a: WordForm, b: WordForm): boolean {
  return a.skeleton === b.skeleton;
}

/** The best score aligning word a with b, then story words from i with name words from j. */
function alignPair(walk: AlignmentWalk, a: WordForm, b: WordForm, i: number, j: number, sum: number, count: number, loose: boolean, anchored: boolean): number {
  if (!canFinish(walk, i, j)) return 0;
  const strict = wordSimilarity(a, b) || initialOf(a, b);
  const score = strict || wordSimilarity(a, b, 'beside a matching name');
  // Past a left-out middle name the rest must be spelt as the name is ("Kim Yo Jong" is not "Kim Jong-un").
  if (walk.skipped && score < 1) return 0;
  return score > 0 ? alignFrom(walk, i, j, sum + score, count + 1, loose || !strict, anchored || score >= 0.95) : 0;
}

/** Whether a story word may be a middle name the name leaves out: a word, or an initial when the name has none. */
function mayLeaveOut(word: WordForm, name: AlignedWords): boolean {
  return !isInitial(word.folded) || !name.forms.some((form) => isInitial(form.folded));
}

/** An initial and a word it may stand for, either way round ("G." and "Gautam"): 0.9, else 0. */
function initialOf(a: WordForm, b: WordForm): number {
  if (isInitial(a.folded)) return !isInitial(b.folded) && b.folded[0] === a.folded[0] ? 0.9 : 0;
  return isInitial(b.folded) && a.folded[0] === b.folded[0] ? 0.9 : 0;
}

/**
 * Whether story words from i can still align with name words from j: each step takes one or two
 * words of either, and only a person's name words may be left out (never the last), or one middle
 * story word.
 */
function canFinish(walk: AlignmentWalk, i: number, j: number): boolean {
  const story = walk.story.forms.length - i;
  const name = walk.name.forms.length - j;
  if (story < 0 || name < 0) return false;
  if (story === 0 || name === 0) return story === name;
  const middle = walk.isPerson && !walk.skipped ? 1 : 0;
  return story <= 2 * name + middle && (walk.isPerson || name <= 2 * story);
}

// Endings that make a name of a place or a person ("Baghdadi", "Tehrani", "Macronist").
const VOWELS = 'aeiou';
/** An age in commas after a name: "Butt, 55, said". Sticky: read where the name ends, without copying the text after it. */
const AGE = /,\s*\d{1,3},/y;

function agedAt(text: string, at: number): boolean {
  AGE.lastIndex = at;
  return AGE.test(text);
}

const DERIVING_ENDINGS = ['i', 'an', 'ian', 'ese', 'ist', 'ism'];

/**
 * A longer word built on a name ("Cages", "Reedy", "Putinism", "Kievan"), or a name built on the
 * word ("Baghdad" and "al-Baghdadi"), not another spelling of it.
 */
function extendsWord(text: WordForm, word: WordForm): boolean {
  // One skeleton is one name in other letters: "Tromsoe" is Tromsø.
  if (text.skeleton === word.skeleton) return false;
  if (word.folded.startsWith(text.folded) && DERIVING_ENDINGS.includes(word.folded.slice(text.folded.length))) return true;
  return [
    [text.folded, word.folded],
    [text.skeleton, word.skeleton],
  ].some(([t, w]) => {
    const stem = w.length > 4 ? w.replace(/[aeiouy]$/, '') : w;
    if (t.length <= w.length || !t.startsWith(stem)) return false;
    const extra = t.slice(w.length);
    // A doubled last letter, or an h after a last vowel (often not written: Quetta / Quettah), is a spelling.
    if (extra === 'h' && 'aeiou'.includes(w[w.length - 1])) return false;
    return extra !== w[w.length - 1].repeat(extra.length);
  });
}

// How places end, and how the words for their people and languages end instead (Catalonia: Catalan,
// Turkey: Turkic, Kenya: Kenyan, China: Chinese).
const PLACE_ENDINGS = ['', 'a', 'ia', 'onia', 'e', 'y', 'ey'];
const DEMONYM_ENDINGS = ['an', 'ian', 'ese', 'i', 'ish', 'ic'];

/** Whether a folded word is a demonym of a place's folded word: the same stem, of three letters or more, with such an ending. */
function isDemonymOf(word: string, place: string): boolean {
  for (const ending of PLACE_ENDINGS) {
    if (!place.endsWith(ending)) continue;
    const stem = place.slice(0, place.length - ending.length);
    if (stem.length < 3 || !word.startsWith(stem)) continue;
    if (DEMONYM_ENDINGS.includes(word.slice(stem.length))) return true;
  }
  return false;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
