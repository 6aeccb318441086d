// Body blocks as CommonMark: one blank line between blocks, containers prefix their lines.
import type { BlockJSON, InlineJSON, ListItemJSON } from '../story/story';
import { escapeHeadingLine, escapeParagraphLine } from './escape';
import { inlineSourceLines, toRenderInline, type RenderInline } from './inline';

export interface BlockOptions {
  entityLinks?: ReadonlyMap<string, string>;
}

export function blocksToMarkdown(blocks: readonly BlockJSON[], options: BlockOptions = {}): string {
  const out: string[] = [];
  let previous: BlockJSON | undefined;
  let alternate = false; // two lists of one kind in a row need different markers, or they merge
  for (const block of blocks) {
    alternate = previous?.type === block.type && isList(block) ? !alternate : false;
    const text = blockToMarkdown(block, options, alternate);
    if (text !== null) out.push(text);
    previous = block;
  }
  return out.join('\n\n');
}

const isList = (block: BlockJSON) => block.type === 'bullet_list' || block.type === 'ordered_list';

function blockToMarkdown(block: BlockJSON, options: BlockOptions, alternate: boolean): string | null {
  switch (block.type) {
    case 'paragraph':
      return block.content?.length ? paragraphLines(block.content, options).join('\n') : null;
    case 'subhead':
      return heading(block.attrs.level + 1, block.content, options);
    case 'blockquote': {
      const paragraphs = block.content.filter((p) => p.content?.length).map((p) => paragraphLines(p.content, options));
      if (!paragraphs.length) return '>';
      return paragraphs.map((lines) => lines.map((line) => `> ${line}`).join('\n')).join('\n>\n');
    }
    case 'bullet_list':
      return listItems(block.content, () => (alternate ? '*' : '-'), options);
    case 'ordered_list': {
      const start = Math.min(Math.max(0, Math.trunc(block.attrs.order)), 999_999_999 - block.content.length);
      return listItems(block.content, (i) => `${start + i}${alternate ? ')' : '.'}`, options);
    }
    case 'horizontal_rule':
      return '---';
  }
}

function paragraphLines(content: readonly InlineJSON[] | undefined, options: BlockOptions): string[] {
  return inlineSourceLines(trimBreaks(toRenderInline(content, options.entityLinks))).map(escapeParagraphLine);
}

/** An ATX heading; it is one line, so a hard break in it becomes a space. */
export function heading(level: number, content: readonly InlineJSON[] | undefined, options: BlockOptions): string {
  const inline = toRenderInline(content, options.entityLinks).map((node) => ('hardBreak' in node ? { text: ' ', marks: [] } : node));
  const line = escapeHeadingLine(inlineSourceLines(inline)[0]);
  return line ? `${'#'.repeat(level)} ${line}` : '#'.repeat(level);
}

function listItems(items: readonly ListItemJSON[], marker: (index: number) => string, options: BlockOptions): string {
  return items
    .map((item, i) => {
      const lines = item.content[0].content?.length ? paragraphLines(item.content[0].content, options) : [];
      const bullet = marker(i);
      if (!lines.length) return bullet;
      const indent = ' '.repeat(bullet.length + 1);
      return lines.map((line, k) => (k === 0 ? `${bullet} ${line}` : indent + line)).join('\n');
    })
    .join('\n');
}

// A hard break at either end of a block has nothing to separate, and CommonMark cannot write it.
function trimBreaks(inline: RenderInline[]): RenderInline[] {
  let start = 0;
  let end = inline.length;
  while (start < end && 'hardBreak' in inline[start]) start++;
  while (end > start && 'hardBreak' in inline[end - 1]) end--;
  return inline.slice(start, end);
}
