// The left pane: stories with search (highlighted snippets), status filter, trash, and new story.
import { Fragment, forwardRef, useEffect, useState } from 'react';
import { DRAFT_STATUSES, type DraftStatus, type DraftSummary, type SearchHit } from '../../db/types';

export interface ListFilter {
  query: string;
  status: DraftStatus | '';
  trash: boolean;
}

interface Props {
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  rows: (DraftSummary | SearchHit)[];
  loading: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRestore: (id: string) => void;
  onImport: () => void;
  onImportFolder: () => void;
  onDictionaries: () => void;
}

/** A search snippet with its \u0002…\u0003 matches as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\u0002|\u0003/);
  return (
    <span className="story-snippet">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </span>
  );
}

const shortTime = (iso: string) => {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : date.toLocaleDateString([], { day: 'numeric', month: 'short' });
};

/** Rows drawn at a time: a store of thousands of drafts stays quick to draw and to scroll. */
const PAGE = 200;

export const StoryList = forwardRef<HTMLInputElement, Props>(function StoryList(props, searchRef) {
  const { filter, onFilter, rows } = props;
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [filter]);
  return (
    <nav className="story-list" aria-label="Stories">
      <div className="pane-head">
        {filter.trash ? (
          <h2 className="pane-title">Trash</h2>
        ) : (
          <div className="row">
            <button type="button" className="small" onClick={props.onImport} title="Import files (Ctrl+O); or drop files and folders on the window">
              Import…
            </button>
            <button type="button" className="small" onClick={props.onImportFolder} aria-label="Import a folder" title="Import a folder">
              Folder…
            </button>
            <button type="button" className="primary small" onClick={props.onNew} title="New story (Ctrl+Alt+N)">
              New story
            </button>
          </div>
        )}
      </div>
      <div className="list-controls">
        <input
          ref={searchRef}
          type="search"
          aria-label="Search stories"
          placeholder="Search stories"
          value={filter.query}
          onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        />
        <div className="row">
          <select aria-label="Filter by status" value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value as ListFilter['status'] })}>
            <option value="">All statuses</option>
            {DRAFT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s[0].toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
          <button type="button" className="small" aria-pressed={filter.trash} onClick={() => onFilter({ ...filter, trash: !filter.trash })}>
            {filter.trash ? 'Back to stories' : 'Trash'}
          </button>
        </div>
      </div>
      <ul className="story-rows" aria-busy={props.loading} data-state={props.loading ? 'loading' : 'ready'}>
        {rows.length === 0 && !props.loading && <li className="empty-note">{filter.query ? 'No story matches.' : filter.trash ? 'The trash is empty.' : 'No stories yet.'}</li>}
        {rows.slice(0, shown).map((row) => (
          <li key={row.id} className="story-row" data-id={row.id} aria-current={row.id === props.selectedId ? 'true' : undefined}>
            <button type="button" className="story-row-open" onClick={() => props.onOpen(row.id)} disabled={filter.trash}>
              <span className="story-row-headline">{row.headline || 'Untitled story'}</span>
              {'snippet' in row && row.snippet && <Snippet text={row.snippet} />}
              <span className="story-row-meta">
                <span className={`status-pill status-${row.status}`}>{row.status}</span>
                <span>{row.wordCount.toLocaleString()} words</span>
                {row.agency && <span>{row.agency}</span>}
                <span className="story-row-time">{shortTime(row.updatedAt)}</span>
              </span>
            </button>
            {filter.trash && (
              <button type="button" className="small" onClick={() => props.onRestore(row.id)} aria-label={`Restore ${row.headline || 'Untitled story'}`}>
                Restore
              </button>
            )}
          </li>
        ))}
        {rows.length > shown && (
          <li className="show-more">
            <button type="button" className="small" onClick={() => setShown(shown + PAGE)}>
              Show more ({(rows.length - shown).toLocaleString()} left)
            </button>
          </li>
        )}
      </ul>
      <div className="list-footer">
        <button type="button" className="small" onClick={props.onDictionaries}>
          Dictionaries…
        </button>
      </div>
    </nav>
  );
});
