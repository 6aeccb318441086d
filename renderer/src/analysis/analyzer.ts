// The story's analysis as the editor needs it while typing: the same passes as core/analyze.ts's
// analyzeStory, with entity mentions cached per block text (and what the blocks before it said) so
// only changed blocks are matched again.
// Each pass may be unavailable (its module not there yet, or failing): the others still run.
import {
  buildMatcher,
  findMentions,
  lowerCaseWordsOfStory,
  MentionContext,
  readInStoryOrder,
  type DictionaryEntity,
  type EntityMatcher,
} from '../../../core/entities';
import { compareWithSource, findQuotes } from '../../../core/quotes';
import { runChecks } from '../../../core/checks';
import { dictionaryPeople, speakerOverridesFromStory } from '../../../core/analyze';
import { storyTexts, type AnalysisText, type Story } from '../../../core/story/story';
import { copyLanguage } from '../../../core/story/language';
import type { Check, Mention, Quote } from '../../../core/story/annotations';

export type AnalysisPart = 'entities' | 'quotes' | 'checks';

export interface AnalysisResult {
  mentions: Mention[];
  quotes: Quote[];
  checks: Check[];
  /** Parts that could not run, with the reason to show. */
  unavailable: Partial<Record<AnalysisPart, string>>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class StoryAnalyzer {
  private matcher: EntityMatcher | null = null;
  private matcherProblem: string | null = 'The dictionaries are not loaded yet.';
  /** Block text and the context before it -> its mentions (paragraph 0) and the context after it; a block typed into is a new key. */
  private mentionCache = new Map<string, { mentions: Mention[]; after: MentionContext }>();

  setEntities(entities: readonly DictionaryEntity[]): void {
    this.mentionCache.clear();
    try {
      this.matcher = buildMatcher(entities);
      this.matcherProblem = null;
    } catch (error) {
      this.matcher = null;
      this.matcherProblem = reason(error);
    }
  }

  analyze(story: Story, sourceText?: string): AnalysisResult {
    const texts = storyTexts(story);
    const unavailable: AnalysisResult['unavailable'] = {};
    let mentions: Mention[] = [];
    try {
      mentions = this.mentions(texts);
    } catch (error) {
      unavailable.entities = reason(error);
    }
    let quotes: Quote[] = [];
    try {
      const people = this.matcher ? dictionaryPeople(this.matcher) : [];
      quotes = findQuotes(texts, { mentions, overrides: speakerOverridesFromStory(story), people });
      if (sourceText !== undefined) quotes = compareWithSource(quotes, sourceText);
    } catch (error) {
      unavailable.quotes = reason(error);
    }
    let checks: Check[] = [];
    try {
      checks = runChecks({ story, texts, mentions, quotes, now: Date.now() });
    } catch (error) {
      unavailable.checks = reason(error);
    }
    return { mentions, quotes, checks, unavailable };
  }

  private mentions(texts: readonly AnalysisText[]): Mention[] {
    if (!this.matcher) throw new Error(this.matcherProblem ?? 'Entity matching is not available.');
    const matcher = this.matcher;
    const seen = new Set<string>();
    // A block is read with what the blocks before it said (who was named in full), and with which of
    // its capitalised words the story writes in lower case elsewhere: the same text in another story is
    // another key.
    const lowerCase = lowerCaseWordsOfStory(texts);
    // The story's language changes what a capital says (see copyLanguage): part of every block's key.
    const language = copyLanguage(lowerCase.words);
    const read = (index: number, before: MentionContext) => {
      const text = texts[index];
      const key = `${text.in}\u0000${text.text}\u0000${before.key}\u0000${lowerCase.capitalisedIn[index].join(' ')}\u0000${language}`;
      seen.add(key);
      let cached = this.mentionCache.get(key);
      if (!cached) {
        const after = before.copy();
        cached = { mentions: findMentions(matcher, [{ ...text, paragraph: 0 }], after, lowerCase.words), after };
        this.mentionCache.set(key, cached);
      }
      return cached;
    };
    const found = readInStoryOrder(texts, new MentionContext(), read);
    // Forget blocks that are gone, so the cache stays the size of the story.
    for (const key of this.mentionCache.keys()) if (!seen.has(key)) this.mentionCache.delete(key);
    return found.flatMap((mentions, index) => mentions.map((mention) => ({ ...mention, paragraph: texts[index].paragraph })));
  }
}
