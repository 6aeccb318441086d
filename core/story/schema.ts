// The story schema: one ProseMirror document holds the head fields and the body.
// Model only (toDOM specs are plain arrays, no DOM is touched here).
import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';

const headField = (tag: string, cls: string, marks: string): NodeSpec => ({
  content: 'text*',
  marks,
  defining: true,
  parseDOM: [{ tag: `${tag}.${cls}` }],
  toDOM: () => [tag, { class: cls }, 0],
});

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'headline dek byline dateline block+' },
  headline: headField('h1', 'story-headline', 'entity speaker'),
  dek: headField('p', 'story-dek', 'em entity speaker'),
  byline: headField('p', 'story-byline', ''),
  dateline: headField('p', 'story-dateline', ''),
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  subhead: {
    group: 'block',
    content: 'inline*',
    attrs: { level: { default: 1 } },
    defining: true,
    parseDOM: [
      { tag: 'h1', attrs: { level: 1 } },
      { tag: 'h2', attrs: { level: 1 } },
      { tag: 'h3', attrs: { level: 2 } },
      { tag: 'h4', attrs: { level: 2 } },
      { tag: 'h5', attrs: { level: 2 } },
      { tag: 'h6', attrs: { level: 2 } },
    ],
    toDOM: (node) => [node.attrs.level === 1 ? 'h2' : 'h3', 0],
  },
  blockquote: {
    group: 'block',
    content: 'paragraph+',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { order: { default: 1 } },
    parseDOM: [{ tag: 'ol', getAttrs: (dom) => ({ order: Number((dom as Element).getAttribute('start') ?? 1) || 1 }) }],
    toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
  },
  // One paragraph per item: every list item is one body block in analysis and export.
  list_item: {
    content: 'paragraph',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: () => ['hr'],
  },
  text: { group: 'inline' },
  // A hard break is one position in the document and '\n' in a block's text, so offsets agree.
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const marks: Record<string, MarkSpec> = {
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  strong: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }, { style: 'font-weight=700' }],
    toDOM: () => ['strong', 0],
  },
  link: {
    attrs: { href: {}, title: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => ({ href: (dom as Element).getAttribute('href'), title: (dom as Element).getAttribute('title') }),
      },
    ],
    toDOM: (mark) => ['a', { href: mark.attrs.href, title: mark.attrs.title, rel: 'noopener noreferrer' }, 0],
  },
  // A name tagged by hand (Mod-E). Automatic matches are decorations, not marks.
  entity: {
    attrs: { id: {}, canonical: {}, kind: { default: 'other' } },
    inclusive: false,
    excludes: 'entity',
    toDOM: (mark) => ['span', { class: `entity-tag entity-${mark.attrs.kind}`, 'data-entity': mark.attrs.id }, 0],
  },
  // The speaker an editor chose for a quote, laid over the quoted words; it wins over automatic attribution.
  speaker: {
    attrs: { name: {}, canonical: { default: null } },
    inclusive: false,
    excludes: 'speaker',
    toDOM: (mark) => ['span', { class: 'quote-speaker', 'data-speaker': mark.attrs.name }, 0],
  },
};

export const storySchema = new Schema({ nodes, marks });
