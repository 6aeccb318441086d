// The find bar at the top of the editor (Mod-F): a query, match case and whole word, the count, and a
// replace field (Mod-Alt-F). The selection in the editor is the current match; Esc hands the focus back there.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { EditorView } from 'prosemirror-view';
import { matchesShortcut, SHORTCUTS } from '../../shortcuts';
import { clearFind, findNext, findPrev, matchCount, replaceAll, replaceNext, runFind, setFindQuery } from './find';

export interface FindRequest {
  withReplace: boolean;
  /** Text to search for, from the selection when the bar was asked for ('' keeps the last query). */
  seed: string;
  /** Counts the requests, so that Mod-F again while the bar is open focuses it again. */
  serial: number;
}

interface Props {
  view: EditorView;
  request: FindRequest;
  onToggleReplace: () => void;
  onClose: () => void;
}

function countText(view: EditorView, query: string): string {
  if (!query) return '';
  const { current, total } = matchCount(view.state);
  if (total === 0) return 'No matches';
  return current ? `${current} of ${total}` : `${total} ${total === 1 ? 'match' : 'matches'}`;
}

export function FindBar({ view, request, onToggleReplace, onClose }: Props) {
  const [query, setQuery] = useState(request.seed);
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  // Each request focuses the query (seeded from the selection if one was given); Mod-Alt-F the replace field.
  useEffect(() => {
    if (request.seed) setQuery(request.seed);
    const input = request.withReplace && request.seed ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
  }, [request.serial]);

  // The query searches from the current match on, so a longer query keeps to the same place.
  useEffect(() => {
    setFindQuery(view, { search: query, replace: replacement, caseSensitive, wholeWord }, view.state.selection.from);
  }, [view, query, replacement, caseSensitive, wholeWord]);

  const run = (command: typeof findNext) => runFind(view, command);
  const close = () => {
    clearFind(view);
    onClose();
    view.focus();
  };

  const onBarKey = (event: KeyboardEvent) => {
    const native = event.nativeEvent;
    if (event.key === 'Escape') close();
    else if (matchesShortcut(native, SHORTCUTS.find.keys)) findInput.current?.select();
    else if (matchesShortcut(native, SHORTCUTS.replace.keys)) onToggleReplace();
    else return;
    event.preventDefault();
  };
  const onEnter = (action: (event: KeyboardEvent) => void) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    action(event);
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in story" onKeyDown={onBarKey}>
      <div className="find-row">
        <button type="button" className="icon-button find-toggle" aria-label="Show replace" aria-expanded={request.withReplace} onClick={onToggleReplace} title="Replace (Mod-Alt-F)">
          {request.withReplace ? '▾' : '▸'}
        </button>
        <input
          ref={findInput}
          className="find-input"
          aria-label="Find in story"
          placeholder="Find"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onEnter((e) => run(e.shiftKey ? findPrev : findNext))}
        />
        <span className="find-count" aria-live="polite">
          {countText(view, query)}
        </span>
        <button type="button" className="small" aria-pressed={caseSensitive} onClick={() => setCaseSensitive(!caseSensitive)}>
          Match case
        </button>
        <button type="button" className="small" aria-pressed={wholeWord} onClick={() => setWholeWord(!wholeWord)}>
          Whole word
        </button>
        <button type="button" className="icon-button" aria-label="Previous match" title="Previous match (Shift-Enter)" onClick={() => run(findPrev)}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label="Next match" title="Next match (Enter)" onClick={() => run(findNext)}>
          ↓
        </button>
        <button type="button" className="icon-button" aria-label="Close find" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      {request.withReplace && (
        <div className="find-row">
          <input
            ref={replaceInput}
            className="find-input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={onEnter(() => run(replaceNext))}
          />
          <button type="button" className="small" onClick={() => run(replaceNext)}>
            Replace
          </button>
          <button type="button" className="small" onClick={() => run(replaceAll)}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}
