// Pure edits of a Story's text: span replacements (Normalize, a check's fix) and run-by-run rewrites
// (typography). Each returns a new Story and leaves the old one as it was.
import type { BlockJSON, InlineJSON, MarkJSON, ParagraphJSON, Story } from '../story/story';
import type { TextSpan } from '../story/annotations';

/** Replace the text of a span (offsets as analysis gives them) with new text. */
export interface Replacement extends TextSpan {
  replacement: string;
}

/**
 * The story with each span's text replaced; the new text takes the marks of the text it replaces.
 * Overlapping spans keep the first; spans outside their text are skipped.
 */
export function applyReplacements(story: Story, replacements: readonly Replacement[]): Story {
  const next = cloneStory(story);
  const holders = inlineHolders(next.body);
  const ordered = [...replacements].sort((a, b) => b.start - a.start || b.end - a.end);
  const taken = new Map<string, number>(); // per text: the lowest start already replaced
  for (const r of ordered) {
    const key = `${r.in}:${r.paragraph}`;
    if (r.start > r.end || r.end > (taken.get(key) ?? Infinity)) continue;
    if (r.in === 'headline') {
      if (r.end > next.headline.length) continue;
      next.headline = next.headline.slice(0, r.start) + r.replacement + next.headline.slice(r.end);
    } else {
      const holder = holders[r.paragraph];
      if (!holder || r.end > inlineLength(holder.content)) continue;
      holder.content = replaceInline(holder.content ?? [], r.start, r.end, r.replacement);
    }
    taken.set(key, r.start);
  }
  return next;
}

/**
 * The story with every run of text rewritten by `rewrite`, which sees the text before the run in
 * its block (for context such as which way a quote faces). Head fields are one run each.
 */
export function rewriteText(story: Story, rewrite: (text: string, before: string) => string): Story {
  const next = cloneStory(story);
  next.headline = rewrite(next.headline, '');
  next.dek = rewrite(next.dek, '');
  next.byline = rewrite(next.byline, '');
  next.dateline = rewrite(next.dateline, '');
  for (const holder of inlineHolders(next.body)) {
    let before = '';
    holder.content = holder.content?.map((node) => {
      if (node.type !== 'text') {
        before += '\n';
        return node;
      }
      const text = rewrite(node.text, before);
      before += node.text;
      return { ...node, text };
    });
  }
  return next;
}

interface InlineHolder {
  content?: InlineJSON[];
}

/** The objects holding each body block's inline content, in the order of `bodyTexts`. */
function inlineHolders(body: BlockJSON[]): InlineHolder[] {
  const out: InlineHolder[] = [];
  for (const block of body) {
    if (block.type === 'paragraph' || block.type === 'subhead') out.push(block);
    else if (block.type === 'blockquote') out.push(...block.content);
    else if (block.type === 'bullet_list' || block.type === 'ordered_list') out.push(...block.content.map((item) => item.content[0]));
  }
  return out;
}

// Copies the containers down to each block's inline content; text nodes are never changed in place.
function cloneStory(story: Story): Story {
  const body = story.body.map((block): BlockJSON => {
    switch (block.type) {
      case 'blockquote':
        return { ...block, content: block.content.map((p) => ({ ...p })) };
      case 'bullet_list':
      case 'ordered_list':
        return { ...block, content: block.content.map((item) => ({ ...item, content: [{ ...item.content[0] }] as [ParagraphJSON] })) };
      default:
        return { ...block };
    }
  });
  return { ...story, body, meta: { ...story.meta } };
}

const nodeLength = (node: InlineJSON) => (node.type === 'text' ? node.text.length : 1);
const inlineLength = (content: readonly InlineJSON[] | undefined) => (content ?? []).reduce((n, node) => n + nodeLength(node), 0);

function replaceInline(content: readonly InlineJSON[], start: number, end: number, text: string): InlineJSON[] | undefined {
  const marks = marksAt(content, start < end ? start : start - 1);
  const inserted: InlineJSON[] = text ? [marks?.length ? { type: 'text', text, marks } : { type: 'text', text }] : [];
  return mergeText([...sliceInline(content, 0, start), ...inserted, ...sliceInline(content, end, Infinity)]);
}

/** The nodes covering offsets [from, to), cut to fit. */
function sliceInline(content: readonly InlineJSON[], from: number, to: number): InlineJSON[] {
  const out: InlineJSON[] = [];
  let offset = 0;
  for (const node of content) {
    const start = offset;
    offset += nodeLength(node);
    if (offset <= from || start >= to) continue;
    if (node.type === 'text') out.push({ ...node, text: node.text.slice(Math.max(0, from - start), to - start) });
    else out.push(node);
  }
  return out;
}

function marksAt(content: readonly InlineJSON[], position: number): MarkJSON[] | undefined {
  let offset = 0;
  for (const node of content) {
    offset += nodeLength(node);
    if (position < offset) return node.type === 'text' ? node.marks : undefined;
  }
  return undefined;
}

const sameMarks = (a: readonly MarkJSON[] = [], b: readonly MarkJSON[] = []) => JSON.stringify(a) === JSON.stringify(b);

/** Neighbouring text nodes with the same marks are one node, as ProseMirror keeps them. */
export function mergeText(content: readonly InlineJSON[]): InlineJSON[] | undefined {
  const out: InlineJSON[] = [];
  for (const node of content) {
    const last = out[out.length - 1];
    if (node.type === 'text' && !node.text) continue;
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  return out.length ? out : undefined;
}
