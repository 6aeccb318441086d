// Whether copy reads as English. The name finder takes capitalised words for names and the quote
// finder knows English speech verbs: in German every noun is capitalised, and a Finnish or Danish
// story has no "said", so both read such copy more cautiously.

/** Common English words of three letters or more that other languages of the wires seldom write. */
const ENGLISH_WORDS = new Set(
  'the and that with said from have has this were which would their his are after not been will they'.split(' '),
);

/** Fewer lower-case words than this tell nothing: the desk's language, English, is assumed. */
const TOO_FEW_TO_TELL = 8;

/**
 * Whether a story's lower-case words (folded, three letters or more) read as English: a few of its
 * commonest words among them, one at least for a story of a sentence or two.
 */
export function readsAsEnglish(lowerCaseWords: Iterable<string>): boolean {
  let distinct = 0;
  let english = 0;
  for (const word of lowerCaseWords) {
    distinct++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  return distinct < TOO_FEW_TO_TELL || english >= Math.min(3, Math.ceil(distinct / 10));
}
