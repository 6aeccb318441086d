// HTML -> story blocks, sanitised by a whitelist: only what the story schema can hold survives.
// Anything else is unwrapped (its text kept) or, for scripts, styles and embedded objects, dropped whole.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { BlockJSON, InlineJSON, ListItemJSON, MarkJSON, ParagraphJSON } from '../story/story';
import { tidyBlocks, tidyInline } from './blocks';
import type { RawWireItem } from './raw';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** Removed with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'head', 'title', 'meta', 'link', 'noscript', 'template', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'video', 'audio', 'img', 'picture', 'button', 'select', 'textarea', 'input', 'form',
]);

/** Elements that end a paragraph; those not mapped to a block of their own are unwrapped. */
const BLOCK_LEVEL = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address',
  'figure', 'figcaption', 'center', 'pre', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'tr',
  'blockquote', 'ul', 'ol', 'li', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  // NITF body elements, so NITF bodies can be read as HTML too.
  'body.head', 'body.content', 'body.end', 'block', 'hl1', 'hl2', 'bq', 'tagline', 'media', 'fieldset',
]);

const SAFE_HREF = /^(?:https?:|mailto:)/i;

export function htmlToBlocks(html: string): BlockJSON[] {
  const document = parseDocument(html, { decodeEntities: true });
  return tidyBlocks(blocksOf(document.children));
}

/**
 * A whole HTML document as a raw wire item. A web page's story is its <article> (or <main>) without
 * the page's chrome (navigation, cookie banners, adverts, related links); its headline the story's
 * <h1>, else the <title> without the site's name; its byline the element marked as one.
 */
export function parseHtml(html: string): RawWireItem {
  const document = parseDocument(html, { decodeEntities: true });
  const first = (name: string, within: DomNode[] = document.children) => DomUtils.getElementsByTagName(name, within, true, 1)[0];
  const story = storyElement(document.children);
  const scope: DomNode[] = story ? [story] : document.children;
  removeAll(scope, isPageChrome);
  // The byline and the standfirst first: a page often sets them among its lines about the story.
  const byline = takeText(scope, (e) => BYLINE_CLASS.test(e.attribs.class ?? '') || e.attribs.rel === 'author');
  const dek = takeText(scope, (e) => DEK_CLASS.test(e.attribs.class ?? ''));
  removeAll(scope, isStoryFurniture);
  const siteName = DomUtils.findOne((e) => e.name === 'meta' && e.attribs.property === 'og:site_name', document.children, true)?.attribs.content;
  const headline = textOf(first('h1', scope)) || withoutSiteName(textOf(first('title')), siteName);
  const language = first('html')?.attribs.lang;
  return { headline, dek: dek || undefined, byline: byline || undefined, body: tidyBlocks(blocksOf(scope)), meta: language ? { language } : {} };
}

/** The text of the first element that passes the test, taken out of the page. */
function takeText(scope: DomNode[], test: (element: DomElement) => boolean): string {
  const element = DomUtils.findOne(test, scope, true);
  if (element) DomUtils.removeElement(element);
  return textOf(element ?? undefined);
}

/** The element holding a page's story: the <article> with the most text, else <main>. */
function storyElement(nodes: DomNode[]): DomElement | undefined {
  const articles = DomUtils.getElementsByTagName('article', nodes, true);
  if (articles.length) return articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
  return DomUtils.getElementsByTagName('main', nodes, true, 1)[0];
}

/** Parts of a page around its story, by element or role; a picture's caption is not story text either. */
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/**
 * Lines beside the story that are not of it, by class: banners, sharing, adverts, related links, and
 * the page's own lines about the story (section label, time and source, reading time, comments), in
 * the languages of the sites.
 */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:cookie|consent|newsletter|share|sharing|social|related|advert|ad|ads|promo|subscribe|paywall|breadcrumbs?|site-header|site-footer|kicker|eyebrow|meta|date|timestamp|published|source|read-more|more-stories|comments|correlati|a-lire|pub|werbung|anzeige)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|autore|auteur|autor)(?:$|[\s_-])/i;
/** The standfirst under the headline: the story's dek. */
const DEK_CLASS = /(?:^|[\s_-])(?:standfirst|dek|subtitle|subheadline|summary|chapo|sottotitolo|teaser)(?:$|[\s_-])/i;

