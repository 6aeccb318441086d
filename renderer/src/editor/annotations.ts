// Analysis drawn into the editor: entity mentions highlighted by type (variants with a wavy underline),
// quotes marked (unattributed ones flagged). Results arrive late from the worker and are laid on only if
// nothing was typed since they were asked for (analysis/client.ts); after that they map through each edit.
// Only the highlights near the viewport are drawn (editor/nearBlocks.ts): the others would be hidden, yet
// ProseMirror would walk them for every block on each keystroke.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { AnalysisResult } from '../analysis/analyzer';
import { nearBlocksKey, nearRange } from './nearBlocks';
import { blockStarts, spanRange } from './positions';

interface AnnotationState {
  /** Every highlight, where it is now. */
  decorations: DecorationSet;
  /** The highlights drawn: those near the viewport. */
  drawn: DecorationSet;
  result: AnalysisResult | null;
}

export const annotationsKey = new PluginKey<AnnotationState>('annotations');

export function buildDecorations(doc: PMNode, result: AnalysisResult): DecorationSet {
  const starts = blockStarts(doc);
  const decorations: Decoration[] = [];
  result.mentions.forEach((mention, index) => {
    const range = spanRange(starts, mention);
    if (!range || range.from >= range.to) return;
    const kind = mention.entity?.type ?? 'other';
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `mention mention-${mention.match} kind-${kind}`,
        'data-mention': String(index),
      }, { mention: index }),
    );
  });
  result.quotes.forEach((quote, index) => {
    const range = spanRange(starts, quote);
    if (!range || range.from >= range.to) return;
    const flags = [quote.speaker ? '' : 'quote-unattributed', quote.integrity === 'altered' ? 'quote-altered' : ''].filter(Boolean).join(' ');
    decorations.push(Decoration.inline(range.from, range.to, { class: `quote ${flags}`.trim(), 'data-quote': String(index) }, { quote: index }));
  });
  result.checks.forEach((check, index) => {
    if (check.start === undefined || check.end === undefined) return;
    const range = spanRange(starts, { in: check.in, paragraph: check.paragraph, start: check.start, end: check.end });
    if (range && range.from < range.to) decorations.push(Decoration.inline(range.from, range.to, { class: 'check-span' }, { check: index }));
  });
  return DecorationSet.create(doc, decorations);
}

/** Lays a result onto the editor; it was computed on this very document (the session drops stale ones). */
export function applyAnalysis(tr: Transaction, result: AnalysisResult): Transaction {
  const decorations = buildDecorations(tr.doc, result);
  return tr.setMeta(annotationsKey, { decorations, result } satisfies Omit<AnnotationState, 'drawn'>).setMeta('addToHistory', false);
}

function nearOnly(decorations: DecorationSet, state: EditorState): DecorationSet {
  const near = nearRange(state);
  return near ? DecorationSet.create(state.doc, decorations.find(near.from, near.to)) : decorations;
}

/**
 * Highlights over words being typed are stale until the next analysis, and keeping them would make the
 * view redraw them on every keystroke: they are dropped and come back when typing pauses.
 */
function withoutEdited(decorations: DecorationSet, tr: Transaction): DecorationSet {
  const stale: Decoration[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      stale.push(...decorations.find(after.map(newStart, -1), after.map(newEnd, 1)));
    });
  });
  return stale.length ? decorations.remove(stale) : decorations;
}

export function annotationsOf(state: EditorState): AnalysisResult | null {
  return annotationsKey.getState(state)?.result ?? null;
}

export type AnnotationRef = { mention: number } | { quote: number } | { check: number };

/** Where an annotation is now, after every edit since it was found. */
export function annotationRange(state: EditorState, ref: AnnotationRef): { from: number; to: number } | null {
  const [key, index] = Object.entries(ref)[0] as [string, number];
  const found = annotationsKey.getState(state)?.decorations.find(undefined, undefined, (spec) => spec[key] === index);
  return found?.length ? { from: found[0].from, to: found[0].to } : null;
}

export interface AnnotationEvents {
  /** A click on a mention in the text (variants open their popover). */
  onMentionClick?: (index: number, target: HTMLElement) => void;
}

export function annotations(events: AnnotationEvents = {}): Plugin<AnnotationState> {
  return new Plugin<AnnotationState>({
    key: annotationsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, drawn: DecorationSet.empty, result: null }),
      apply(tr, value, _old, state) {
        const next = tr.getMeta(annotationsKey) as Omit<AnnotationState, 'drawn'> | undefined;
        if (next) return { ...next, drawn: nearOnly(next.decorations, state) };
        if (tr.getMeta(nearBlocksKey)) return { ...value, drawn: nearOnly(value.decorations, state) };
        if (!tr.docChanged) return value;
        return {
          ...value,
          decorations: withoutEdited(value.decorations.map(tr.mapping, tr.doc), tr),
          drawn: withoutEdited(value.drawn.map(tr.mapping, tr.doc), tr),
        };
      },
    },
    props: {
      decorations: (state) => annotationsKey.getState(state)?.drawn,
      handleClick(_view, _pos, event) {
        const target = (event.target as HTMLElement).closest<HTMLElement>('[data-mention]');
        if (target && events.onMentionClick) events.onMentionClick(Number(target.dataset.mention), target);
        return false;
      },
    },
  });
}

