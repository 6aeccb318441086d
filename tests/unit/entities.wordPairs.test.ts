import { describe, expect, it } from 'vitest';
import { WordPairs } from '../../core/entities/wordPairs';

/** Entities' word lists in the packed form the word index keeps them in. */
function packed(entities: number[][]): [Int32Array, Int32Array] {
  const start = [0];
  for (const words of entities) start.push(start[start.length - 1] + words.length);
  return [Int32Array.from(start), Int32Array.from(entities.flat())];
}

describe('word pairs', () => {
  it('finds every entity that has both words, in dictionary order, whichever word comes first', () => {
    const pairs = new WordPairs(...packed([[1, 2], [2, 3, 1], [4], [1, 2, 2, 1], [5, 6]]));
    expect([...pairs.entitiesWith(1, 2)]).toEqual([0, 1, 3]);
    expect([...pairs.entitiesWith(2, 1)]).toEqual([0, 1, 3]);
    expect([...pairs.entitiesWith(3, 1)]).toEqual([1]);
    expect([...pairs.entitiesWith(4, 1)]).toEqual([]);
    expect([...pairs.entitiesWith(6, 5)]).toEqual([4]);
  });

  it('agrees with a search of every entity on a large random dictionary', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const entities = Array.from({ length: 5000 }, () => Array.from({ length: 1 + next(5) }, () => next(800)));
    const pairs = new WordPairs(...packed(entities));
    for (let probe = 0; probe < 2000; probe++) {
      const a = next(800);
      const b = next(800);
      if (a === b) continue;
      const expected = entities.flatMap((words, e) => (words.includes(a) && words.includes(b) ? [e] : []));
      expect([...pairs.entitiesWith(a, b)]).toEqual(expected);
    }
  });
});
