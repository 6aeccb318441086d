import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../renderer/src/autosave';
import { emptyStory, type Story } from '../../core/story/story';
import type { SaveResult } from '../../db/types';

const result: SaveResult = { updatedAt: '2026-01-01T00:00:00Z', wordCount: 1, revisionId: null };

function setup(writeImpl?: (story: Story) => Promise<SaveResult>) {
  let text = '';
  const written: string[] = [];
  const states: SaveState[] = [];
  const autosave = new Autosave({
    read: () => ({ ...emptyStory(), headline: text }),
    write: async (story) => {
      written.push(story.headline);
      return writeImpl ? writeImpl(story) : result;
    },
    onState: (state) => states.push(state),
    delayMs: 500,
  });
  const type = (next: string) => {
    text = next;
    autosave.changed();
  };
  return { autosave, type, written, states };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, shortly after the last keystroke', async () => {
    const { type, written, states } = setup();
    type('H');
    await vi.advanceTimersByTimeAsync(300);
    type('He');
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['He']);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once and does nothing when all is saved', async () => {
    const { autosave, type, written } = setup();
    type('Now');
    await autosave.flush();
    await autosave.flush();
    expect(written).toEqual(['Now']);
  });

  it('never loses a keystroke typed while a save is in flight', async () => {
    let release!: () => void;
    const slow = () => new Promise<SaveResult>((resolve) => (release = () => resolve(result)));
    const { autosave, type, written, states } = setup(slow);
    type('A');
    const first = autosave.flush();
    type('AB');
    release();
    await first;
    await vi.advanceTimersByTimeAsync(600);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['A', 'AB']);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a failed save and keeps the change for the next try', async () => {
    let fail = true;
    const { autosave, type, written, states } = setup(async () => {
      if (fail) throw new Error('disk full');
      return result;
    });
    type('X');
    await autosave.flush();
    expect(states.at(-1)).toBe('error');
    expect(autosave.hasUnsavedChanges).toBe(true);
    fail = false;
    await autosave.flush();
    expect(written).toEqual(['X', 'X']);
    expect(states.at(-1)).toBe('saved');
  });
});
