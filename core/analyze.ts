// One pass of analysis over a story: mentions, quotes, quote integrity and the publish checklist.
// The command line calls analyzeStory; the editor runs the same passes (renderer/src/analysis/analyzer.ts)
// with its mentions cached block by block, and a test holds the two to the same results.
import { bodyBlocks, storyTexts, type AnalysisText, type Story } from './story/story';
import type { Check, EntityRef, Mention, Quote } from './story/annotations';
import { findMentions, type EntityMatcher } from './entities';
import { compareWithSource, findQuotes, type SpeakerOverride } from './quotes';
import { runChecks } from './checks';

export interface AnalyzeOptions {
  /** Without a matcher no mentions are looked for (quotes then find speakers by text alone). */
  matcher?: EntityMatcher;
  /** The wire original: quotes are compared with it when given. */
  sourceText?: string;
  /** The editor's speaker choices; by default the story's own `speaker` marks. */
  overrides?: readonly SpeakerOverride[];
  /** The time now (milliseconds), for embargoes (see runChecks). */
  now?: number;
}

export interface Analysis {
  texts: AnalysisText[];
  mentions: Mention[];
  quotes: Quote[];
  checks: Check[];
}

export function analyzeStory(story: Story, options: AnalyzeOptions = {}): Analysis {
  const texts = storyTexts(story);
  const mentions = options.matcher ? findMentions(options.matcher, texts) : [];
  const overrides = options.overrides ?? speakerOverridesFromStory(story);
  const people = options.matcher ? dictionaryPeople(options.matcher) : [];
  const found = findQuotes(texts, { mentions, overrides, people });
  const quotes = options.sourceText === undefined ? found : compareWithSource(found, options.sourceText);
  const checks = runChecks({ story, texts, mentions, quotes, now: options.now });
  return { texts, mentions, quotes, checks };
}

// The dictionary's people, listed once per matcher: quote attribution links "his wife, Alla" to them.
const peopleByMatcher = new WeakMap<EntityMatcher, EntityRef[]>();
export function dictionaryPeople(matcher: EntityMatcher): EntityRef[] {
  let people = peopleByMatcher.get(matcher);
  if (!people) {
    people = [];
    for (let entity = 0; entity < matcher.size; entity++) {
      const ref = matcher.ref(entity);
      if (ref.type === 'person') people.push(ref);
    }
    peopleByMatcher.set(matcher, people);
  }
  return people;
}

/**
 * The speakers an editor laid over quoted words (the `speaker` mark), as spans in the analysed texts.
 * The Story's headline is plain text, so only body blocks can carry them. Neighbouring text nodes with
 * the same speaker (split by other marks such as em) make one span.
 */
export function speakerOverridesFromStory(story: Pick<Story, 'body'>): SpeakerOverride[] {
  const overrides: SpeakerOverride[] = [];
  bodyBlocks(story.body).forEach((inline, paragraph) => {
    let offset = 0;
    let open: SpeakerOverride | null = null;
    for (const node of inline) {
      const length = node.type === 'text' ? node.text.length : 1; // a hard break is '\n'
      const mark = node.type === 'text' ? node.marks?.find((m) => m.type === 'speaker') : undefined;
      const speaker = mark?.type === 'speaker' ? mark.attrs : null;
      if (speaker && open && open.speaker.text === speaker.name && open.speaker.canonical === speaker.canonical) {
        open.end += length;
      } else if (speaker) {
        open = {
          in: 'body',
          paragraph,
          start: offset,
          end: offset + length,
          speaker: { text: speaker.name, canonical: speaker.canonical, via: 'editor' },
        };
        overrides.push(open);
      } else {
        open = null;
      }
      offset += length;
    }
  });
  return overrides;
}
