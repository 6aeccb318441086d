// The words attribution reads: a tokenizer that keeps offsets, and the small lexicons of news English
// (speech verbs, titles, pronouns, words that are capitalised but are not names).

export interface Token {
  /** The word as written; for a masked quote, the quote's index in the paragraph. */
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  quote?: number;
  /** A word that can be part of a name: Zakharova, McCain, O'Brien, G., al-Assad (not The, Monday, Arab). */
  name?: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gov sen rep gen col lt sgt capt st jr sr vs inc corp co ltd ' +
    'jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/uy;

/**
 * Splits a paragraph into words, punctuation and masked quotes. `quotes` are the [open, close) spans of
 * quotations (marks included); each becomes one 'quote' token so that attribution reads around it.
 */
export function tokenize(text: string, quotes: readonly { open: number; close: number }[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    if (q < quotes.length && i >= quotes[q].open) {
      tokens.push({ text: String(q), start: quotes[q].open, end: quotes[q].close, kind: 'quote', quote: q });
      i = quotes[q].close;
      q++;
      continue;
    }
    const limit = q < quotes.length ? quotes[q].open : text.length;
    const ch = text[i];
    if (ch === ' ' || /\s/.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let end = Math.min(i + m[0].length, limit);
      // Keep the full stop of an initial ("G.") or a known abbreviation ("Gov.", "U.S.").
      if (text[end] === '.' && end + 1 <= limit && isAbbreviation(text.slice(i, end))) end++;
      const word = text.slice(i, end);
      tokens.push({ text: word, start: i, end, kind: 'word', name: isNameWord(word) });
      i = end;
    } else {
      tokens.push({ text: ch, start: i, end: i + 1, kind: 'punct' });
      i++;
    }
  }
  return tokens;
}

function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122 && !/^(?:al|el|bin|ibn|abu|de|van|von)-/.test(word)) return false; // lowercase
  return (
    !NOT_NAME_WORDS.has(word.toLowerCase()) &&
    (/^\p{Lu}\.$/u.test(word) || // an initial
      /^\p{Lu}(?:[\p{Ll}'’\-.]|\p{Lu}\p{Ll})[\p{L}'’\-.]*$/u.test(word) || // Zakharova, McCain, O'Brien
      /^(?:al|el|bin|ibn|abu|de|van|von)-\p{Lu}/u.test(word) || // al-Assad
      (/^\p{Lu}{2,3}$/u.test(word) && TITLE_WORDS.has(word.toLowerCase()))) // a title in capitals: "PC Hannah Cole"
  );
}

function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

export const SPEECH_VERBS = new Set(
  (
    'say says said saying tell tells told add adds added stress stresses stressed notes noted ' +
    'write writes wrote tweet tweets tweeted posts posted announce announces announced confirm ' +
    'confirms confirmed explain explains explained insist insists insisted argue argues argued warn warns ' +
    'warned declare declares declared states stated ask asks asked reply replies replied respond ' +
    'responds responded answers answered recall recalls recalled acknowledge acknowledges acknowledged ' +
    'admit admits admitted claims claimed continue continues continued conclude concludes concluded ' +
    'comments commented remark remarks remarked emphasize emphasizes emphasized emphasise emphasises ' +
    'emphasised observe observes observed calls called describe describes described dismiss dismisses ' +
    'dismissed urge urges urged vows vowed promises promised predict predicts predicted suggest ' +
    'suggests suggested complain complains complained describing calling adding telling writing ' +
    'brands branded labels labelled labeled quip quips quipped shout shouts shouted ' +
    'whisper whispers whispered jokes joked allege alleges alleged testify testifies testified ' +
    'reports reported mentions mentioned pray prays prayed plead pleads pleaded pleading credited praise ' +
    'praises praised criticise criticises criticised criticize criticizes criticized accuse accuses accused ' +
    'blame blames blamed hail hails hailed demand demands demanded concede concedes conceded boast boasts ' +
    'boasted lament laments lamented reiterate reiterates reiterated caution cautions cautioned threaten ' +
    'threatens threatened apologise apologised apologize apologized wonder wonders wondered cry cried ' +
    'sigh sighed muse mused recount recounts recounted chant chants chanted chanting ' +
    'agree agrees agreed disagree disagrees disagreed echo echoes echoed counter counters countered ' +
    'retort retorts retorted concur concurs concurred interject interjected'
  ).split(' '),
);

/** Words that may stand between a subject and its speech verb ("Zakharova also said", "was quoted as saying"). */
export const VERB_ADVERBS = new Set(
  ('also later then has have had once again previously recently earlier repeatedly further simply even just ' +
    'only was were quoted as').split(' '),
);

export const PRONOUNS = new Map<string, 'person' | 'group' | 'organization'>([
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'group'],
  ['it', 'organization'],
]);

