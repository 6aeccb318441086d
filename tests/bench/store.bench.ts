// Store benchmarks: autosave of a long story (search index included), search over 50,000 stories, and
// loading a 100,000-entity dictionary.
import { join } from 'node:path';
import { paragraph, type Story } from '../../core/story/story';
import { openStore, type Store } from '../../db/store';
import { tempDir } from '../support/paths';
import { below, percentile, timeMs, type BenchMetric } from './metric';

const STORIES = 50_000;
const SAVES = 300;
const SEARCHES = 200;

/** A small deterministic generator, so every run searches the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Made-up words of 3 to 12 letters, a few very common and a long tail, like news copy.
const VOCABULARY = ((next) =>
  Array.from({ length: 20_000 }, () =>
    Array.from({ length: 3 + Math.floor(next() * 10) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''),
  ))(random(0));

function words(next: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]);
  return out.join(' ');
}

function generatedStory(next: () => number, paragraphs: number, wordsPerParagraph: number): Story {
  return {
    headline: words(next, 8),
    dek: words(next, 15),
    byline: 'By Bench Reporter',
    dateline: 'LONDON',
    body: Array.from({ length: paragraphs }, () => paragraph(`${words(next, wordsPerParagraph)}.`)),
    meta: { agency: 'Bench' },
  };
}

function freshStore(): Store {
  return openStore(join(tempDir('copydesk-bench-'), 'copydesk.db'));
}

function benchSave(): BenchMetric {
  const store = freshStore();
  const next = random(1);
  const story = generatedStory(next, 100, 50); // 5,000 words of body
  const draft = store.createDraft({ story });
  const samples: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    // A keystroke's worth of change in one paragraph, as autosave sends it.
    const body = [...story.body];
    body[i % body.length] = paragraph(`${words(next, 50)}.`);
    const edited = { ...story, body };
    samples.push(timeMs(() => store.saveDraft(draft.id, edited)));
  }
  store.close();
  return { name: 'save_p95_ms', value: percentile(samples, 95), target: below(5, ' ms') };
}

function benchSearch(): BenchMetric[] {
  const store = freshStore();
  const next = random(2);
  const generation = timeMs(() =>
    store.batch(() => {
      for (let i = 0; i < STORIES; i++) store.createDraft({ story: generatedStory(next, 6, 40) });
    }),
  );
  const queries = Array.from({ length: SEARCHES }, (_, i) => {
    const kind = i % 4;
    if (kind === 0) return words(next, 1); // one word, often a common one
    if (kind === 1) return words(next, 2); // two words
    if (kind === 2) return words(next, 1).slice(0, 3 + (i % 3)); // a word being typed
    return `"${words(next, 2)}"`; // a phrase
  });
  const samples = queries.map((query) => timeMs(() => store.searchDrafts(query)));
  store.close();
  return [
    { name: 'search_p95_ms', value: percentile(samples, 95), target: below(20, ' ms') },
    { name: 'search_corpus_build_s', value: generation / 1000 },
  ];
}

function benchDictionaryImport(): BenchMetric {
  const store = freshStore();
  const entities = Array.from({ length: 100_000 }, (_, i) => ({
    canonical: `Person Number ${i}`,
    type: 'person' as const,
    aliases: [`P. Number ${i}`],
    description: '',
  }));
  const elapsed = timeMs(() => store.importDictionary({ name: 'Bench', entities }));
  store.close();
  return { name: 'dictionary_import_100k_ms', value: elapsed, target: below(1000, ' ms') };
}

export default async function storeBench(): Promise<BenchMetric[]> {
  return [benchSave(), ...benchSearch(), benchDictionaryImport()];
}
