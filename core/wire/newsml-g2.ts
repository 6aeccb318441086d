// NewsML-G2: every text newsItem of a newsMessage (or a lone newsItem), its itemMeta and contentMeta,
// and its body from the contentSet: NITF or XHTML inside inlineXML, or plain text in inlineData.
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
import { attr, child, childElements, descendant, descendants, nameOf, parseXml, textOf } from './xml';
import { xmlBodyToBlocks } from './xml-body';

export function parseNewsmlG2(text: string): RawWireItem[] {
  const doc = parseXml(text);
  const root = doc.documentElement;
  const items = root && nameOf(root) === 'newsitem' ? [root] : descendants(root ?? undefined, 'newsItem');
  const textItems = items.filter(isTextItem);
  if (!textItems.length) {
    throw new WireError(
      items.length ? 'The NewsML-G2 file holds no text item (only pictures, video or other media).' : 'The NewsML-G2 file holds no news item.',
    );
  }
  const priority = positiveNumber(textOf(child(root ?? undefined, 'header', 'priority')));
  return textItems.map((item) => newsItem(item, priority));
}

function isTextItem(item: Element): boolean {
  const itemClass = qcodeValue(attr(child(item, 'itemMeta', 'itemClass'), 'qcode'));
  return !itemClass || itemClass === 'text';
}

function newsItem(item: Element, priority: number | undefined): RawWireItem {
  const contentMeta = child(item, 'contentMeta');
  const fromBody = bodyOf(child(item, 'contentSet'));
  const dateline = textOf(child(contentMeta, 'dateline'));
  const raw: RawWireItem = {
    headline: textOf(mainHeadline(contentMeta)) || fromBody.headline,
    dek: summaryOf(contentMeta) || fromBody.dek,
    byline: textOf(child(contentMeta, 'by')) || fromBody.byline || creatorOf(contentMeta),
    // Some agencies put a time stamp where the dateline belongs.
    dateline: (dateline && !isDateStamp(dateline) ? dateline : '') || fromBody.dateline,
    body: fromBody.body,
    meta: withoutEmpty({ ...fromBody.meta, ...metaOf(item, contentMeta, priority) }),
  };
  if (!raw.headline && !raw.body.length) {
    throw new WireError(`The NewsML-G2 item "${attr(item, 'guid')}" has neither a headline nor a body.`);
  }
  return raw;
}

/** The headline whose role is the main one ("hld:main"), else the first that is no short or sub headline. */
function mainHeadline(contentMeta: Element | undefined): Element | undefined {
  const headlines = childElements(contentMeta, 'headline');
  return (
    headlines.find((h) => /main/i.test(attr(h, 'role'))) ?? headlines.find((h) => !/short|sub|alt/i.test(attr(h, 'role'))) ?? headlines[0]
  );
}

/** A person named as the item's creator (<creator><name>Jane Roe</name></creator>), as a last resort for the byline. */
function creatorOf(contentMeta: Element | undefined): string | undefined {
  const names = childElements(contentMeta, 'creator').map((creator) => textOf(child(creator, 'name')));
  return names.filter(Boolean).join(' and ') || undefined;
}

function summaryOf(contentMeta: Element | undefined): string {
  const summary = childElements(contentMeta, 'description').find((d) => /summary|abstract/i.test(attr(d, 'role')));
  return textOf(summary);
}

function bodyOf(contentSet: Element | undefined): RawWireItem {
  const inline = child(contentSet, 'inlineXML');
  const nitf = descendant(inline, 'nitf');
  if (nitf) return nitfItem(nitf);
  const html = descendant(inline, 'body') ?? inline;
  if (html) return { body: xmlBodyToBlocks(html), meta: {} };
  const data = child(contentSet, 'inlineData');
  const content = data?.textContent ?? '';
  const isHtml = /html/i.test(attr(data, 'contenttype'));
  return { body: isHtml ? htmlToBlocks(content) : textBlocks(textParagraphs(content)), meta: {} };
}

function metaOf(item: Element, contentMeta: Element | undefined, priority: number | undefined): StoryMeta {
  const itemMeta = child(item, 'itemMeta');
  const provider = child(itemMeta, 'provider');
  const language = attr(child(contentMeta, 'language'), 'tag') || attr(item, 'lang');
  const keywords = distinct(childElements(contentMeta, 'keyword').map(textOf));
  return withoutEmpty({
    slugline: textOf(child(contentMeta, 'slugline')) || undefined,
    agency:
      textOf(child(contentMeta, 'creditline')) ||
      attr(provider, 'literal') ||
      textOf(child(provider, 'name')) ||
      qcodeValue(attr(provider, 'qcode')) ||
      undefined,
    date: toIsoDate(textOf(child(itemMeta, 'firstCreated'))) ?? toIsoDate(textOf(child(itemMeta, 'versionCreated'))),
    language: language || undefined,
    // Keywords when the agency gives them, else the names of the item's subjects.
    keywords: keywords ?? distinct(childElements(contentMeta, 'subject').map((s) => textOf(child(s, 'name')))),
    priority,
    urgency: positiveNumber(textOf(child(contentMeta, 'urgency'))),
    embargo: toIsoDate(textOf(child(itemMeta, 'embargoed'))),
    ednote: ednoteOf(itemMeta),
    ids: idsOf({ guid: attr(item, 'guid'), version: attr(item, 'version') }),
    pubStatus: qcodeValue(attr(child(itemMeta, 'pubStatus'), 'qcode')) || undefined,
  });
}

// Notes to editors, without the private ones and without structured notepads (dpa repeats their
// content as plain notes).
function ednoteOf(itemMeta: Element | undefined): string | undefined {
  const notes = childElements(itemMeta, 'edNote').filter(
    (note) => !/private|nonpublic/i.test(`${attr(note, 'role')} ${attr(note, 'pubconstraint')}`) && childElements(note).length === 0,
  );
  return distinct(notes.map(textOf))?.join('\n');
}

/** The code part of a qcode ("stat:usable" -> "usable"). */
function qcodeValue(qcode: string): string {
  return qcode.slice(qcode.indexOf(':') + 1);
}
