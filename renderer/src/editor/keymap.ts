// The editor's keymap: marks, block types, lists, history, and the head fields' Enter that moves on.
import { baseKeymap, chainCommands, exitCode, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { Selection, TextSelection, type Command, type Plugin } from 'prosemirror-state';
import { storySchema } from '../../../core/story/schema';
import { SHORTCUTS } from '../../shortcuts';

const { nodes, marks } = storySchema;

/** Actions the editor hands back to the app (dialogs live in React). */
export interface EditorActions {
  saveNow: () => void;
  editLink: () => void;
  tagEntity: () => void;
}

const isHeadField = (typeName: string) => ['headline', 'dek', 'byline', 'dateline'].includes(typeName);

/** Enter in a head field moves to the start of the next field (or of the body). */
const nextField: Command = (state, dispatch) => {
  const { $head } = state.selection;
  if ($head.depth !== 1 || !isHeadField($head.parent.type.name)) return false;
  if (dispatch) {
    const after = $head.after(1);
    const target = Selection.findFrom(state.doc.resolve(after), 1, true) ?? TextSelection.create(state.doc, after);
    dispatch(state.tr.setSelection(target).scrollIntoView());
  }
  return true;
};

const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  if (isHeadField(state.selection.$head.parent.type.name)) return false;
  dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

const insertRule: Command = (state, dispatch) => {
  if (isHeadField(state.selection.$head.parent.type.name)) return false;
  dispatch?.(state.tr.replaceSelectionWith(nodes.horizontal_rule.create()).scrollIntoView());
  return true;
};

export function storyKeymaps(actions: EditorActions): Plugin[] {
  const run = (action: () => void): Command => () => {
    action();
    return true;
  };
  const keys: Record<string, Command> = {
    [SHORTCUTS.undo.keys]: undo,
    [SHORTCUTS.redo.keys]: redo,
    'Mod-y': redo,
    [SHORTCUTS.bold.keys]: toggleMark(marks.strong),
    [SHORTCUTS.italic.keys]: toggleMark(marks.em),
    [SHORTCUTS.link.keys]: run(actions.editLink),
    [SHORTCUTS.tagEntity.keys]: run(actions.tagEntity),
    [SHORTCUTS.saveNow.keys]: run(actions.saveNow),
    [SHORTCUTS.paragraph.keys]: setBlockType(nodes.paragraph),
    [SHORTCUTS.subhead1.keys]: setBlockType(nodes.subhead, { level: 1 }),
    [SHORTCUTS.subhead2.keys]: setBlockType(nodes.subhead, { level: 2 }),
    [SHORTCUTS.bulletList.keys]: wrapInList(nodes.bullet_list),
    [SHORTCUTS.orderedList.keys]: wrapInList(nodes.ordered_list),
    [SHORTCUTS.blockquote.keys]: wrapIn(nodes.blockquote),
    [SHORTCUTS.hardBreak.keys]: insertHardBreak,
    [SHORTCUTS.rule.keys]: insertRule,
    Enter: chainCommands(nextField, splitListItem(nodes.list_item)),
    Tab: sinkListItem(nodes.list_item),
    'Shift-Tab': liftListItem(nodes.list_item),
  };
  return [keymap(keys), keymap(baseKeymap)];
}
