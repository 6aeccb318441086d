// The typing bench page: one editor, either the product's (every plugin, live analysis) or a bare
// ProseMirror view of the same story. tests/bench/typing.bench.ts drives it and reads the samples:
// keystroke (the keydown's timestamp) to the frame being ready to paint: the key's whole task (input
// handling, the editor's update) plus the style and layout it caused. The wait for the display's next
// vsync is left out: headless Chromium clocks frames at a fixed 60 Hz, which would add 0-16.7 ms of
// noise that is the same for any editor. With frames not held for vsync, Chromium draws the key's frame
// before the timer below runs (seen in traces for every key), so a sample also holds the paint and the
// hand-off to the compositor thread, which on a busy two-core machine is much of the spread.
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { storySchema } from '../../core/story/schema';
import { paragraph, storyToDoc, type Story } from '../../core/story/story';
import type { DictionaryEntity } from '../../core/entities/types';
import { AnalysisSession, AnalysisWorker } from './analysis/client';
import { annotationsOf } from './editor/annotations';
import { createEditorView, editorPlugins } from './editor/StoryEditor';
import './styles.css';

interface BenchSetup {
  mode: 'product' | 'bare';
  headline: string;
  paragraphs: string[];
  entities: DictionaryEntity[];
}

declare global {
  interface Window {
    benchStart: (setup: BenchSetup) => Promise<void>;
    benchSamples: number[];
  }
}

const noop = () => {};

function recordFrameReady(since: number, dom: HTMLElement): void {
  // Runs after the key's task (keydown, input, the editor's DOM update) has finished.
  setTimeout(() => {
    // Style and layout that the next paint would do, done now so they are counted.
    void dom.getBoundingClientRect();
    void document.getSelection()?.getRangeAt(0).getBoundingClientRect();
    window.benchSamples.push(performance.now() - since);
  }, 0);
}

window.benchSamples = [];
window.benchStart = async (setup) => {
  const story: Story = { headline: setup.headline, dek: '', byline: '', dateline: '', body: setup.paragraphs.map((p) => paragraph(p)), meta: {} };
  const mount = document.getElementById('bench')!;
  mount.className = 'editor-scroll bench-mount';
  let view: EditorView;
  if (setup.mode === 'bare') {
    view = new EditorView(mount, { state: EditorState.create({ doc: storyToDoc(story), schema: storySchema }), attributes: { class: 'story-doc' } });
  } else {
    const worker = new AnalysisWorker();
    worker.setEntities(setup.entities);
    const session = new AnalysisSession(worker, story.meta, undefined);
    view = createEditorView(mount, story, editorPlugins({ saveNow: noop, editLink: noop, tagEntity: noop }, { onMentionClick: noop }), (v, tr) =>
      session.transaction(v, tr),
    );
    session.schedule(view, 0);
    // Measure with the story's analysis laid on, as an editor would have it.
    await new Promise<void>((resolve) => {
      const wait = () => (annotationsOf(view.state) ? resolve() : setTimeout(wait, 50));
      wait();
    });
  }
  view.dom.addEventListener('keydown', (event) => recordFrameReady(event.timeStamp, view.dom), { capture: true });
  // The caret at the end of the middle paragraph's first sentence.
  const middle = Math.floor(setup.paragraphs.length / 2);
  let pos = 0;
  view.state.doc.forEach((node, offset, index) => {
    if (index === 4 + middle) pos = offset + 1 + Math.min(node.content.size, 40);
  });
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)).scrollIntoView());
};
