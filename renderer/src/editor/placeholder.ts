// Names the empty head fields ("Headline", "Dek", …) so an empty story still shows its shape.
// Only the first five nodes matter; the set is rebuilt only when one of them changes (cheap while typing).
import { Plugin, type EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';

const LABELS: Record<string, string> = { headline: 'Headline', dek: 'Dek', byline: 'Byline', dateline: 'Dateline' };
const WATCHED = 5;

interface PlaceholderState {
  watched: (PMNode | null)[];
  only: boolean;
  decorations: DecorationSet;
}

function build(state: EditorState): PlaceholderState {
  const { doc } = state;
  const watched = Array.from({ length: WATCHED }, (_, i) => doc.maybeChild(i));
  const only = doc.childCount === WATCHED;
  const decorations: Decoration[] = [];
  let pos = 0;
  watched.forEach((node, i) => {
    if (!node) return;
    const label = i < 4 ? LABELS[node.type.name] : only && node.type.name === 'paragraph' ? 'Write the story…' : null;
    if (label && node.content.size === 0) decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': label }));
    pos += node.nodeSize;
  });
  return { watched, only, decorations: DecorationSet.create(doc, decorations) };
}

export function placeholders(): Plugin<PlaceholderState> {
  const plugin: Plugin<PlaceholderState> = new Plugin<PlaceholderState>({
    state: {
      init: (_config, state) => build(state),
      apply(tr, value, _old, state) {
        if (!tr.docChanged) return value;
        const same = value.only === (state.doc.childCount === WATCHED) && value.watched.every((node, i) => node === state.doc.maybeChild(i));
        return same ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : build(state);
      },
    },
    props: {
      decorations: (state) => plugin.getState(state)?.decorations,
    },
  });
  return plugin;
}