const isPageChrome = (e: DomElement): boolean => CHROME_ELEMENTS.has(e.name) || CHROME_ROLES.has(e.attribs.role ?? '');

// A publication time on a line of its own; one inside a sentence is part of it.
const isStoryFurniture = (e: DomElement): boolean => FURNITURE_CLASS.test(e.attribs.class ?? '') || (e.name === 'time' && !isInline(e.parent));

function removeAll(scope: DomNode[], test: (element: DomElement) => boolean): void {
  for (const element of DomUtils.findAll(test, scope)) DomUtils.removeElement(element);
}

/** Whether an element's parent is running text: a paragraph or an inline element. */
function isInline(parent: DomElement['parent']): boolean {
  if (!parent || !('name' in parent)) return false;
  return parent.name === 'p' || !BLOCK_LEVEL.has(parent.name);
}

/**
 * A page title without the site's name: the name the page gives (og:site_name) after a bar or a dash,
 * or whatever follows the last bar ("Heat wave … record | The Continental Times"). A dash alone is
 * not enough: headlines have them ("Biden - Putin summit ends").
 */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (siteName) {
    const named = new RegExp(`\\s+[|–—-]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    if (named.test(title)) return title.replace(named, '').trim();
  }
  return title.replace(/\s+\|\s+[^|]{2,60}$/, '').trim();
}

function textOf(element: DomElement | undefined): string {
  return element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : '';
}

function blocksOf(nodes: readonly DomNode[]): BlockJSON[] {
  const blocks: BlockJSON[] = [];
  let run: DomNode[] = [];
  const flush = () => {
    const content = inlineOf(run, []);
    if (content.length) blocks.push({ type: 'paragraph', content });
    run = [];
  };
  for (const node of nodes) {
    if (DomUtils.isTag(node) && DROPPED.has(node.name)) continue;
    // Two line breaks in a row separate paragraphs in pages written without <p>.
    if (DomUtils.isTag(node) && node.name === 'br' && endsInBreak(run)) {
      while (!(DomUtils.isTag(run[run.length - 1]) && (run[run.length - 1] as DomElement).name === 'br')) run.pop();
      run.pop();
      flush();
      continue;
    }
    if (!DomUtils.isTag(node) || !isBlock(node)) {
      run.push(node);
      continue;
    }
    flush();
    blocks.push(...blockOf(node));
  }
  flush();
  return blocks;
}

/** Whether the last of these nodes, white space aside, is a line break. */
function endsInBreak(run: readonly DomNode[]): boolean {
  for (let i = run.length - 1; i >= 0; i--) {
    const node = run[i];
    if (DomUtils.isText(node) && !node.data.trim()) continue;
    return DomUtils.isTag(node) && node.name === 'br';
  }
  return false;
}

function isBlock(element: DomElement): boolean {
  if (BLOCK_LEVEL.has(element.name)) return true;
  // An inline wrapper around block content (a <span> holding <p>s) is treated as a block container.
  return element.children.some((child) => DomUtils.isTag(child) && !DROPPED.has(child.name) && isBlock(child));
}

function blockOf(element: DomElement): BlockJSON[] {
  switch (element.name) {
    case 'h1':
    case 'h2':
    case 'hl1':
    case 'hl2':
      return [{ type: 'subhead', attrs: { level: element.name === 'hl2' ? 2 : 1 }, content: inlineOf(element.children, []) }];
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return [{ type: 'subhead', attrs: { level: 2 }, content: inlineOf(element.children, []) }];
    case 'hr':
      return [{ type: 'horizontal_rule' }];
    case 'blockquote':
    case 'bq':
      return [{ type: 'blockquote', content: asParagraphs(blocksOf(element.children)) }];
    case 'ul':
      return [{ type: 'bullet_list', content: listItems(element) }];
    case 'ol': {
      const order = Number(element.attribs.start ?? 1) || 1;
      return [{ type: 'ordered_list', attrs: { order }, content: listItems(element) }];
    }
    case 'li':
      // A stray <li> outside a list is a paragraph.
      return asParagraphs(blocksOf(element.children));
    case 'table':
      // A table that lays out a page (cells holding paragraphs, headings, other tables) is read as
      // its cells' blocks; a table of data becomes one paragraph.
      return isLayoutTable(element) ? blocksOf(layoutCells(element).flatMap((cell) => cell.children)) : [tableParagraph(element)];
    case 'pre':
      return [{ type: 'paragraph', content: preformatted(element.children) }];
    default:
      return blocksOf(element.children);
  }
}

/** Each list item is one paragraph in the schema; lists nested in an item follow it as items. */
function listItems(list: DomElement): ListItemJSON[] {
  const items: ListItemJSON[] = [];
  for (const child of list.children) {
    if (!DomUtils.isTag(child) || DROPPED.has(child.name)) continue;
    for (const p of asParagraphs(blockOf(child))) items.push({ type: 'list_item', content: [p] });
  }
  return items;
}

/** Flatten blocks to paragraphs, for containers that hold nothing else (block quotes, list items). */
function asParagraphs(blocks: readonly BlockJSON[]): ParagraphJSON[] {
  return blocks.flatMap((block): ParagraphJSON[] => {
    switch (block.type) {
      case 'paragraph':
        return [block];
      case 'subhead':
        return [{ type: 'paragraph', content: block.content }];
      case 'blockquote':
        return block.content;
      case 'bullet_list':
      case 'ordered_list':
        return block.content.map((item) => item.content[0]);
      case 'horizontal_rule':
        return [];
    }
  });
}

function isLayoutTable(table: DomElement): boolean {
  return !!DomUtils.findOne((e) => LAYOUT_CONTENT.has(e.name), table.children, true);
}

const LAYOUT_CONTENT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'article']);

/** A layout table's cells, in reading order, not those of the tables inside them. */
function layoutCells(table: DomElement): DomElement[] {
  return DomUtils.findAll((e) => (e.name === 'td' || e.name === 'th') && nearestTable(e) === table, table.children);
}

function nearestTable(element: DomElement): DomElement | null {
  for (let node = element.parent; node; node = node.parent) if ('name' in node && node.name === 'table') return node as DomElement;
  return null;
}

/** The schema has no tables: a table becomes one paragraph, a line per row, cells separated by " | ". */
function tableParagraph(table: DomElement): ParagraphJSON {
  const content: InlineJSON[] = [];
  for (const row of DomUtils.getElementsByTagName('tr', table.children, true)) {
    const cells = row.children.filter((c): c is DomElement => DomUtils.isTag(c) && (c.name === 'td' || c.name === 'th'));
    const texts = cells.map((cell) => textOf(cell)).filter(Boolean);
    if (!texts.length) continue;
    if (content.length) content.push({ type: 'hard_break' });
    content.push({ type: 'text', text: texts.join(' | ') });
  }
  return { type: 'paragraph', content };
}

function preformatted(nodes: readonly DomNode[]): InlineJSON[] {
  const text = nodes.map((node) => DomUtils.textContent(node)).join('');
  const content: InlineJSON[] = [];
  text.replace(/\r\n?/g, '\n').replace(/^\n|\n$/g, '').split('\n').forEach((line, i) => {
    if (i > 0) content.push({ type: 'hard_break' });
    if (line) content.push({ type: 'text', text: line });
  });
  return content;
}

function inlineOf(nodes: readonly DomNode[], marks: readonly MarkJSON[]): InlineJSON[] {
  const out: InlineJSON[] = [];
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      out.push(marks.length ? { type: 'text', text: node.data, marks: [...marks] } : { type: 'text', text: node.data });
      continue;
    }
    if (!DomUtils.isTag(node) || DROPPED.has(node.name)) continue;
    if (node.name === 'br') {
      out.push({ type: 'hard_break' });
      continue;
    }
    out.push(...inlineOf(node.children, withMark(marks, markOf(node))));
  }
  return marks.length ? out : (tidyInline(out) ?? []);
}

function markOf(element: DomElement): MarkJSON | undefined {
  switch (element.name) {
    case 'em':
    case 'i':
      return { type: 'em' };
    case 'strong':
    case 'b':
      return { type: 'strong' };
    case 'a': {
      const href = (element.attribs.href ?? '').trim();
      return SAFE_HREF.test(href) ? { type: 'link', attrs: { href, title: element.attribs.title ?? null } } : undefined;
    }
    default:
      return undefined;
  }
}

function withMark(marks: readonly MarkJSON[], mark: MarkJSON | undefined): readonly MarkJSON[] {
  if (!mark || marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark];
}