/** Title words before a name ("Secretary of State", "spokeswoman"): part of the description, not the name. */
export const TITLE_WORDS = new Set(
  (
    'president vice secretary minister prime foreign deputy chancellor senator sen. rep. representative ' +
    'gov. governor mayor general gen. col. lt. sgt. capt. captain commander chief chairman chairwoman ' +
    'chair director spokesman spokeswoman spokesperson mr. mrs. ms. dr. mr mrs ms dr prof. professor king queen prince ' +
    'princess pope judge justice ambassador former state attorney lawyer analyst economist leader ' +
    'coach manager executive ceo cfo head member official officer sheikh lord lady sir dame rev. father ' +
    'sister brother mother wife husband son daughter commissioner prosecutor inspector detective ' +
    'superintendent constable sergeant ' +
    // British police ranks and councillors as the copy abbreviates them: "PC Hannah Cole", "Cllr Ann Roe".
    'pc dc ds di dci det. supt. insp. cllr cllr. mp mep'
  ).split(' '),
);

/** Capitalised words that begin sentences or name days, peoples and institutions rather than people. */
export const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or so yet in on at for with from by to of as if when while after before since ' +
    'this that these those there here his her their its our my your we i you he she it they who what ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april july ' +
    'september october november december today tomorrow yesterday ' +
    'arab sunni shi\'ite shiite muslim jewish islamic islamist western eastern northern southern ' +
    'gulf european american russian british german french chinese syrian iraqi iranian israeli palestinian ' +
    'ukrainian turkish japanese indian african asian latin us u.s. u.k. uk un u.n. eu e.u. ' +
    'according meanwhile however also still once looking following under despite although though'
  ).split(' '),
);

/** Words that make a capitalised run an institution or a place rather than a person. */
export const ORGANIZATION_WORDS = new Set(
  (
    'ministry department office agency service council court party union bank fund group coalition ' +
    'committee commission association organization organisation institute university college school ' +
    'company corp corp. inc inc. co co. ltd ltd. news times post press network channel government ' +
    'parliament congress senate house kremlin army navy police federation league club team foundation ' +
    'board authority administration embassy states kingdom republic city county river state centre center ' +
    'hospital markets reuters dpa afp ap'
  ).split(' '),
);

/** Family words in an apposition ("his wife, Alla"): the named person shares the possessor's surname. */
export const FAMILY_WORDS = new Set(
  'wife husband son daughter mother father brother sister widow widower'.split(' '),
);

/** Lowercase nouns that can head a speaking subject ("the company said", "officials said"). */
export const SPEAKER_NOUNS = new Set(
  (
    'company ministry government spokesman spokeswoman spokesperson statement agency court police officials ' +
    'official authorities receivers prosecutors prosecutor lawyers lawyer attorney attorneys army military ' +
    'group party embassy office department commission council report analysts analyst source sources ' +
    'team firm bank union board witnesses residents experts expert researchers study survey organisers ' +
    'organizers regulator regulators minister president spokespeople aide aides chief family ' +
    'man woman men women witness neighbour neighbor neighbours neighbors judge operator resident victim ' +
    'teacher doctor nurse student driver farmer worker workers owner manager director official passenger ' +
    'mayor governor senator lawmaker legislator chairman chairwoman chancellor ambassador coach captain ' +
    'commander sheriff economist executive professor supporters protesters demonstrators fans crowd ' +
    'critics opponents activists campaigners observers investors traders person people insider insiders ' +
    'officer officers guard guards soldier soldiers boss pm mp volunteers victims survivors relatives ' +
    'notice letter memo filing document message leader leaders head chair negotiator negotiators ' +
    'representative representatives delegate delegates founder parent parents children friend friends ' +
    'colleague colleagues'
  )
    .split(' ')
    .concat([...FAMILY_WORDS]),
);

/** A noun for someone speaking: "the company", "police", "farmers", "the 19-year-old". */
export function isSpeakerNoun(word: string): boolean {
  return SPEAKER_NOUNS.has(word) || (word.endsWith('s') && SPEAKER_NOUNS.has(word.slice(0, -1))) || /^\d+-year-old$/.test(word);
}

/** Speaking nouns that stand for an institution: what a later "it said" points back to. */
export const INSTITUTION_NOUNS = new Set(
  ('company ministry government agency court police army military group party embassy office department ' +
    'commission council firm bank union board team').split(' '),
);

export const DETERMINERS = new Set('the a an his her their its our this that'.split(' '));

/**
 * Words before a name that tell a person's sex ("Ms. Rivera", "spokeswoman Ana Ruiz"): a later "she"
 * or "he" passes over the other. Only what the copy writes counts; a given name tells nothing here.
 */
export const GENDERED_TITLES = new Map<string, 'female' | 'male'>([
  ...'mrs. mrs ms. ms miss madam madame lady dame queen princess duchess countess baroness sister mother wife daughter widow grandmother aunt niece spokeswoman chairwoman congresswoman businesswoman sportswoman councilwoman policewoman actress'
    .split(' ')
    .map((w) => [w, 'female'] as const),
  ...'mr. mr sir lord king prince duke count baron brother father husband son widower grandfather uncle nephew spokesman chairman congressman businessman sportsman councilman policeman'
    .split(' ')
    .map((w) => [w, 'male'] as const),
]);

