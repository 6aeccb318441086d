// Quote integrity: quotes of an edited story compared with the wire original they came from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithSource, findQuotes } from '../../core/quotes';
import type { AnalysisText } from '../../core/story/story';
import type { Quote } from '../../core/story/annotations';
import { exampleFile } from '../support/paths';

const original = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8');
const paragraphs = original.split(/\n\s*\n/).map((p) => p.trim());
const texts = (ps: string[]): AnalysisText[] => ps.map((text, paragraph) => ({ in: 'body', paragraph, text }));

const quote = (text: string): Quote => ({ in: 'body', paragraph: 0, start: 1, end: 1 + text.length, text, partial: false, speaker: null });

describe('comparing quotes with the wire original', () => {
  it('finds every quote of the untouched story unchanged', () => {
    const quotes = compareWithSource(findQuotes(texts(paragraphs)), original);
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    expect(quotes.map((q) => q.integrity)).toEqual(quotes.map(() => 'unchanged'));
  });

  it('ignores typographic marks, spacing and case', () => {
    const [q] = compareWithSource([quote('I have  nothing to add because there are NO final agreements,')], original.replace(/'/g, '’'));
    expect(q.integrity).toBe('unchanged');
    expect(q.diff).toBeUndefined();
  });

  it('reads an original that still carries its markup', () => {
    const xml = '<p>&quot;No concrete result has been reached yet,&quot; Maria Zakharova said.</p><p>Next.</p>';
    const [q] = compareWithSource([quote('No concrete result has been reached yet,')], xml);
    expect(q.integrity).toBe('unchanged');
  });

  it('marks an edited quote altered and shows the changed words', () => {
    const edited = paragraphs.map((p) =>
      p.replace('"Victor knows nothing about the negotiations', '"Victor knows nothing about the talks'),
    );
    const altered = compareWithSource(findQuotes(texts(edited)), original).filter((q) => q.integrity !== 'unchanged');
    expect(altered).toHaveLength(1);
    expect(altered[0]).toMatchObject({ integrity: 'altered', speaker: { text: 'his wife, Alla' } });
    expect(altered[0].diff).toEqual([
      { op: 'same', text: 'Victor knows nothing about the' },
      { op: 'removed', text: 'negotiations' },
      { op: 'added', text: 'talks' },
      { op: 'same', text: 'between Russia and the United States on his exchange' },
    ]);
  });

  it('shows words dropped from the middle of a quote', () => {
    const [q] = compareWithSource([quote('Of course, we assume that such negotiations can take place')], original);
    expect(q.integrity).toBe('unchanged');
    const [cut] = compareWithSource([quote('Of course, we assume that negotiations can take place')], original);
    expect(cut.integrity).toBe('altered');
    expect(cut.diff).toContainEqual({ op: 'removed', text: 'such' });
  });

  it('marks a quote the original never had as not in the source', () => {
    const [q] = compareWithSource([quote('We will bring every prisoner home before Christmas,')], original);
    expect(q).toMatchObject({ integrity: 'not-in-source' });
    expect(q.diff).toBeUndefined();
  });

  it('compares the quotes of a long story quickly', () => {
    const longSource = Array.from({ length: 40 }, () => original).join('\n\n');
    const quotes = findQuotes(texts(longSource.split(/\n\s*\n/)));
    const before = process.cpuUsage();
    const compared = compareWithSource(quotes, longSource);
    const used = process.cpuUsage(before);
    expect(compared.every((q) => q.integrity === 'unchanged')).toBe(true);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
