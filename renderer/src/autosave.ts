// Autosave for one draft: debounced after the last change, flushed on demand (blur, close, Mod-S),
// one save in flight at a time, and never a lost change: an edit made during a save is saved next.
import type { RevisionSummary, SaveResult } from '../../db/types';
import type { Story } from '../../core/story/story';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

export interface AutosaveOptions {
  /** Reads the story as it is now. */
  read: () => Story;
  write: (story: Story, reason: RevisionSummary['reason']) => Promise<SaveResult>;
  onState: (state: SaveState, detail?: { result?: SaveResult; error?: unknown }) => void;
  delayMs?: number;
}

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private running: Promise<void> | null = null;
  private nextReason: RevisionSummary['reason'] = 'autosave';

  constructor(private readonly options: AutosaveOptions) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** A change was made: save shortly after the last one. */
  changed(): void {
    this.dirty = true;
    this.options.onState('unsaved');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 600);
  }

  /** Saves now if anything is unsaved (or if a manual save asks for a revision); resolves when all is written. */
  async flush(reason: RevisionSummary['reason'] = 'autosave'): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (reason !== 'autosave') {
      this.nextReason = reason;
      this.dirty = true;
    }
    while (this.running) await this.running;
    if (!this.dirty) return;
    let ok = false;
    this.running = this.saveOnce().then((saved) => {
      ok = saved;
    });
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    // Edits that came in while saving are saved straight after; a failed save waits for the next change.
    if (ok && this.dirty && !this.timer) await this.flush();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveOnce(): Promise<boolean> {
    const story = this.options.read();
    const reason = this.nextReason;
    this.dirty = false;
    this.nextReason = 'autosave';
    this.options.onState('saving');
    try {
      const result = await this.options.write(story, reason);
      this.options.onState(this.dirty ? 'unsaved' : 'saved', { result });
      return true;
    } catch (error) {
      this.dirty = true;
      this.options.onState('error', { error });
      return false;
    }
  }
}
