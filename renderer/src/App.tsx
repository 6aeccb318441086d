// The window: stories | editor | side panels, and the store-problem screen when the store will not open.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { StoreStatus } from '../../electron/api/contract';
import { DRAFT_STATUSES, type Draft, type DraftStatus, type DraftSummary, type SearchHit } from '../../db/types';
import { matchesShortcut, SHORTCUTS } from '../shortcuts';
import { api } from './bridge';
import type { SaveState } from './autosave';
import { StoryEditor, type StoryEditorHandle } from './editor/StoryEditor';
import { statsOf, textBetween, type TextStats } from './editor/stats';
import { HistoryPanel } from './HistoryPanel';
import { LinkBar } from './LinkBar';
import { useNotify } from './notices';
import { AnalysisSession, AnalysisWorker } from './analysis/client';
import type { AnalysisResult } from './analysis/analyzer';
import { annotationsOf } from './editor/annotations';
import { taggedEntity, tagEntity, untagAtCursor } from './editor/commands';
import type { DictionaryEntity } from '../../core/entities/types';
import { addAlias, addEntity } from './dictionaries';
import { ChecksPanel } from './panels/ChecksPanel';
import { EntitiesPanel } from './panels/EntitiesPanel';
import { QuotesPanel } from './panels/QuotesPanel';
import { PanelTabs } from './PanelTabs';
import { TagBar } from './TagBar';
import { VariantPopover } from './VariantPopover';
import { ExportDialog } from './ExportDialog';
import { ImportStatus, type ImportProgress } from './ImportDialog';
import { droppedFiles, importBatch } from './importing';
import { SourcePanel } from './SourcePanel';
import { DictionariesView } from './DictionariesView';
import type { ImportSummary } from '../../electron/api/contract';
import { bridge } from './bridge';
import { docToStory } from '../../core/story/story';
import { StoreProblem } from './StoreProblem';
import { StoryList, type ListFilter } from './StoryList';

type PanelName = 'entities' | 'quotes' | 'checks' | 'original' | 'history';
const PANELS: { name: PanelName; label: string }[] = [
  { name: 'entities', label: 'Entities' },
  { name: 'quotes', label: 'Quotes' },
  { name: 'checks', label: 'Checks' },
  { name: 'original', label: 'Wire' },
  { name: 'history', label: 'History' },
];

const SAVE_LABELS: Record<SaveState, string> = { saved: 'Saved', unsaved: 'Editing…', saving: 'Saving…', error: 'Not saved' };

export function App() {
  const [store, setStore] = useState<StoreStatus | null>(null);
  useEffect(() => {
    api('storeStatus', {})
      .then(setStore)
      .catch((error: unknown) => setStore({ file: '', ok: false, error: error instanceof Error ? error.message : 'Copydesk is not reachable.' }));
  }, []);
  if (!store) return <div className="loading-screen">Opening the story store…</div>;
  if (!store.ok) return <StoreProblem status={store} onOpened={setStore} />;
  return <Workspace store={store} />;
}

