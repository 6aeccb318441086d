// Edits the panels and popovers ask of the editor: jump to an annotation, replace it, set a speaker, tag a name.
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { storySchema } from '../../../core/story/schema';
import type { EntityRef, Mention } from '../../../core/story/annotations';
import { annotationRange, type AnnotationRef } from './annotations';

/** Selects the annotation's words and scrolls them into view. */
export function jumpTo(view: EditorView, ref: AnnotationRef): boolean {
  const range = annotationRange(view.state, ref);
  if (!range) return false;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)).scrollIntoView());
  view.focus();
  return true;
}

/** Replaces the words of several annotations at once (last first, so earlier positions hold). */
export function replaceAnnotations(view: EditorView, edits: { ref: AnnotationRef; text: string }[]): number {
  const ranges = edits
    .map((edit) => ({ range: annotationRange(view.state, edit.ref), text: edit.text }))
    .filter((e): e is { range: { from: number; to: number }; text: string } => e.range !== null)
    .sort((a, b) => b.range.from - a.range.from);
  if (ranges.length === 0) return 0;
  const tr = view.state.tr;
  for (const { range, text } of ranges) tr.insertText(text, range.from, range.to);
  view.dispatch(tr.scrollIntoView());
  return ranges.length;
}

/** Mentions that are not written the house way (variants and aliases), with their canonical spelling. */
export function mentionsToNormalize(mentions: readonly Mention[], only?: (m: Mention) => boolean): { ref: AnnotationRef; text: string }[] {
  const edits: { ref: AnnotationRef; text: string }[] = [];
  mentions.forEach((mention, index) => {
    if (!mention.entity || (mention.match !== 'variant' && mention.match !== 'alias')) return;
    if (only && !only(mention)) return;
    if (mention.text !== mention.entity.canonical) edits.push({ ref: { mention: index }, text: mention.entity.canonical });
  });
  return edits;
}

/** The editor's choice of speaker, laid as the `speaker` mark over the quote's words. */
export function setSpeaker(view: EditorView, quoteIndex: number, name: string, canonical: string | null): boolean {
  const range = annotationRange(view.state, { quote: quoteIndex });
  if (!range) return false;
  const speaker = storySchema.marks.speaker;
  const tr = view.state.tr.removeMark(range.from, range.to, speaker);
  if (name.trim()) tr.addMark(range.from, range.to, speaker.create({ name: name.trim(), canonical }));
  view.dispatch(tr);
  return true;
}

/** The entity mark on the selection, if any (Mod-E again removes it). */
export function taggedEntity(view: EditorView): EntityRef | null {
  const { from, to } = view.state.selection;
  let found: EntityRef | null = null;
  view.state.doc.nodesBetween(from, to, (node) => {
    const mark = node.marks.find((m) => m.type === storySchema.marks.entity);
    if (mark && !found) found = { id: mark.attrs.id, canonical: mark.attrs.canonical, type: mark.attrs.kind };
  });
  return found;
}

/** Removes the entity mark the caret stands in, over all its words ("Mod-E in a tagged name"); false if there is none. */
export function untagAtCursor(view: EditorView): boolean {
  const { $from } = view.state.selection;
  const mark = storySchema.marks.entity.isInSet($from.marks());
  if (!mark) return false;
  // The runs of the paragraph's text that carry this mark; the one that holds the caret goes.
  const runs: { from: number; to: number }[] = [];
  let pos = $from.start();
  $from.parent.forEach((child) => {
    const end = pos + child.nodeSize;
    if (mark.isInSet(child.marks)) {
      const last = runs[runs.length - 1];
      if (last?.to === pos) last.to = end;
      else runs.push({ from: pos, to: end });
    }
    pos = end;
  });
  const run = runs.find((r) => r.from <= $from.pos && $from.pos <= r.to);
  if (!run) return false;
  view.dispatch(view.state.tr.removeMark(run.from, run.to, mark));
  view.focus();
  return true;
}

export function tagEntity(view: EditorView, entity: EntityRef | null): void {
  const { from, to } = view.state.selection;
  const type = storySchema.marks.entity;
  const tr = view.state.tr.removeMark(from, to, type);
  if (entity) tr.addMark(from, to, type.create({ id: entity.id, canonical: entity.canonical, kind: entity.type }));
  view.dispatch(tr);
  view.focus();
}

