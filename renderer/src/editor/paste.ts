// Pasted copy cleaned into the story schema: Word, Google Docs and web-page HTML lose their foreign
// styles and wrappers (the schema's parse rules keep only what the story knows), plain text becomes
// paragraphs, and straight quotes become typographic.
import { Fragment, Slice, type Node as PMNode, type ResolvedPos } from 'prosemirror-model';
import { storySchema } from '../../../core/story/schema';
import { smarten } from '../../../core/markdown/typography';

const DROP = 'script, style, meta, link, title, xml, o\\:p, [style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]';

/** Strips what no story should carry before ProseMirror's parser reads the HTML. */
export function cleanPastedHTML(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">; it is not bold.
  doc.querySelectorAll('b[id^="docs-internal-guid"], b[style*="font-weight:normal"], b[style*="font-weight: normal"]').forEach(unwrap);
  // Web pages wrap text in spans and divs; spans carry no meaning here, and their styles must not be read as marks
  // except the bold and italic that Docs and Word express as styles.
  doc.querySelectorAll('[style]').forEach((el) => {
    const style = (el as HTMLElement).style;
    const bold = style.fontWeight === 'bold' || Number(style.fontWeight) >= 600;
    const italic = style.fontStyle === 'italic';
    el.removeAttribute('style');
    el.removeAttribute('class');
    if (el.tagName === 'SPAN' && (bold || italic)) {
      let inner: Element = el;
      if (bold) inner = wrapChildren(inner, 'strong');
      if (italic) wrapChildren(inner, 'em');
    }
  });
  return doc.body.innerHTML;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): Element {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
  return wrapper;
}

/** Plain text: blank lines separate paragraphs; with none, each line is a paragraph. */
export function plainTextToSlice(text: string, $context: ResolvedPos): Slice {
  const clean = smarten(text.replace(/\r\n?/g, '\n')).trim();
  const inHead = $context.depth >= 1 && $context.node(1).type.spec.content === 'text*';
  if (inHead) {
    const line = clean.replace(/\s+/g, ' ');
    return line ? new Slice(Fragment.from(storySchema.text(line)), 0, 0) : Slice.empty;
  }
  const chunks = /\n\s*\n/.test(clean) ? clean.split(/\n\s*\n/) : clean.split('\n');
  const paragraphs = chunks
    .map((chunk) => chunk.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => storySchema.nodes.paragraph.create(null, storySchema.text(line)));
  if (paragraphs.length === 0) return Slice.empty;
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

/** Straight quotes in a pasted slice become typographic, keeping marks and structure. */
export function smartenSlice(slice: Slice): Slice {
  return new Slice(mapText(slice.content), slice.openStart, slice.openEnd);
}

function mapText(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  // Text already smartened in this block, so a quote right after an italic word still faces the right way.
  let before = '';
  fragment.forEach((node) => {
    if (node.isText) {
      const text = smarten(node.text ?? '', before);
      nodes.push(storySchema.text(text, node.marks));
      before += text;
    } else {
      nodes.push(node.copy(mapText(node.content)));
      before = '';
    }
  });
  return Fragment.fromArray(nodes);
}
