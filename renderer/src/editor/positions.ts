// Where analysed text lives in the document: (headline | body paragraph i, UTF-16 offset) -> doc position.
// Body block i is the i-th text block in bodyBlocks() order; a hard break is one position and '\n' in the
// text, so a position is the block's content start plus the offset.
import type { Node as PMNode } from 'prosemirror-model';
import type { TextSpan } from '../../../core/story/annotations';

export interface BlockStarts {
  head: Record<'headline' | 'dek' | 'byline' | 'dateline', number>;
  body: number[];
}

export type SpanPlace = 'headline' | 'dek' | 'byline' | 'dateline' | 'body';

const HEAD_FIELDS = 4;

export function blockStarts(doc: PMNode): BlockStarts {
  const body: number[] = [];
  const head = { headline: 1, dek: 1, byline: 1, dateline: 1 };
  doc.forEach((node, pos, index) => {
    if (index < HEAD_FIELDS) {
      head[node.type.name as keyof typeof head] = pos + 1;
      return;
    }
    switch (node.type.name) {
      case 'paragraph':
      case 'subhead':
        body.push(pos + 1);
        break;
      case 'blockquote':
        node.forEach((_, inner) => body.push(pos + 1 + inner + 1));
        break;
      case 'bullet_list':
      case 'ordered_list':
        // list > list_item > paragraph: two openings before the text.
        node.forEach((_item, inner) => body.push(pos + 1 + inner + 2));
        break;
    }
  });
  return { head, body };
}

/** The doc range of a span, or null when the span's block is not in this doc. */
export function spanRange(
  starts: BlockStarts,
  span: Pick<TextSpan, 'start' | 'end'> & { in?: SpanPlace; paragraph?: number },
): { from: number; to: number } | null {
  if (span.in === undefined) return null;
  const start = span.in === 'body' ? starts.body[span.paragraph ?? -1] : starts.head[span.in];
  if (start === undefined) return null;
  return { from: start + span.start, to: start + span.end };
}
