// The main thread's side of analysis: one worker for the app, and per open story a session that asks
// for analysis once typing pauses and lays each answer onto the editor.
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { DictionaryEntity } from '../../../core/entities/types';
import { docToStory, type Story, type StoryMeta } from '../../../core/story/story';
import { applyAnalysis } from '../editor/annotations';
import type { AnalysisResult } from './analyzer';
import type { AnalysisReply, AnalysisRequest } from './worker';

export class AnalysisWorker {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<number, (result: AnalysisResult) => void>();
  private nextVersion = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      this.waiting.get(event.data.version)?.(event.data.result);
      this.waiting.delete(event.data.version);
    };
  }

  setEntities(entities: DictionaryEntity[]): void {
    this.post({ kind: 'entities', entities });
  }

  analyze(story: Story, sourceText?: string): { version: number; result: Promise<AnalysisResult> } {
    const version = this.nextVersion++;
    const result = new Promise<AnalysisResult>((resolve) => this.waiting.set(version, resolve));
    this.post({ kind: 'analyze', version, story, sourceText });
    return { version, result };
  }

  private post(request: AnalysisRequest): void {
    this.worker.postMessage(request);
  }
}

/** Analysis for one open story: asked for when typing pauses, answers mapped through later edits. */
export class AnalysisSession {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: { version: number; edited: boolean } | null = null;
  private disposed = false;
  /** Variant spellings the editor chose to keep in this story. */
  private readonly ignored = new Set<string>();

  constructor(
    private readonly worker: AnalysisWorker,
    private readonly meta: StoryMeta,
    private readonly sourceText: string | undefined,
    private readonly delayMs = 350,
  ) {}

  /** Every transaction passes here; edits re-schedule analysis. */
  transaction(view: EditorView, tr: Transaction): void {
    if (!tr.docChanged) return;
    if (this.inFlight) this.inFlight.edited = true;
    this.schedule(view);
  }

  schedule(view: EditorView, delayMs = this.delayMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(view), delayMs);
  }

  ignore(view: EditorView, spelling: string): void {
    this.ignored.add(spelling);
    this.schedule(view, 0);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private run(view: EditorView): void {
    const { version, result } = this.worker.analyze(docToStory(view.state.doc, this.meta), this.sourceText);
    const flight = { version, edited: false };
    this.inFlight = flight;
    void result.then((analysis) => {
      // Only the newest answer is laid on; an older one would flash stale marks.
      if (this.disposed || this.inFlight !== flight) return;
      this.inFlight = null;
      // Typed since it was asked for: a newer analysis is already scheduled for the next pause. Redrawing
      // highlights mid-burst could also race the browser's pending input in the paragraph being typed.
      if (flight.edited) return;
      const mentions = analysis.mentions.filter((m) => !(m.match === 'variant' && this.ignored.has(m.text)));
      view.dispatch(applyAnalysis(view.state.tr, { ...analysis, mentions }));
    });
  }
}
