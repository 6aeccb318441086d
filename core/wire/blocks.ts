// Small helpers over body blocks that every wire parser and the shared clean-up use.
import { inlineToText, paragraph, type BlockJSON, type InlineJSON, type MarkJSON, type ParagraphJSON } from '../story/story';

// Runs of white space, or one that is not a plain space: what becomes one space. A single space,
// the common case between every two words, is left alone rather than replaced by itself.
const SPACES = /[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]/g;
const isBlank = (char: string | undefined) => char === ' ' || char === '\u00A0';

/**
 * Tidy a run of inline nodes: whitespace runs become one space, lines are trimmed (no-break spaces too),
 * neighbouring text with the same marks is merged, empty text and edge hard breaks are dropped.
 */
export function tidyInline(content: readonly InlineJSON[] | undefined): InlineJSON[] | undefined {
  const out: InlineJSON[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hard_break') {
      trimLineEnd(out);
      out.push(node);
      continue;
    }
    let text = node.text.replace(SPACES, ' ');
    const prev = out[out.length - 1];
    if ((!prev || prev.type === 'hard_break' || prev.text.endsWith(' ')) && isBlank(text[0])) text = text.replace(/^[ \u00A0]+/, '');
    if (!text) continue;
    if (prev?.type === 'text' && sameMarks(prev.marks, node.marks)) prev.text += text;
    else out.push(node.marks?.length ? { type: 'text', text, marks: node.marks } : { type: 'text', text });
  }
  trimLineEnd(out);
  while (out[out.length - 1]?.type === 'hard_break') {
    out.pop();
    trimLineEnd(out);
  }
  while (out[0]?.type === 'hard_break') out.shift();
  return out.length ? out : undefined;
}

/** Drop trailing spaces of the last line (and text nodes left empty by that). */
function trimLineEnd(out: InlineJSON[]): void {
  for (let last = out[out.length - 1]; last?.type === 'text'; last = out[out.length - 1]) {
    let end = last.text.length;
    while (isBlank(last.text[end - 1])) end--;
    if (end < last.text.length) last.text = last.text.slice(0, end);
    if (last.text) return;
    out.pop();
  }
}

function sameMarks(a: readonly MarkJSON[] | undefined, b: readonly MarkJSON[] | undefined): boolean {
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Rewrite every text node of the blocks; nodes that become empty are dropped by the later tidy-up. */
export function mapBlockText(blocks: readonly BlockJSON[], rewrite: (text: string) => string): BlockJSON[] {
  const inline = (content: InlineJSON[] | undefined): InlineJSON[] | undefined =>
    content?.map((node) => (node.type === 'text' ? { ...node, text: rewrite(node.text) } : node));
  return blocks.map((block): BlockJSON => {
    switch (block.type) {
      case 'paragraph':
        return { type: 'paragraph', content: inline(block.content) };
      case 'subhead':
        return { ...block, content: inline(block.content) };
      case 'blockquote':
        return { ...block, content: block.content.map((p) => ({ type: 'paragraph', content: inline(p.content) })) };
      case 'bullet_list':
      case 'ordered_list':
        return {
          ...block,
          content: block.content.map((item) => ({
            type: 'list_item',
            content: [{ type: 'paragraph', content: inline(item.content[0].content) }],
          })),
        } as BlockJSON;
      case 'horizontal_rule':
        return block;
    }
  });
}

/** Tidy every block's inline content and drop blocks left without text (rules are kept). */
export function tidyBlocks(blocks: readonly BlockJSON[]): BlockJSON[] {
  const out: BlockJSON[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'subhead': {
        const content = tidyInline(block.content);
        if (content) out.push({ ...block, content });
        break;
      }
      case 'blockquote': {
        const content = block.content.flatMap((p) => {
          const inner = tidyInline(p.content);
          return inner ? [{ type: 'paragraph' as const, content: inner }] : [];
        });
        if (content.length) out.push({ ...block, content });
        break;
      }
      case 'bullet_list':
      case 'ordered_list': {
        const content = block.content.flatMap((item) => {
          const inner = tidyInline(item.content[0].content);
          return inner ? [{ type: 'list_item' as const, content: [{ type: 'paragraph' as const, content: inner }] as [ParagraphJSON] }] : [];
        });
        if (content.length) out.push({ ...block, content } as BlockJSON);
        break;
      }
      case 'horizontal_rule':
        if (out.length) out.push(block);
        break;
    }
  }
  while (out[out.length - 1]?.type === 'horizontal_rule') out.pop();
  return out;
}

/** The plain text of a block ('' for a rule; list items and quoted paragraphs joined by newlines). */
export function blockText(block: BlockJSON): string {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return inlineToText(block.content);
    case 'blockquote':
      return block.content.map((p) => inlineToText(p.content)).join('\n');
    case 'bullet_list':
    case 'ordered_list':
      return block.content.map((item) => inlineToText(item.content[0].content)).join('\n');
    case 'horizontal_rule':
      return '';
  }
}

/** Plain-text paragraphs as blocks: '\n' inside a paragraph stays a hard break. */
export function textBlocks(paragraphs: readonly string[]): BlockJSON[] {
  return paragraphs.map((text) => paragraph(text));
}

/** The inline content between two offsets of its text (a hard break counts as one character), marks kept. */
export function sliceInline(content: readonly InlineJSON[] | undefined, start: number, end = Infinity): InlineJSON[] | undefined {
  const out: InlineJSON[] = [];
  let at = 0;
  for (const node of content ?? []) {
    const length = node.type === 'text' ? node.text.length : 1;
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, length);
    if (from < to) out.push(node.type === 'text' ? { ...node, text: node.text.slice(from, to) } : node);
    at += length;
  }
  return tidyInline(out);
}

// Highlights above the byline and dateline: "* Spot gold may edge up …" (Reuters), "• …".
const HIGHLIGHT = /^[*•–-]\s/;

/** Where the story text begins: after the leading highlights and lists. */
export function storyStart(body: readonly BlockJSON[]): number {
  let index = 0;
  for (const block of body) {
    const highlight = block.type === 'bullet_list' || (block.type === 'paragraph' && HIGHLIGHT.test(blockText(block)));
    if (!highlight) break;
    index++;
  }
  return index;
}
