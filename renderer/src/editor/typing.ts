// Typed characters go into the document as transactions, not through the browser's own editing.
// Left to itself, Chromium runs its editing command for each key on the contenteditable (about 4 ms a
// key in a 20,000-word story) and ProseMirror then reads the change back from the DOM; inserting the
// text directly skips both. Composition (IME, dead keys), line breaks and shortcuts are left to the
// browser and ProseMirror as before, and typed text still passes the input rules (quotes, dashes).
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export function typedTextPlugin(): Plugin {
  return new Plugin({ props: { handleKeyPress: insertTypedText } });
}

function insertTypedText(view: EditorView, event: KeyboardEvent): boolean {
  if (view.composing || event.isComposing || (event.ctrlKey && !event.altKey) || event.metaKey) return false;
  const text = event.key;
  // One printable character (a surrogate pair counts as one); "Enter", "Tab" and the like are longer names.
  if ([...text].length !== 1 || text === '\r' || text === '\n') return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection)) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to);
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))) view.dispatch(insert().scrollIntoView());
  return true;
}
