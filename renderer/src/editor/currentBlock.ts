// Marks the top-level block holding the cursor. Blocks out of sight skip layout (content-visibility in
// styles.css) for typing speed in long stories; Chrome can misplace the caret inside a block it has not laid
// out yet (a paragraph just made by Enter), so the block being edited is always laid out.
import { Plugin, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

function currentBlock(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  if ($head.depth === 0) return DecorationSet.empty;
  const from = $head.before(1);
  return DecorationSet.create(state.doc, [Decoration.node(from, from + $head.node(1).nodeSize, { class: 'is-current' })]);
}

export function currentBlockPlugin(): Plugin<DecorationSet> {
  const plugin: Plugin<DecorationSet> = new Plugin<DecorationSet>({
    state: {
      init: (_config, state) => currentBlock(state),
      apply: (tr, value, _old, state) => (tr.docChanged || tr.selectionSet ? currentBlock(state) : value),
    },
    props: { decorations: (state) => plugin.getState(state) },
  });
  return plugin;
}
