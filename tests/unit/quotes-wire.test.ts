// Quotes in real agency copy we did not write: how many of the hand-annotated direct quotes are found,
// and how many go to the right speaker (tests/fixtures/quotes/*.json; the stories stay in ../shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../core/quotes';
import type { Quote } from '../../core/story/annotations';
import { repoDir, wireSample } from '../support/paths';

interface Annotation {
  samples: { file: string; quotes: { starts: string; speaker?: string[] }[] }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e.startsWith('#x') || e.startsWith('#X')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : (ENTITIES[e.toLowerCase()] ?? whole),
  );

/**
 * A deliberately small text extractor, so this evaluation does not depend on the wire parsers: the <p>
 * elements of XML items, or the whole file for ANPA and IPTC 7901; paragraphs split at blank lines and
 * at indented lines; control characters dropped.
 */
function paragraphsOf(raw: string): string[] {
  const xml = [...raw.matchAll(/<(?:html:)?p(?:\s[^>]*)?>([\s\S]*?)<\/(?:html:)?p>/g)].map((m) =>
    decodeEntities(m[1].replace(/<[^>]+>/g, '')),
  );
  return (xml.length ? xml : [raw])
    .flatMap((block) =>
      block
        .replace(/\r/g, '')
        .replace(/[\x00-\x08\x0b-\x1f]/g, '')
        .split(/\n\s*\n|\n(?=[ \t])/),
    )
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const nameWords = (name: string) =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3 && w !== 'the' && w !== 'and' && w !== 'al'),
  );
/** "Tatum" is "Chalen Tatum", "Chen" is "Chen Guiqiu": a name matches when they share a name word. */
const sameSpeaker = (found: Quote['speaker'], names: string[]) =>
  found !== null && names.some((n) => [...nameWords(n)].some((w) => nameWords(found.text).has(w)));

const normalise = (s: string) => s.replace(/[`'‘’]/g, "'").toLowerCase();

function evaluate(fixture: string) {
  const annotation = JSON.parse(readFileSync(join(repoDir, 'tests/fixtures/quotes', fixture), 'utf8')) as Annotation;
  let total = 0;
  let found = 0;
  let judged = 0;
  let right = 0;
  let reported = 0;
  let reportedRight = 0;
  const misses: string[] = [];
  for (const sample of annotation.samples) {
    const paragraphs = paragraphsOf(readFileSync(wireSample(sample.file), 'utf8'));
    const quotes = findQuotes(paragraphs.map((text, paragraph) => ({ in: 'body', paragraph, text })));
    const isAnnotated = (q: Quote) => sample.quotes.some((want) => normalise(q.text).startsWith(normalise(want.starts)));
    for (const q of quotes.filter((q) => !q.partial)) {
      reported++;
      if (!isAnnotated(q)) misses.push(`${sample.file}: "${q.text}" is not a direct quote`);
      else reportedRight++;
    }
    for (const want of sample.quotes) {
      total++;
      const quote = quotes.find((q) => normalise(q.text).startsWith(normalise(want.starts)));
      if (!quote) {
        misses.push(`${sample.file}: not found "${want.starts}"`);
        continue;
      }
      found++;
      if (!want.speaker) continue;
      judged++;
      if (sameSpeaker(quote.speaker, want.speaker)) right++;
      else misses.push(`${sample.file}: "${want.starts}" went to ${quote.speaker?.text ?? 'nobody'}`);
    }
  }
  return { total, found: found / total, attributed: right / judged, precision: reportedRight / reported, misses };
}

describe('quotes in real wire copy', () => {
  it.each([
    ['the annotated set', 'wire-samples.json'],
    ['the held-out set', 'wire-samples-held-out.json'],
  ])('finds at least 95%% of the direct quotes in %s and attributes at least 90%% rightly', (_name, fixture) => {
    const result = evaluate(fixture);
    expect(result.total).toBeGreaterThan(10);
    expect(result.found, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.attributed, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['the annotated set', 'wire-samples.json'],
    ['the held-out set', 'wire-samples-held-out.json'],
  ])('reports as whole utterances (not partial) only real direct quotes in %s', (_name, fixture) => {
    const result = evaluate(fixture);
    expect(result.precision, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the guillemets of a German dpa story', () => {
    const paragraphs = paragraphsOf(readFileSync(wireSample('newsml-g2/dpa.xml'), 'utf8'));
    const quotes = findQuotes(paragraphs.map((text, paragraph) => ({ in: 'body', paragraph, text })));
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) {
      const text = paragraphs[q.paragraph];
      expect(text[q.start - 1]).toBe('«');
      expect(text[q.end]).toBe('»');
    }
  });
});
