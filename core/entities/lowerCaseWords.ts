// The words a story writes in lower case somewhere: ordinary words wherever it capitalises them
// ("Bush fires" beside "the bush"). Only words of three letters or more, the only ones asked about.
import type { AnalysisText } from '../story/story';
import { tokenize, type Token } from './text';

/** The lower-case words of tokenized texts. A function of its own: the JIT compiles its loop once, not again inside each scan. */
export function lowerCaseWordsOf(tokenized: readonly Token[][]): Set<string> {
  const words = new Set<string>();
  for (const tokens of tokenized) for (const t of tokens) if (!t.capitalised && t.folded.length >= 3) words.add(t.folded);
  return words;
}

/**
 * The lower-case words of a whole story, for scans of some of its paragraphs, and for each text the
 * capitalised words the story writes in lower case elsewhere: all that a scan of the text asks of
 * them, so scans of it agree while those agree.
 */
export function lowerCaseWordsOfStory(texts: readonly AnalysisText[]): { words: Set<string>; capitalisedIn: string[][] } {
  const tokenized = texts.map((text) => tokenize(text.text));
  const words = lowerCaseWordsOf(tokenized);
  const capitalisedIn = tokenized.map((tokens) => {
    const found: string[] = [];
    for (const t of tokens) if (t.capitalised && words.has(t.folded) && !found.includes(t.folded)) found.push(t.folded);
    return found;
  });
  return { words, capitalisedIn };
}
