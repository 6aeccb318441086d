// Revision history of the open draft: when, how many words, the change; view one, restore it as a new revision.
import { useEffect, useState } from 'react';
import { bodyTexts } from '../../core/story/story';
import type { Revision, RevisionSummary } from '../../db/types';
import { api } from './bridge';
import { useNotify } from './notices';

const REASONS: Record<RevisionSummary['reason'], string> = {
  autosave: 'Autosave',
  manual: 'Saved',
  import: 'Imported',
  restore: 'Restored',
  close: 'Closed',
};

export function HistoryPanel({ draftId, refreshKey, onRestored }: { draftId: string; refreshKey: number; onRestored: (revisionId: number) => Promise<void> }) {
  const notify = useNotify();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [viewing, setViewing] = useState<Revision | null>(null);

  useEffect(() => {
    let live = true;
    api('listRevisions', { draftId })
      .then((rows) => live && setRevisions(rows))
      .catch((error) => live && (setRevisions([]), notify.error(error)));
    return () => {
      live = false;
    };
  }, [draftId, refreshKey, notify]);

  const view = async (id: number) => {
    try {
      setViewing(await api('getRevision', { id }));
    } catch (error) {
      notify.error(error);
    }
  };

  if (viewing) {
    return (
      <section className="panel-body revision-view" aria-label="Revision">
        <div className="row spread">
          <button type="button" className="small" onClick={() => setViewing(null)}>
            ← All revisions
          </button>
          <button type="button" className="small primary" onClick={() => void onRestored(viewing.id).then(() => setViewing(null))}>
            Restore this revision
          </button>
        </div>
        <p className="muted">{new Date(viewing.createdAt).toLocaleString()} · {viewing.wordCount.toLocaleString()} words</p>
        <article className="revision-text">
          <h3>{viewing.story.headline || 'Untitled story'}</h3>
          {bodyTexts(viewing.story).map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </article>
      </section>
    );
  }

  return (
    <section className="panel-body" aria-label="Revision history">
      {revisions === null && <p className="muted">Loading…</p>}
      {revisions?.length === 0 && <p className="muted">No revisions yet. One is kept as you write and whenever you press Ctrl+S.</p>}
      <ol className="revision-list">
        {revisions?.map((r) => (
          <li key={r.id} className="revision-row">
            <button type="button" onClick={() => void view(r.id)} aria-label={`View revision of ${new Date(r.createdAt).toLocaleString()}`}>
              <span className="revision-time">{new Date(r.createdAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}</span>
              <span className="revision-reason">{REASONS[r.reason]}</span>
              <span className="revision-words">{r.wordCount.toLocaleString()} w</span>
              <span className={`revision-delta ${r.wordDelta > 0 ? 'up' : r.wordDelta < 0 ? 'down' : ''}`}>{r.wordDelta > 0 ? `+${r.wordDelta}` : r.wordDelta}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
