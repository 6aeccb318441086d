// Find and replace inside the story, on prosemirror-search. The search covers the whole document, blocks
// hidden by nearBlocks included (it reads the document, not the page). With no query the plugin keeps an
// empty decoration set, so typing pays nothing while the find bar is closed.
import { keymap } from 'prosemirror-keymap';
import { getMatchHighlights, getSearchState, search, SearchQuery, setSearchState } from 'prosemirror-search';
import { TextSelection, type Command, type EditorState, type Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { SHORTCUTS } from '../../shortcuts';

export { findNext, findPrev, replaceAll, replaceNext } from 'prosemirror-search';

/** Scrolls the selected match to the middle of the editor. ProseMirror's own scrollIntoView does nothing while
 *  the focus is in the find bar (it follows the DOM selection), so the match's element is scrolled to. */
function scrollToMatch(view: EditorView): void {
  if (view.isDestroyed) return;
  const { node } = view.domAtPos(view.state.selection.from + 1);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** A match far from sight is scrolled to while the blocks before it are undrawn, at their estimated height;
 *  once nearBlocks draws those around the new place (in the frame after the scroll) the text shifts, so the
 *  match is scrolled to once more. */
function revealMatch(view: EditorView): void {
  scrollToMatch(view);
  requestAnimationFrame(() => requestAnimationFrame(() => scrollToMatch(view)));
}

/** Runs a find or replace command, its match brought into sight. */
export function runFind(view: EditorView, command: Command): void {
  if (command(view.state, view.dispatch)) revealMatch(view);
}

/** What the find bar asks for. */
export interface FindOptions {
  search: string;
  replace: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** Opens the find bar, with the replace field or without, seeded with the selected text if short. */
export type OpenFind = (withReplace: boolean, seed: string) => void;

/** Selected text longer than this is not taken as a query. */
const SEED_MAX = 80;

function selectedSeed(state: EditorState): string {
  const { from, to, empty } = state.selection;
  if (empty || to - from > SEED_MAX) return '';
  const text = state.doc.textBetween(from, to, '\n');
  return text.includes('\n') ? '' : text;
}

export function findPlugins(open: OpenFind): Plugin[] {
  const opener = (withReplace: boolean): Command => (state) => {
    open(withReplace, selectedSeed(state));
    return true;
  };
  return [search(), keymap({ [SHORTCUTS.find.keys]: opener(false), [SHORTCUTS.replace.keys]: opener(true) })];
}

/** Sets the query and selects its first match at or after `from` (wrapping to the start), scrolled into view. */
export function setFindQuery(view: EditorView, options: FindOptions, from: number): void {
  // Matching is literal: copy editors type text, not patterns, and a \n in a query means those two characters.
  const query = new SearchQuery({ ...options, literal: true });
  const { state } = view;
  const tr = setSearchState(state.tr, query);
  const match = query.valid ? (query.findNext(state, from) ?? query.findNext(state, 0)) : null;
  if (match) tr.setSelection(TextSelection.create(state.doc, match.from, match.to)).scrollIntoView();
  view.dispatch(tr);
  if (match) revealMatch(view);
}

/** Forgets the query: no highlights and no search work until the find bar opens again. */
export function clearFind(view: EditorView): void {
  view.dispatch(setSearchState(view.state.tr, new SearchQuery({ search: '' })));
}

/** How many matches there are, and which of them (1-based) is selected, 0 when none is. */
export function matchCount(state: EditorState): { current: number; total: number } {
  if (!getSearchState(state)?.query.valid) return { current: 0, total: 0 };
  const matches = getMatchHighlights(state).find().sort((a, b) => a.from - b.from);
  const { from, to } = state.selection;
  const current = matches.findIndex((m) => m.from === from && m.to === to) + 1;
  return { current, total: matches.length };
}
