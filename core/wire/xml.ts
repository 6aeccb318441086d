// Safe XML for the wire formats: entity declarations refused, nothing loaded from outside,
// malformed input refused with a one-line reason; plus the few DOM look-ups every parser needs.
import { DOMParser, ParseError, type Document, type Element, type Node } from '@xmldom/xmldom';
import { decodeHTML } from 'entities';
import { WireError } from './error';

export type XmlFormat = 'nitf' | 'newsml-g2' | 'newsml-1' | 'agency-xml';

/**
 * Refuses markup with a DOCTYPE that declares entities: the door to billion-laughs and external
 * entities. Any "<!ENTITY" after the DOCTYPE counts, wherever the declaration hides (a ">" in a
 * quoted system id once slipped past a stricter pattern); well-formed text escapes it anyway.
 */
export function refuseEntityDeclarations(text: string): void {
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype >= 0 && /<!ENTITY/i.test(text.slice(doctype))) {
    throw new WireError('DOCTYPE with entity declarations is refused (possible entity expansion attack)');
  }
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML's named characters (&nbsp; &mdash; &eacute;), which NITF's DTD declares and agencies use, as
 * numeric references: the parser reads no DTD. A fixed table of single characters, so nothing expands.
 */
function withNumericCharacterReferences(text: string): string {
  return text.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (reference, name: string) => {
    if (XML_ENTITIES.has(name)) return reference;
    const decoded = decodeHTML(reference);
    return decoded === reference ? reference : [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
  });
}

/** Parses XML text into a DOM, or throws a WireError saying why it cannot. */
export function parseXml(xml: string): Document {
  refuseEntityDeclarations(xml);
  const text = withNumericCharacterReferences(xml);
  let problem = '';
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      problem ||= message;
      throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  } catch (error) {
    const line = error instanceof ParseError ? Number(error.locator?.lineNumber) : 0;
    const reason = (problem || (error as Error).message).split('\n')[0].replace(/^Error constructing the DOM: /, '');
    throw new WireError(`XML is malformed: ${reason}${line > 0 ? `, line ${line}` : ''}`);
  }
}

// What may come before the root element: BOM, white space, declarations, comments, a DOCTYPE.
const PROLOG = /^(?:\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ROOT_NAME = /^<(?:[\w.-]+:)?([\w.-]+)/;

/** Which XML wire format the text is, told from its root element (and namespace), never from a file name. */
export function detectXmlFormat(text: string): XmlFormat | null {
  const rest = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
  const root = ROOT_NAME.exec(rest)?.[1].toLowerCase();
  switch (root) {
    case 'nitf':
      return 'nitf';
    case 'newsmessage':
    case 'newsitem':
    case 'packageitem':
      return 'newsml-g2';
    case 'newsml':
      return 'newsml-1';
    case 'rbnews':
      return 'agency-xml';
    case 'feed':
      return rest.slice(0, 2000).includes('http://www.w3.org/2005/Atom') ? 'agency-xml' : null;
    default:
      return null;
  }
}

// Elements are matched by local name, ignoring case: prefixes (ns0:, html:) and agencies'
// capitalisation (<Header>, <HeadLine>) do not matter.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;

export function nameOf(node: Node): string {
  return (node.localName ?? node.nodeName).toLowerCase();
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: Element | Document | undefined, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent?.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (name === undefined || nameOf(node) === name.toLowerCase())) out.push(node);
  }
  return out;
}

/** The element reached by following child names, e.g. child(item, 'contentMeta', 'headline'). */
export function child(parent: Element | Document | undefined, ...path: string[]): Element | undefined {
  let at: Element | Document | undefined = parent;
  for (const name of path) at = childElements(at, name)[0];
  return at as Element | undefined;
}

/** Every element below `parent` with that name, in document order. */
export function descendants(parent: Element | Document | undefined, name: string): Element[] {
  return elementsBelow(parent, name.toLowerCase(), Infinity);
}

/** The first element below `parent` with that name: the walk stops there (a long body is not walked for nothing). */
export function descendant(parent: Element | Document | undefined, name: string): Element | undefined {
  return elementsBelow(parent, name.toLowerCase(), 1)[0];
}

/** A walk in document order through the tree's own links: no node lists built on the way. */
function elementsBelow(parent: Element | Document | undefined, wanted: string, limit: number): Element[] {
  const found: Element[] = [];
  let node: Node | null | undefined = parent?.firstChild;
  while (node && found.length < limit) {
    if (isElement(node) && nameOf(node) === wanted) found.push(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== parent && !node.nextSibling) node = node.parentNode;
    node = node && node !== parent ? node.nextSibling : null;
  }
  return found;
}

/** The element's text with white space collapsed, '' when there is no element. */
export function textOf(el: Node | undefined): string {
  return el ? textWithBreaks(el).replace(/\s+/g, ' ').trim() : '';
}

/** The text of a node, a line break (<br/>) read as a space: "Council approves<br/>harbour plan". */
function textWithBreaks(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return node.nodeValue ?? '';
  if (!isElement(node) && node.nodeType !== DOCUMENT_NODE) return '';
  if (isElement(node) && nameOf(node) === 'br') return ' ';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += textWithBreaks(child);
  return text;
}

/** An attribute's trimmed value by local name, ignoring case; '' when absent. */
export function attr(el: Element | undefined, name: string): string {
  const wanted = name.toLowerCase();
  for (const a of Array.from(el?.attributes ?? [])) {
    if ((a.localName ?? a.name).toLowerCase() === wanted || a.name.toLowerCase() === wanted) return a.value.trim();
  }
  return '';
}
