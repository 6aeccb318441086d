// NITF 3.x: the head's docdata and the body.head's hedline, byline and dateline, body.content as blocks.
// nitfItem() also reads the NITF that NewsML-G2 and NewsML 1.2 carry inside them.
import type { Element } from '@xmldom/xmldom';
import type { StoryMeta } from '../story/story';
import { WireError } from './error';
import { toIsoDate } from './iso-date';
import { distinct, idsOf, positiveNumber, withoutEmpty } from './item-meta';
import type { RawWireItem } from './raw';
import { attr, child, childElements, descendant, descendants, nameOf, parseXml, textOf } from './xml';
import { xmlBodyToBlocks } from './xml-body';

export function parseNitf(text: string): RawWireItem[] {
  const root = parseXml(text).documentElement;
  if (!root || nameOf(root) !== 'nitf') throw new WireError(`Not an NITF document: the root element is <${root?.nodeName ?? 'none'}>.`);
  return [nitfItem(root)];
}

export function nitfItem(nitf: Element): RawWireItem {
  const head = child(nitf, 'head');
  const bodyHead = child(nitf, 'body', 'body.head');
  const hedline = child(bodyHead, 'hedline');
  const headline = textOf(child(hedline, 'hl1')) || textOf(child(head, 'title'));
  const hl2 = textOf(child(hedline, 'hl2'));
  // The DTD allows several body.content elements, one after another.
  const contents = childElements(child(nitf, 'body'), 'body.content');
  return {
    headline,
    dek: hl2 && hl2 !== headline ? hl2 : undefined,
    byline: bylinesOf(childElements(bodyHead, 'byline')),
    dateline: datelineOf(child(bodyHead, 'dateline')),
    body: contents.flatMap(xmlBodyToBlocks),
    meta: metaOf(nitf, head, contents),
  };
}

/** Several bylines make one: "By Jane Roe and José Núñez". */
function bylinesOf(bylines: Element[]): string | undefined {
  const names = bylines.map(bylineOf).filter((name): name is string => !!name);
  return names.length ? names.map((name, k) => (k === 0 ? name : name.replace(/^by\s+/i, ''))).join(' and ') : undefined;
}

// A byline's title (<byttl>AP Business Writer</byttl>) is not part of the name, nor the comma before it.
function bylineOf(byline: Element): string | undefined {
  const parts: string[] = [];
  for (let node = byline.firstChild; node; node = node.nextSibling) {
    if (nameOf(node) !== 'byttl') parts.push(node.textContent ?? '');
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim().replace(/\s*,$/, '');
  return PLACEHOLDER_BYLINE.test(text) ? undefined : text || undefined;
}

// "By Staff Reporter" names nobody: the real byline, if any, opens the body.
const PLACEHOLDER_BYLINE = /^(by\s*)?(staff|staff reporter|staff writer|reporter|correspondent)$/i;

// <dateline><location><city>Sydney</city>…</location><story.date/></dateline>: the city is the dateline.
function datelineOf(dateline: Element | undefined): string | undefined {
  if (!dateline) return undefined;
  const city = textOf(descendant(dateline, 'city'));
  if (city) return city;
  const parts = Array.from(dateline.childNodes).filter((node) => nameOf(node) !== 'story.date');
  return parts.map((node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

function metaOf(nitf: Element, head: Element | undefined, contents: Element[]): StoryMeta {
  // Notes in the body ("Eds: … Not for publication.") are for editors: the body leaves them out.
  const notes = contents.flatMap((content) => descendants(content, 'note')).map(textOf).filter(Boolean);
  const docdata = child(head, 'docdata');
  const metaNamed = (name: string) => attr(childElements(head, 'meta').find((m) => attr(m, 'name') === name), 'content');
  const docId = child(docdata, 'doc-id');
  const issued = toIsoDate(attr(child(docdata, 'date.issue'), 'norm'));
  const released = toIsoDate(attr(child(docdata, 'date.release'), 'norm'));
  const meta: StoryMeta = {
    slugline: metaNamed('anpa-keyword') || attr(child(docdata, 'du-key'), 'key') || undefined,
    agency:
      attr(child(docdata, 'doc.copyright'), 'holder') || textOf(descendant(nitf, 'distributor')) || attr(docId, 'regsrc') || undefined,
    date: issued,
    language: attr(nitf, 'baselang') || attr(nitf, 'lang') || undefined,
    keywords: keywordsOf(head),
    urgency: positiveNumber(attr(child(docdata, 'urgency') ?? child(head, 'urgency'), 'ed-urg')),
    // A release time later than the issue time is an embargo.
    embargo: released && issued && Date.parse(released) > Date.parse(issued) ? released : undefined,
    ednote: [attr(child(docdata, 'ed-msg'), 'info'), ...notes].filter(Boolean).join('\n') || undefined,
    takeKey: metaNamed('anpa-takekey') || undefined,
    ids: idsOf({ guid: attr(docId, 'id-string') }),
    pubStatus: attr(docdata, 'management-status') || undefined,
  };
  return withoutEmpty(meta);
}

// The key-list's keywords, then the names of the IPTC subjects (type, matter, detail).
function keywordsOf(head: Element | undefined): string[] | undefined {
  const keywords = descendants(head, 'keyword').map((k) => attr(k, 'key') || textOf(k));
  for (const subject of descendants(head, 'tobject.subject')) {
    for (const part of ['type', 'matter', 'detail']) keywords.push(attr(subject, `tobject.subject.${part}`));
  }
  return distinct(keywords);
}

