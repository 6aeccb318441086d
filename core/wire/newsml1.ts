// NewsML 1.2: each NewsItem's NewsLines (headline, byline, dateline, slugline), its NewsManagement
// and identification, and the body of its first text ContentItem (NITF, HTML or plain text).
import type { Element } from '@xmldom/xmldom';
import type { StoryMeta } from '../story/story';
import { textBlocks } from './blocks';
import { WireError } from './error';
import { htmlToBlocks } from './html';
import { isDateStamp, toIsoDate } from './iso-date';
import { distinct, idsOf, positiveNumber, withoutEmpty } from './item-meta';
import { nitfItem } from './nitf';
import type { RawWireItem } from './raw';
import { textParagraphs } from './text';
import { attr, child, descendant, descendants, parseXml, textOf } from './xml';
import { xmlBodyToBlocks } from './xml-body';

export function parseNewsml1(text: string): RawWireItem[] {
  const root = parseXml(text).documentElement ?? undefined;
  const items = descendants(root, 'NewsItem');
  if (!items.length) throw new WireError('The NewsML file holds no NewsItem.');
  const priority = positiveNumber(attr(child(root, 'NewsEnvelope', 'Priority'), 'FormalName'));
  return items.map((item) => newsItem(item, priority));
}

function newsItem(item: Element, priority: number | undefined): RawWireItem {
  const content = textContentItem(item);
  const lines = linesOf(content, item);
  const fromBody = bodyOf(content);
  const dateline = textOf(child(lines, 'DateLine'));
  const raw: RawWireItem = {
    headline: textOf(child(lines, 'HeadLine')) || fromBody.headline,
    dek: textOf(child(lines, 'SubHeadLine')) || fromBody.dek,
    byline: textOf(child(lines, 'ByLine')) || fromBody.byline,
    // ANA puts the date ("4/4/2018") where the dateline belongs.
    dateline: (dateline && !isDateStamp(dateline) ? dateline : '') || fromBody.dateline,
    body: fromBody.body,
    meta: withoutEmpty({ ...fromBody.meta, ...metaOf(item, lines, priority) }),
  };
  if (!raw.headline && !raw.body.length) throw new WireError('The NewsML item has neither a headline nor a body.');
  return raw;
}

function textContentItem(item: Element): Element | undefined {
  const withData = descendants(item, 'ContentItem').filter((c) => child(c, 'DataContent'));
  return withData.find((c) => /text/i.test(attr(child(c, 'MediaType'), 'FormalName'))) ?? withData[0];
}

/**
 * The NewsLines of the component that holds the text: in a package a photo's component comes first
 * with lines of its own ("ILLUSTRATION - …", "BELGA PHOTO …").
 */
function linesOf(content: Element | undefined, item: Element): Element | undefined {
  for (let node = content?.parentNode; node && node !== item; node = node.parentNode) {
    const lines = child(node as Element, 'NewsLines');
    if (lines) return lines;
  }
  return descendant(item, 'NewsLines');
}

function bodyOf(contentItem: Element | undefined): RawWireItem {
  const data = child(contentItem, 'DataContent');
  const nitf = descendant(data, 'nitf');
  if (nitf) return nitfItem(nitf);
  // XHTML written into the data as elements, not as escaped text.
  const xhtml = descendant(data, 'body');
  if (xhtml) return { body: xmlBodyToBlocks(xhtml), meta: {} };
  const content = data?.textContent ?? '';
  const isHtml = /html/i.test(attr(child(contentItem, 'Format'), 'FormalName')) || /<\/?p[\s>]/i.test(content);
  return { body: isHtml ? htmlToBlocks(content) : textBlocks(textParagraphs(content)), meta: {} };
}

function metaOf(item: Element, lines: Element | undefined, priority: number | undefined): StoryMeta {
  const management = child(item, 'NewsManagement');
  const identifier = child(item, 'Identification', 'NewsIdentifier');
  const language = attr(descendant(item, 'Language'), 'FormalName') || attr(item, 'lang');
  const properties = descendants(item, 'Property');
  const keywords = properties.filter((p) => /^keyword$/i.test(attr(p, 'FormalName'))).map((p) => attr(p, 'Value'));
  return withoutEmpty({
    slugline: textOf(child(lines, 'SlugLine')) || textOf(child(item, 'Identification', 'NameLabel')) || undefined,
    agency:
      attr(descendant(descendant(item, 'Provider'), 'Party'), 'FormalName') ||
      textOf(child(lines, 'CreditLine')) ||
      textOf(child(identifier, 'ProviderId')) ||
      undefined,
    date: toIsoDate(textOf(child(management, 'FirstCreated'))) ?? toIsoDate(textOf(child(management, 'ThisRevisionCreated'))),
    language: language.toLowerCase() || undefined,
    keywords: distinct([...keywords, ...descendants(lines, 'KeywordLine').map(textOf)]),
    priority,
    urgency: positiveNumber(attr(child(management, 'Urgency'), 'FormalName')),
    // An embargoed item says when its status changes to usable.
    embargo: toIsoDate(textOf(child(management, 'StatusWillChange', 'DateAndTime'))),
    ids: idsOf({
      guid: textOf(child(identifier, 'PublicIdentifier')),
      itemId: textOf(child(identifier, 'NewsItemId')),
      version: textOf(child(identifier, 'RevisionId')),
    }),
    pubStatus: attr(child(management, 'Status'), 'FormalName').toLowerCase() || undefined,
  });
}
