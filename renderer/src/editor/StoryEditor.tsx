// The ProseMirror view of one draft, inside React: it owns the EditorView and its autosave.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { storySchema } from '../../../core/story/schema';
import { docToStory, storyToDoc, type Story } from '../../../core/story/story';
import type { Draft, RevisionSummary, SaveResult } from '../../../db/types';
import type { AnalysisSession } from '../analysis/client';
import { Autosave, type SaveState } from '../autosave';
import { annotations, type AnnotationEvents } from './annotations';
import { findPlugins, type OpenFind } from './find';
import { FindBar, type FindRequest } from './FindBar';
import { storyInputRules } from './inputRules';
import { storyKeymaps, type EditorActions } from './keymap';
import { cleanPastedHTML, plainTextToSlice, smartenSlice } from './paste';
import { placeholders } from './placeholder';
import { currentBlockPlugin } from './currentBlock';
import { nearBlocksPlugin } from './nearBlocks';
import { typedTextPlugin } from './typing';

export interface StoryEditorHandle {
  view: EditorView | null;
  flush: (reason?: RevisionSummary['reason']) => Promise<void>;
}

interface Props {
  draft: Draft;
  save: (story: Story, reason: RevisionSummary['reason']) => Promise<SaveResult>;
  onSaveState: (state: SaveState, detail?: { result?: SaveResult; error?: unknown }) => void;
  /** Called after every transaction that changed the doc or the selection. */
  onUpdate: (view: EditorView) => void;
  actions: Omit<EditorActions, 'saveNow'> & Required<AnnotationEvents>;
  /** Analysis of this story, asked for as typing pauses. */
  analysis?: AnalysisSession;
}

/** Every plugin the product's editor runs with (the typing bench measures exactly these). Annotations come
 *  after nearBlocksPlugin, whose window they read. */
export function editorPlugins(actions: EditorActions, events: AnnotationEvents = {}, openFind: OpenFind = () => {}): Plugin[] {
  return [storyInputRules(), typedTextPlugin(), ...findPlugins(openFind), ...storyKeymaps(actions), history(), dropCursor(), gapCursor(), placeholders(), currentBlockPlugin(), nearBlocksPlugin(), annotations(events)];
}

export function createEditorView(mount: HTMLElement, story: Story, plugins: Plugin[], onTransaction: (view: EditorView, tr: Transaction) => void): EditorView {
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({ doc: storyToDoc(story), schema: storySchema, plugins }),
    attributes: { class: 'story-doc', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Story text', spellcheck: 'true' },
    transformPastedHTML: cleanPastedHTML,
    clipboardTextParser: (text, $context) => plainTextToSlice(text, $context),
    transformPasted: smartenSlice,
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      onTransaction(view, tr);
    },
  });
  return view;
}

export const StoryEditor = forwardRef<StoryEditorHandle, Props>(function StoryEditor(props, ref) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);
  // The latest props, read by long-lived callbacks without re-creating the view.
  const latest = useRef(props);
  latest.current = props;
  const [find, setFind] = useState<FindRequest | null>(null);
  // While the find bar is open it redraws after each transaction (its count); closed, it costs nothing.
  const findOpen = useRef(false);
  findOpen.current = find !== null;
  const [, setFindRedraw] = useState(0);
  const openFind: OpenFind = (withReplace, seed) =>
    setFind((open) => ({ withReplace: withReplace || (open?.withReplace ?? false), seed, serial: (open?.serial ?? 0) + 1 }));

  useImperativeHandle(ref, () => ({
    get view() {
      return viewRef.current;
    },
    flush: (reason) => autosaveRef.current?.flush(reason) ?? Promise.resolve(),
  }));

  useEffect(() => {
    const { draft } = latest.current;
    const autosave = new Autosave({
      read: () => docToStory(viewRef.current!.state.doc, draft.story.meta),
      write: (story, reason) => latest.current.save(story, reason),
      onState: (state, detail) => latest.current.onSaveState(state, detail),
    });
    autosaveRef.current = autosave;
    const actions: EditorActions = {
      saveNow: () => void autosave.flush('manual'),
      editLink: () => latest.current.actions.editLink(),
      tagEntity: () => latest.current.actions.tagEntity(),
    };
    const analysis = latest.current.analysis;
    const view = createEditorView(mountRef.current!, draft.story, editorPlugins(actions, { onMentionClick: (i, el) => latest.current.actions.onMentionClick(i, el) }, openFind), (v, tr) => {
      if (tr.docChanged) autosave.changed();
      if (findOpen.current) setFindRedraw((n) => n + 1);
      analysis?.transaction(v, tr);
      latest.current.onUpdate(v);
    });
    viewRef.current = view;
    analysis?.schedule(view, 0);
    latest.current.onUpdate(view);
    const flushSoon = () => void autosave.flush();
    const flushOnClose = () => void autosave.flush('close');
    const onVisibility = () => document.visibilityState === 'hidden' && flushSoon();
    view.dom.addEventListener('blur', flushSoon);
    window.addEventListener('pagehide', flushOnClose);
    window.addEventListener('beforeunload', flushOnClose);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      view.dom.removeEventListener('blur', flushSoon);
      window.removeEventListener('pagehide', flushOnClose);
      window.removeEventListener('beforeunload', flushOnClose);
      document.removeEventListener('visibilitychange', onVisibility);
      // Switching stories saves what was typed; the view's text is read before it goes.
      const pending = autosave.hasUnsavedChanges ? docToStory(view.state.doc, draft.story.meta) : null;
      autosave.dispose();
      analysis?.dispose();
      if (pending) void latest.current.save(pending, 'autosave').catch((error) => latest.current.onSaveState('error', { error }));
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  return (
    <>
      {find && viewRef.current && (
        <FindBar
          view={viewRef.current}
          request={find}
          onToggleReplace={() => setFind((open) => open && { ...open, withReplace: !open.withReplace })}
          onClose={() => setFind(null)}
        />
      )}
      <div className="editor-mount" ref={mountRef} />
    </>
  );
});
