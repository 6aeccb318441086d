// The keyboard shortcuts, as data: the editor's keymap and the app's commands read their keys from here,
// and the README lists them. "Mod" is Cmd on macOS and Ctrl elsewhere.
export interface Shortcut {
  keys: string;
  does: string;
  where: 'app' | 'editor';
}

export const SHORTCUTS = {
  newStory: { keys: 'Mod-Alt-n', does: 'New story', where: 'app' },
  saveNow: { keys: 'Mod-s', does: 'Save now (and keep a revision)', where: 'app' },
  findStories: { keys: 'Mod-Shift-f', does: 'Search the story list', where: 'app' },
  importFiles: { keys: 'Mod-o', does: 'Import files…', where: 'app' },
  exportStory: { keys: 'Mod-Shift-e', does: 'Export…', where: 'app' },
  bold: { keys: 'Mod-b', does: 'Strong', where: 'editor' },
  italic: { keys: 'Mod-i', does: 'Emphasis', where: 'editor' },
  link: { keys: 'Mod-k', does: 'Add or edit a link', where: 'editor' },
  find: { keys: 'Mod-f', does: 'Find in the story (Enter next, Shift-Enter previous, Esc back to the text)', where: 'editor' },
  replace: { keys: 'Mod-Alt-f', does: 'Find and replace in the story', where: 'editor' },
  tagEntity: { keys: 'Mod-e', does: 'Tag the selection as an entity (again to untag)', where: 'editor' },
  undo: { keys: 'Mod-z', does: 'Undo', where: 'editor' },
  redo: { keys: 'Mod-Shift-z', does: 'Redo (also Mod-y)', where: 'editor' },
  paragraph: { keys: 'Mod-Alt-0', does: 'Paragraph', where: 'editor' },
  subhead1: { keys: 'Mod-Alt-1', does: 'Subhead', where: 'editor' },
  subhead2: { keys: 'Mod-Alt-2', does: 'Minor subhead', where: 'editor' },
  bulletList: { keys: 'Mod-Shift-8', does: 'Bullet list', where: 'editor' },
  orderedList: { keys: 'Mod-Shift-9', does: 'Numbered list', where: 'editor' },
  blockquote: { keys: 'Mod-Shift-.', does: 'Block quote', where: 'editor' },
  hardBreak: { keys: 'Shift-Enter', does: 'Line break', where: 'editor' },
  rule: { keys: 'Mod-Shift-h', does: 'Horizontal rule', where: 'editor' },
} satisfies Record<string, Shortcut>;

export type ShortcutName = keyof typeof SHORTCUTS;

/** Whether a keyboard event presses a shortcut written in ProseMirror's key notation. */
export function matchesShortcut(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('-');
  const key = parts.pop()!.toLowerCase();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const want = { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
  const mod = mac ? event.metaKey : event.ctrlKey;
  const eventKey = event.code.startsWith('Key') ? event.code.slice(3).toLowerCase() : event.key.toLowerCase();
  return mod === want.mod && event.shiftKey === want.shift && event.altKey === want.alt && eventKey === key;
}
