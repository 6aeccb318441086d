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
  if (!(selection instanceof TextSelection) || !selectionOnScreen(view, selection)) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to);
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))) view.dispatch(insert().scrollIntoView());
  return true;
}

/**
 * Whether the editor's selection is the one on screen. Right after a click or an arrow key the browser
 * may not yet have told the editor where the caret went; the key is then left to the browser, which
 * types where the caret is.
 */
function selectionOnScreen(view: EditorView, selection: TextSelection): boolean {
  const onScreen = view.dom.ownerDocument.getSelection();
  if (!onScreen?.anchorNode || !onScreen.focusNode) return false;
  try {
    return (
      view.posAtDOM(onScreen.anchorNode, onScreen.anchorOffset) === selection.anchor &&
      view.posAtDOM(onScreen.focusNode, onScreen.focusOffset) === selection.head
    );
  } catch {
    return false;
  }
}
