// How copy is written, as far as the name and quote finders care: its language, and headlines in
// title case. They read capitals and speech verbs the English way: in German every noun is
// capitalised, a Finnish or Danish story has no "said", and a title-case headline capitalises every
// word. A story's language is told by its commonest lower-case words, weighed language against language.

/** English, German (which capitalises its nouns), or another language of the wires. */
export type CopyLanguage = 'en' | 'de' | 'other';

// Common words of three letters or more, each written by one language and seldom by the others;
// without diacritics, as the name finder folds its words.
const MARKERS: Record<CopyLanguage, ReadonlySet<string>> = {
  en: new Set('the and that with said from have has this were which would their his are after not been will they'.split(' ')),
  de: new Set('der das und ist nicht mit von fur auf sich auch eine einen dem sagte wurde wird nach bei zum zur'.split(' ')),
  other: new Set(
    [
      // Dutch, Danish, Norwegian, Swedish
      'het een van niet voor zijn ook werd naar det som med ikke har til fra blev efter och att inte till fran',
      // Finnish
      'etta oli ovat mukaan myos han kun sen ole jonka joka mutta vain',
      // French, Spanish, Italian, Portuguese
      'les des est une dans pour que qui sur avec pas aux ont ete los las del por para una como pero fue che della sono gli nao com dos das',
    ]
      .join(' ')
      .split(' '),
  ),
};

/**
 * The language of a story by its lower-case words (three letters or more, folded or not): the one
 * whose markers are most of them; English, the desk's language, when none stands out.
 */
export function copyLanguage(lowerCaseWords: Iterable<string>): CopyLanguage {
  const counts: Record<CopyLanguage, number> = { en: 0, de: 0, other: 0 };
  for (const word of lowerCaseWords) {
    const plain = /^[a-z]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
    for (const language of ['en', 'de', 'other'] as const) if (MARKERS[language].has(plain)) counts[language]++;
  }
  if (counts.de > counts.en && counts.de >= counts.other) return 'de';
  if (counts.other > counts.en) return 'other';
  return 'en';
}

/** A headline in title case: most of its words of four letters or more capitalised ("Dhoni Retires From Cricket"). */
export function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((word) => word.length > 3);
  return long.length >= 3 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.7;
}
