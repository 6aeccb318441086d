// Agencies' own XML: WENN's Atom feed (one story per entry, with WENN's metadata extensions)
// and Ritzau's RBNews (escaped HTML inside XML elements).
import type { Element } from '@xmldom/xmldom';
import { bodyTexts } from '../story/story';
import { textBlocks } from './blocks';
import { WireError } from './error';
import { htmlToBlocks } from './html';
import { toIsoDate } from './iso-date';
import { distinct, idsOf, positiveNumber, withoutEmpty } from './item-meta';
import type { RawWireItem } from './raw';
import { textParagraphs } from './text';
import { attr, child, childElements, descendant, descendants, nameOf, parseXml, textOf } from './xml';

export function parseAgencyXml(text: string): RawWireItem[] {
  const root = parseXml(text).documentElement ?? undefined;
  switch (root && nameOf(root)) {
    case 'feed':
      return atomEntries(root!);
    case 'rbnews':
      return [ritzauItem(root!)];
    default:
      throw new WireError(`Unknown agency XML: the root element is <${root?.nodeName ?? 'none'}>.`);
  }
}

function atomEntries(feed: Element): RawWireItem[] {
  const entries = childElements(feed, 'entry');
  if (!entries.length) throw new WireError('The Atom feed holds no entry.');
  const feedMeta = {
    agency: textOf(child(child(feed, 'NewsManagement'), 'feed_name')) || textOf(child(feed, 'author', 'name')),
    language: attr(feed, 'lang'),
  };
  return entries.map((entry) => atomEntry(entry, feedMeta));
}

function atomEntry(entry: Element, feed: { agency: string; language: string }): RawWireItem {
  const wenn = descendant(entry, 'ContentMetadata');
  const management = descendant(entry, 'NewsManagement');
  const content = child(entry, 'content') ?? child(entry, 'summary');
  const text = content?.textContent ?? '';
  const body = /html/i.test(attr(content, 'type')) ? htmlToBlocks(text) : textBlocks(textParagraphs(text));
  const tags = descendants(wenn, 'tag');
  return {
    headline: textOf(child(entry, 'title')) || textOf(child(wenn, 'title')),
    dek: textOf(child(wenn, 'first_line')) || undefined,
    byline: textOf(child(entry, 'author', 'name')) || undefined,
    body,
    meta: withoutEmpty({
      slugline: textOf(child(wenn, 'slug')) || undefined,
      agency: feed.agency || undefined,
      date: toIsoDate(textOf(child(management, 'published'))) ?? toIsoDate(textOf(child(entry, 'updated'))),
      language: attr(wenn, 'lang') || feed.language || undefined,
      keywords: distinct([...tags.map((t) => attr(t, 'value')), ...childElements(entry, 'category').map((c) => attr(c, 'term'))]),
      ids: idsOf({ guid: textOf(child(management, 'original_article_id')), uri: textOf(child(entry, 'id')) }),
      pubStatus: textOf(child(management, 'publishing_status')).toLowerCase() || undefined,
    }),
  };
}

function ritzauItem(news: Element): RawWireItem {
  const field = (name: string) => textOf(child(news, name));
  // The note to the editors is HTML; its paragraphs and line breaks become lines.
  const ednote = bodyTexts({ body: htmlToBlocks(child(news, 'TilRedaktionen')?.textContent ?? '') }).join('\n');
  const raw: RawWireItem = {
    headline: field('headline'),
    dek: field('subtitle') || undefined,
    byline: field('byLine') || undefined,
    dateline: field('town') || undefined,
    body: htmlToBlocks(child(news, 'content')?.textContent ?? ''),
    meta: withoutEmpty({
      slugline: field('strapline') || undefined,
      agency: 'Ritzau',
      date: toIsoDate(field('PublishDate')),
      keywords: distinct([field('section')]),
      priority: positiveNumber(field('Priority')),
      ednote: ednote || undefined,
      ids: idsOf({ guid: field('NewsID'), version: field('version') }),
      pubStatus: field('Annuleret') === 'true' ? 'canceled' : 'usable',
    }),
  };
  if (!raw.headline && !raw.body.length) throw new WireError('The Ritzau item has neither a headline nor a body.');
  return raw;
}