function Workspace({ store }: { store: StoreStatus }) {
  const notify = useNotify();
  const [filter, setFilter] = useState<ListFilter>({ query: '', status: '', trash: false });
  const [rows, setRows] = useState<(DraftSummary | SearchHit)[]>([]);
  const [loading, setLoading] = useState(true);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Bumped to re-create the editor from the store (after a revision restore).
  const [loadCount, setLoadCount] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [revisionTick, setRevisionTick] = useState(0);
  const [panel, setPanel] = useState<PanelName>('entities');
  const [linkView, setLinkView] = useState<EditorView | null>(null);
  const [tagView, setTagView] = useState<EditorView | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisResult | null>(null);
  const [entities, setEntities] = useState<DictionaryEntity[]>([]);
  const [popover, setPopover] = useState<{ index: number; anchor: DOMRect } | null>(null);
  const [worker] = useState(() => new AnalysisWorker());
  const [session, setSession] = useState<AnalysisSession | null>(null);
  const [importProgress, setImportProgress] = useState<ImportProgress | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [exporting, setExporting] = useState<Draft['story'] | null>(null);
  const [showDictionaries, setShowDictionaries] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [stats, setStats] = useState<{ story: TextStats; selection: TextStats | null } | null>(null);
  const editor = useRef<StoryEditorHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const refreshList = useCallback(async () => {
    setLoading(true);
    try {
      const status = filter.status || undefined;
      const query = filter.query.trim();
      setRows(query ? await api('searchDrafts', { query, trash: filter.trash, status }) : await api('listDrafts', { trash: filter.trash, status }));
    } catch (error) {
      notify.error(error);
    } finally {
      setLoading(false);
    }
  }, [filter, notify]);

  useEffect(() => {
    const timer = setTimeout(() => void refreshList(), filter.query ? 200 : 0);
    return () => clearTimeout(timer);
  }, [refreshList, filter.query]);

  const loadEntities = useCallback(async () => {
    try {
      const all = await api('enabledEntities', {});
      setEntities(all);
      worker.setEntities(all);
    } catch (error) {
      notify.error(error);
    }
  }, [worker, notify]);
  useEffect(() => void loadEntities(), [loadEntities]);

  // Each opened story gets its own analysis session, with its wire original when it has one.
  const showDraft = useCallback(
    async (next: Draft) => {
      let sourceText: string | undefined;
      if (next.sourceId !== null) sourceText = await api('getSource', { id: next.sourceId }).then((s) => s.text, () => undefined);
      setSession(new AnalysisSession(worker, next.story.meta, sourceText));
      setAnalysis(null);
      setPopover(null);
      setDraft(next);
      setSaveState('saved');
      setLoadCount((n) => n + 1);
    },
    [worker],
  );

  const open = useCallback(
    async (id: string) => {
      try {
        await editor.current?.flush();
        await showDraft(await api('getDraft', { id }));
      } catch (error) {
        notify.error(error);
      }
    },
    [notify, showDraft],
  );

  const createStory = useCallback(async () => {
    try {
      await editor.current?.flush();
      const created = await api('createDraft', {});
      setFilter((f) => ({ ...f, trash: false, query: '' }));
      await showDraft(created);
      void refreshList();
    } catch (error) {
      notify.error(error);
    }
  }, [notify, refreshList, showDraft]);

  const save = useCallback(
    async (story: Draft['story'], reason: Parameters<typeof api<'saveDraft'>>[1]['revision']) => {
      const id = draft!.id;
      const result = await api('saveDraft', { id, story, revision: reason });
      // Keep the list row in step without a round trip.
      setRows((all) => all.map((row) => (row.id === id ? { ...row, headline: story.headline, wordCount: result.wordCount, updatedAt: result.updatedAt } : row)));
      if (result.revisionId !== null) setRevisionTick((n) => n + 1);
      return result;
    },
    [draft],
  );

  const onSaveState = useCallback(
    (state: SaveState, detail?: { error?: unknown }) => {
      setSaveState(state);
      if (state === 'error') notify.error(detail?.error);
    },
    [notify],
  );

  // Counting a long story on every keystroke would cost typing speed: count once typing pauses.
  const statsTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onUpdate = useCallback((view: EditorView) => {
    const latest = annotationsOf(view.state);
    setAnalysis((current) => (current === latest ? current : latest));
    if (statsTimer.current) clearTimeout(statsTimer.current);
    statsTimer.current = setTimeout(() => {
      const { doc, selection } = view.state;
      setStats({
        story: statsOf(textBetween(doc, 0, doc.content.size)),
        selection: selection.empty ? null : statsOf(textBetween(doc, selection.from, selection.to)),
      });
    }, 250);
  }, []);

  const setStatus = async (status: DraftStatus) => {
    if (!draft) return;
    try {
      const summary = await api('setStatus', { id: draft.id, status });
      setDraft({ ...draft, status: summary.status });
      setRows((all) => all.map((row) => (row.id === summary.id ? { ...row, status: summary.status } : row)));
    } catch (error) {
      notify.error(error);
    }
  };

  const trash = async () => {
    if (!draft) return;
    try {
      await editor.current?.flush();
      await api('trashDraft', { id: draft.id });
      notify.info(`“${draft.headline || 'Untitled story'}” moved to the trash.`, { label: 'Undo', run: () => void restore(draft.id) });
      setDraft(null);
      void refreshList();
    } catch (error) {
      notify.error(error);
    }
  };

  const restore = async (id: string) => {
    try {
      await api('restoreDraft', { id });
      notify.info('Story restored.');
      void refreshList();
    } catch (error) {
      notify.error(error);
    }
  };

  const duplicate = async () => {
    if (!draft) return;
    try {
      await editor.current?.flush();
      await showDraft(await api('duplicateDraft', { id: draft.id }));
      void refreshList();
    } catch (error) {
      notify.error(error);
    }
  };

  const restoreRevision = async (revisionId: number) => {
    try {
      await editor.current?.flush();
      await showDraft(await api('restoreRevision', { id: revisionId }));
      setRevisionTick((n) => n + 1);
      void refreshList();
      notify.info('Revision restored as the current text.');
    } catch (error) {
      notify.error(error);
    }
  };

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setImportSummary(null);
      try {
        const summary = await importBatch(files, (done, total) => setImportProgress({ done, total }));
        setImportSummary(summary);
        void refreshList();
        const last = summary.imported.at(-1);
        if (last) await open(last.draftId);
        else if (summary.duplicates.length === 1 && summary.refused.length === 0) await open(summary.duplicates[0].draftId);
      } finally {
        setImportProgress(null);
      }
    },
    [open, refreshList],
  );

  const startExport = useCallback(async () => {
    const view = editor.current?.view;
    if (!view || !draft) return;
    await editor.current?.flush();
    setExporting(docToStory(view.state.doc, draft.story.meta));
  }, [draft]);

  // Dropping files or folders anywhere on the window imports them.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      void droppedFiles(event.dataTransfer).then(importFiles);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  // The desktop menu's commands.
  useEffect(
    () =>
      bridge.onMenu((command) => {
        if (command === 'new') void createStory();
        else if (command === 'import') fileInput.current?.click();
        else if (command === 'export') void startExport();
        else if (command === 'find') searchRef.current?.focus();
        else if (command === 'save') void editor.current?.flush('manual');
      }),
    [createStory, startExport],
  );

  // App-wide shortcuts (the editor's own keys live in its keymap).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchesShortcut(event, SHORTCUTS.newStory.keys)) {
        event.preventDefault();
        void createStory();
      } else if (matchesShortcut(event, SHORTCUTS.findStories.keys)) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (matchesShortcut(event, SHORTCUTS.importFiles.keys)) {
        event.preventDefault();
        fileInput.current?.click();
      } else if (matchesShortcut(event, SHORTCUTS.exportStory.keys)) {
        event.preventDefault();
        void startExport();
      } else if (matchesShortcut(event, SHORTCUTS.saveNow.keys)) {
        // Outside the editor too: the browser's "save page" is never wanted here.
        event.preventDefault();
        void editor.current?.flush('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [createStory, startExport]);

  const editorActions = useMemo(
    () => ({
      editLink: () => setLinkView(editor.current?.view ?? null),
      tagEntity: () => {
        const view = editor.current?.view;
        if (!view) return;
        // With the caret in a tagged name, Mod-E untags the whole name.
        if (view.state.selection.empty) return void (untagAtCursor(view) || notify.info('Select the words of a name first, then press Ctrl+E.'));
        if (taggedEntity(view)) tagEntity(view, null);
        else setTagView(view);
      },
      onMentionClick: (index: number, target: HTMLElement) => {
        const mention = annotationsOf(editor.current!.view!.state)?.mentions[index];
        if (mention?.match === 'variant') setPopover({ index, anchor: target.getBoundingClientRect() });
      },
    }),
    [notify],
  );

  const tagWith = async (view: EditorView, entity: DictionaryEntity) => {
    try {
      const saved = entity.id ? entity : await addEntity(entity);
      tagEntity(view, { id: saved.id!, canonical: saved.canonical, type: saved.type });
      if (!entity.id) void loadEntities();
    } catch (error) {
      notify.error(error);
    }
  };

  const addAliasFor = async (mention: NonNullable<AnalysisResult['mentions'][number]>) => {
    try {
      await addAlias(mention.entity!.id, mention.entity!.canonical, mention.text);
      notify.info(`“${mention.text}” is now an alias of ${mention.entity!.canonical}.`);
      await loadEntities();
      const view = editor.current?.view;
      if (view) session?.schedule(view, 0);
    } catch (error) {
      notify.error(error);
    }
  };
  const view = editor.current?.view ?? null;

  return (
    <div className="workspace">
      <StoryList
        ref={searchRef}
        filter={filter}
        onFilter={setFilter}
        rows={rows}
        loading={loading}
        selectedId={draft?.id ?? null}
        onOpen={(id) => void open(id)}
        onNew={() => void createStory()}
        onRestore={(id) => void restore(id)}
        onImport={() => fileInput.current?.click()}
        onImportFolder={() => folderInput.current?.click()}
        onDictionaries={() => setShowDictionaries(true)}
      />
      <input ref={fileInput} type="file" multiple hidden aria-label="Import files" data-testid="import-files" onChange={(e) => (void importFiles(Array.from(e.target.files ?? [])), (e.target.value = ''))} />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="Import a folder"
        {...{ webkitdirectory: '' }}
        onChange={(e) => (void importFiles(Array.from(e.target.files ?? [])), (e.target.value = ''))}
      />
      <ImportStatus progress={importProgress} summary={importSummary} onOpen={(id) => void open(id)} onClose={() => setImportSummary(null)} />
      <main className="editor-pane" aria-label="Editor">
        {draft ? (
          <>
            <div className="editor-toolbar" role="toolbar" aria-label="Story">
              <select aria-label="Status" value={draft.status} onChange={(e) => void setStatus(e.target.value as DraftStatus)}>
                {DRAFT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s[0].toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
              <span className="save-state" data-state={saveState} aria-live="polite">
                {SAVE_LABELS[saveState]}
              </span>
              <span className="toolbar-spacer" />
              <button type="button" className="small" onClick={() => void startExport()} title="Export (Ctrl+Shift+E)">
                Export…
              </button>
              <button type="button" className="small" onClick={() => void duplicate()}>
                Duplicate
              </button>
              <button type="button" className="small danger" onClick={() => void trash()}>
                Delete
              </button>
            </div>
            {linkView && <LinkBar view={linkView} onClose={() => setLinkView(null)} />}
            {tagView && <TagBar view={tagView} entities={entities} onTag={(entity) => void tagWith(tagView, entity)} onClose={() => setTagView(null)} />}
            {popover && view && analysis && (
              <VariantPopover
                view={view}
                mentions={analysis.mentions}
                index={popover.index}
                anchor={popover.anchor}
                onAddAlias={(mention) => void addAliasFor(mention)}
                onIgnore={(mention) => session?.ignore(view, mention.text)}
                onClose={() => setPopover(null)}
              />
            )}
            <div className="editor-scroll">
              <StoryEditor
                key={`${draft.id}:${loadCount}`}
                ref={editor}
                draft={draft}
                save={save}
                onSaveState={onSaveState}
                onUpdate={onUpdate}
                actions={editorActions}
                analysis={session ?? undefined}
              />
            </div>
            <footer className="status-bar" aria-label="Counts">
              {stats && (
                <>
                  <span>{stats.story.words.toLocaleString()} words</span>
                  <span>{stats.story.characters.toLocaleString()} characters</span>
                  <span>{stats.story.readingMinutes} min read</span>
                  {stats.selection && (
                    <span className="selection-stats">
                      Selection: {stats.selection.words.toLocaleString()} words, {stats.selection.characters.toLocaleString()} characters
                    </span>
                  )}
                </>
              )}
              <span className="toolbar-spacer" />
              <span className="store-file" title={store.file}>
                {store.file.split(/[\\/]/).pop()}
              </span>
            </footer>
          </>
        ) : (
          <div className="editor-empty">
            <p>Open a story from the list, or start a new one.</p>
            <button type="button" className="primary" onClick={() => void createStory()}>
              New story
            </button>
          </div>
        )}
      </main>
      <aside className="side-panels" aria-label="Panels">
        <PanelTabs tabs={PANELS.map((tab) => (tab.name === 'checks' ? { ...tab, badge: analysis?.checks.length } : tab))} selected={panel} onSelect={setPanel}>
          {draft && !analysis && panel !== 'history' && <p className="panel-body muted">Reading the story…</p>}
          {draft && analysis && panel === 'entities' && <EntitiesPanel view={view} mentions={analysis.mentions} problem={analysis.unavailable.entities} />}
          {draft && analysis && panel === 'quotes' && <QuotesPanel view={view} quotes={analysis.quotes} mentions={analysis.mentions} problem={analysis.unavailable.quotes} />}
          {draft && analysis && panel === 'checks' && <ChecksPanel view={view} checks={analysis.checks} problem={analysis.unavailable.checks} />}
          {draft && panel === 'original' && <SourcePanel key={draft.id} sourceId={draft.sourceId} meta={draft.story.meta} />}
          {draft && panel === 'history' && <HistoryPanel draftId={draft.id} refreshKey={revisionTick} onRestored={restoreRevision} />}
        </PanelTabs>
      </aside>
      {showDictionaries && (
        <DictionariesView
          onChanged={() => {
            void loadEntities().then(() => editor.current?.view && session?.schedule(editor.current.view, 0));
          }}
          onClose={() => setShowDictionaries(false)}
        />
      )}
      {exporting && draft && (
        <ExportDialog
          story={exporting}
          slug={draft.slug}
          mentions={analysis?.mentions ?? []}
          checks={analysis?.checks ?? []}
          entities={entities}
          onShowChecks={() => (setExporting(null), setPanel('checks'))}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}
