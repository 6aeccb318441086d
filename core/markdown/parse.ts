// CommonMark to a Story body, read with the reference parser. What the story schema cannot hold is kept
// as words: code and HTML as their literal text, images as their alt text, nested blocks flattened.
import { Parser, type Node as CMNode } from 'commonmark';
import type { BlockJSON, InlineJSON, ListItemJSON, MarkJSON, ParagraphJSON } from '../story/story';
import { mergeText } from './edit';

export interface ParsedBody {
  /** The text of a leading `# Heading`, when asked for and present. */
  headline?: string;
  body: BlockJSON[];
}

const parser = new Parser();

export function parseBody(markdown: string, options: { takeHeadline: boolean }): ParsedBody {
  const doc = parser.parse(markdown);
  const result: ParsedBody = { body: [] };
  let node = doc.firstChild;
  if (options.takeHeadline && node?.type === 'heading' && node.level === 1) {
    result.headline = inlineToPlain(inlines(node, []));
    node = node.next;
  }
  for (; node; node = node.next) result.body.push(...block(node));
  return result;
}

function block(node: CMNode): BlockJSON[] {
  switch (node.type) {
    case 'heading':
      return [{ type: 'subhead', attrs: { level: node.level <= 2 ? 1 : 2 }, content: mergeText(inlines(node, [])) }];
    case 'block_quote': {
      const paragraphs = children(node).flatMap(paragraphsOf);
      return [{ type: 'blockquote', content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }] }];
    }
    case 'list': {
      const items: ListItemJSON[] = children(node).flatMap(listItems);
      return node.listType === 'ordered'
        ? [{ type: 'ordered_list', attrs: { order: node.listStart ?? 1 }, content: items }]
        : [{ type: 'bullet_list', content: items }];
    }
    case 'thematic_break':
      return [{ type: 'horizontal_rule' }];
    default:
      return paragraphsOf(node);
  }
}

/** A block as paragraphs: what a block quote or a list item can hold. */
function paragraphsOf(node: CMNode): ParagraphJSON[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [{ type: 'paragraph', content: mergeText(inlines(node, [])) }];
    case 'code_block':
    case 'html_block':
      return [{ type: 'paragraph', content: literalLines(node.literal ?? '') }];
    case 'thematic_break':
      return [];
    default: // block quotes and lists inside containers
      return children(node).flatMap(paragraphsOf);
  }
}

// A list item is one paragraph: an item's further blocks join it after a hard break, and a nested
// list's items follow as items of their own.
function listItems(item: CMNode): ListItemJSON[] {
  const own: InlineJSON[][] = [];
  const nested: ListItemJSON[] = [];
  for (const child of children(item)) {
    if (child.type === 'list') nested.push(...children(child).flatMap(listItems));
    else own.push(...paragraphsOf(child).map((p) => p.content ?? []));
  }
  const content = own.flatMap((inline, i) => (i > 0 ? [{ type: 'hard_break' } as InlineJSON, ...inline] : inline));
  return [{ type: 'list_item', content: [{ type: 'paragraph', content: mergeText(content) }] }, ...nested];
}

function inlines(node: CMNode, marks: MarkJSON[]): InlineJSON[] {
  const out: InlineJSON[] = [];
  for (const child of children(node)) {
    switch (child.type) {
      case 'text':
      case 'code':
      case 'html_inline':
        out.push(text(child.literal ?? '', marks));
        break;
      case 'softbreak':
        out.push(text(' ', marks));
        break;
      case 'linebreak':
        out.push({ type: 'hard_break' });
        break;
      case 'emph':
        out.push(...inlines(child, withMark(marks, { type: 'em' })));
        break;
      case 'strong':
        out.push(...inlines(child, withMark(marks, { type: 'strong' })));
        break;
      case 'link':
        out.push(...inlines(child, withMark(marks, { type: 'link', attrs: { href: child.destination ?? '', title: child.title || null } })));
        break;
      default: // images: their alt text
        out.push(...inlines(child, marks));
    }
  }
  return out;
}

const MARK_ORDER: MarkJSON['type'][] = ['em', 'strong', 'link', 'entity', 'speaker'];

/** Marks in the schema's order, as ProseMirror keeps them; a mark of a kind already there is replaced. */
function withMark(marks: readonly MarkJSON[], mark: MarkJSON): MarkJSON[] {
  return [...marks.filter((m) => m.type !== mark.type), mark].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

const text = (value: string, marks: MarkJSON[]): InlineJSON => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });

function literalLines(literal: string): InlineJSON[] | undefined {
  const lines = literal.replace(/\n$/, '').split('\n');
  return mergeText(lines.flatMap((line, i) => (i > 0 ? [{ type: 'hard_break' } as InlineJSON, text(line, [])] : [text(line, [])])));
}

function inlineToPlain(content: readonly InlineJSON[]): string {
  return content.map((node) => (node.type === 'text' ? node.text : ' ')).join('');
}

function children(node: CMNode): CMNode[] {
  const out: CMNode[] = [];
  for (let child = node.firstChild; child; child = child.next) out.push(child);
  return out;
}
