// Names the empty head fields ("Headline", "Dek", …) so an empty story still shows its shape.
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

const LABELS: Record<string, string> = { headline: 'Headline', dek: 'Dek', byline: 'Byline', dateline: 'Dateline' };

export function placeholders(): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const decorations: Decoration[] = [];
        let pos = 0;
        // Only the four head fields (the first four children) are looked at: cheap on long stories.
        for (let i = 0; i < 4; i++) {
          const node = state.doc.child(i);
          if (node.content.size === 0) {
            decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': LABELS[node.type.name] }));
          }
          pos += node.nodeSize;
        }
        const first = state.doc.maybeChild(4);
        if (state.doc.childCount === 5 && first?.type.name === 'paragraph' && first.content.size === 0) {
          decorations.push(Decoration.node(pos, pos + first.nodeSize, { class: 'is-empty', 'data-placeholder': 'Write the story…' }));
        }
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}
