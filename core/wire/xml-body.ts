// XML body elements (NITF body.content, XHTML inside NewsML-G2) to story blocks. The element is
// written out as plain HTML (namespace prefixes dropped) and read by the one sanitising converter,
// htmlToBlocks. Only what is particular to XML wire bodies happens here: page chrome and embedded
// media are left out, and agencies' preformatted paragraphs are laid out first (see layoutLines).
import type { Element, Node } from '@xmldom/xmldom';
import type { BlockJSON } from '../story/story';
import { htmlToBlocks } from './html';

export function xmlBodyToBlocks(body: Element): BlockJSON[] {
  return htmlToBlocks(childrenHtml(body));
}

const TEXT_NODE = 3;
const CDATA_NODE = 4;
// XHTML page chrome (dpa repeats slugline, date and headline in a <header>), NITF media references and
// NITF notes to editors (kept as the editor's note).
const LEFT_OUT = new Set(['header', 'footer', 'nav', 'aside', 'media', 'note']);
const KEPT_ATTRIBUTES = ['href', 'title', 'start'];
const HTML_TAG = /<\/?(?:p|br|div|em|strong|b|i|a|ul|ol|li|h[1-6]|blockquote|table)\b[^>]*>/i;
// Written without a closing tag: HTML reads "</br>" as a second line break.
const VOID = new Set(['br', 'hr']);

function childrenHtml(parent: Node): string {
  let html = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) html += nodeHtml(node);
  return html;
}

function nodeHtml(node: Node): string {
  // Some agencies wrap the body's HTML in CDATA: it is read as HTML (sanitised as any), not shown as tags.
  if (node.nodeType === CDATA_NODE && HTML_TAG.test(node.nodeValue ?? '')) return node.nodeValue ?? '';
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const name = (el.localName ?? el.nodeName).toLowerCase();
  if (LEFT_OUT.has(name)) return '';
  if (VOID.has(name)) return `<${name}>`;
  // On one line, so that the only line ends in the markup are those of the text.
  const attributes = KEPT_ATTRIBUTES.filter((a) => el.hasAttribute(a))
    .map((a) => ` ${a}="${escapeText(el.getAttribute(a) ?? '').replace(/\s+/g, ' ').replace(/"/g, '&quot;')}"`)
    .join('');
  const inner = childrenHtml(el);
  return `<${name}${attributes}>${name === 'p' ? layoutLines(inner) : inner}</${name}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// A run of two or more spaces between words: columns of a results table. Not after the end of a
// sentence, where typists put two.
const COLUMNS = /\S(?<![.!?:"”’]) {2,}\S/;

/**
 * Agencies (Reuters above all) send preformatted copy inside one <p>: a blank line or an indented
 * line of prose starts a new paragraph, a line of a table (column gaps) or one ending in spaces
 * keeps its line break, and a prose line wrapped at 70 characters joins the next with a space.
 */
function layoutLines(html: string): string {
  const lines = html.replace(/\r\n?/g, '\n').replace(/^\s*\n|\n\s*$/g, '').split('\n');
  const visible = (line: string) => line.replace(/<[^>]*>/g, '');
  // Pretty-printed XML indents every line after the first: that is markup layout, not paragraphs
  // (Reuters' indented lines are bullets, or come after a blank line).
  const continues = (line: string) => /^\s+[^\s*•-]/.test(visible(line));
  if (lines.length > 1 && lines.slice(1).every(continues)) {
    return lines.map((line) => line.trim()).join(' ');
  }
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const previous = visible(lines[i - 1]);
    const line = visible(lines[i]);
    if (!line.trim() || !previous.trim() || (/^\s/.test(line) && !COLUMNS.test(line))) out += '</p><p>';
    else if (/\s$/.test(previous) || COLUMNS.test(previous) || COLUMNS.test(line)) out += '<br>';
    else out += ' ';
    out += lines[i];
  }
  return out;
}
