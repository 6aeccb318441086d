// IPTC ninjs (1.x and 2.x, one item, an array of items or a wrapper with "item"/"items") and
// AP Media API items ({ data: { item } }, ninjs-like with AP's own additions).
import type { BlockJSON, StoryMeta } from '../story/story';
import { textBlocks } from './blocks';
import { WireError } from './error';
import { htmlToBlocks } from './html';
import { toIsoDate } from './iso-date';
import { distinct, idsOf, positiveNumber, withoutApCycle, withoutEmpty } from './item-meta';
import type { RawWireItem } from './raw';
import { textParagraphs } from './text';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** schema.org allows one value or a list of them. */
const oneOrMany = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

// Fields only news items carry: what tells ninjs from any other JSON.
const ITEM_FIELDS = ['headline', 'headlines', 'body_html', 'body_text', 'body_xhtml', 'bodies', 'versioncreated'];
// Media items have no story text; a package's pictures are not stories.
const MEDIA_TYPES = new Set(['picture', 'graphic', 'video', 'audio', 'component']);

export function detectJsonFormat(text: string): 'ninjs' | null {
  if (!/^\s*[[{]/.test(text)) return null;
  try {
    return itemsOf(JSON.parse(text)).length ? 'ninjs' : null;
  } catch {
    return null;
  }
}

export function parseNinjs(text: string): RawWireItem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new WireError(`JSON is malformed: ${(error as Error).message.split('\n')[0]}`);
  }
  const items = itemsOf(json).filter((item) => !MEDIA_TYPES.has(str(item.type)));
  if (!items.length) throw new WireError('The JSON holds no ninjs text item (no headline or body).');
  return items.map(ninjsItem);
}

function itemsOf(json: unknown): Json[] {
  return unwrap(json)
    .filter(isObject)
    .map((item) => (isSchemaOrgArticle(item) ? fromSchemaOrg(item) : item))
    .filter((item) => ITEM_FIELDS.some((field) => field in item));
}

/** A schema.org NewsArticle, as web pages and CMS exports write them ("@type": "NewsArticle"). */
function isSchemaOrgArticle(item: Json): boolean {
  return oneOrMany(item['@type']).some((type) => /Article$/.test(str(type)));
}

/** A schema.org article's fields under their ninjs names: articleBody is the body text. */
function fromSchemaOrg(item: Json): Json {
  const authors = oneOrMany(item.author).map((a) => (isObject(a) ? str(a.name) : str(a))).filter(Boolean);
  const fields: Json = { headline: str(item.headline) || str(item.name), versioncreated: str(item.datePublished) || undefined };
  if (str(item.articleBody)) fields.body_text = str(item.articleBody);
  if (str(item.description)) fields.description_text = str(item.description);
  if (authors.length) fields.byline = authors.join(', ');
  return fields;
}

// The wrappers items come in: an array, AP's { data: { item } }, a feed page's { item(s): … }.
function unwrap(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return [];
  if (isObject(json.data) && isObject(json.data.item)) return [json.data.item];
  const wrapped = json.items ?? json.item;
  if (Array.isArray(wrapped)) return wrapped;
  return [isObject(wrapped) ? wrapped : json];
}

function ninjsItem(item: Json): RawWireItem {
  const byline = str(item.byline) || str(item.by) || list(item.bylines).map((b) => str(isObject(b) ? (b.by ?? b.byline) : b)).filter(Boolean).join(', ');
  const raw: RawWireItem = {
    headline: str(item.headline) || valueWithRole(item.headlines, 'main'),
    // AP's media API writes the summary under its own name.
    dek: str(item.description_text) || valueWithRole(item.descriptions, 'summary') || str(item.summary) || undefined,
    byline,
    dateline: placeOf(str(item.located), byline) || undefined,
    body: bodyOf(item),
    meta: metaOf(item),
  };
  if (!raw.headline && !raw.body.length) throw new WireError('The ninjs item has neither a headline nor a body.');
  // An item that points at its text instead of carrying it (AP's media API): say so, so that the empty
  // body is not taken for the whole story.
  const renditions = raw.body.length ? [] : textRenditions(item);
  if (renditions.length) {
    const note = `The story text is not in this file: it is a separate download (${renditions.join(', ')}).`;
    raw.meta.ednote = raw.meta.ednote ? `${raw.meta.ednote}\n${note}` : note;
  }
  return raw;
}

/** The names of an item's renditions that hold its text ("nitf", "anpa"). */
function textRenditions(item: Json): string[] {
  if (!isObject(item.renditions)) return [];
  return Object.entries(item.renditions)
    .filter(([, rendition]) => isObject(rendition) && str(rendition.type) === 'text')
    .map(([name]) => name);
}

/**
 * `located` names the place the story comes from: the dateline's place, without an agency (a dateline
 * the body opens with says more and wins in the clean-up). A value that repeats the byline's name
 * ("Aaron J. Staples, Michigan" beside the byline "Aaron J. Staples, Michigan State University") is a
 * mis-filled field, not a place.
 */
function placeOf(located: string, byline: string): string {
  const name = (text: string) => text.replace(/^by\s+/i, '').split(',')[0].trim().toLowerCase();
  return located && byline && name(located) === name(byline) ? '' : located;
}

// ninjs 2.x lists headlines, descriptions and bodies as { role, contenttype, value }.
function valueWithRole(entries: unknown, role: string): string {
  const objects = list(entries).filter(isObject);
  return str((objects.find((e) => str(e.role) === role) ?? objects[0])?.value);
}

function bodyOf(item: Json): BlockJSON[] {
  const html = str(item.body_html) || str(item.body_xhtml);
  if (html) return htmlToBlocks(html);
  const bodies = list(item.bodies).filter(isObject);
  const richBody = bodies.find((b) => /html/i.test(str(b.contenttype)));
  if (richBody) return htmlToBlocks(str(richBody.value));
  return textBlocks(textParagraphs(str(item.body_text) || str(bodies[0]?.value)));
}

function metaOf(item: Json): StoryMeta {
  const names = (field: unknown) => list(field).map((entry) => (isObject(entry) ? str(entry.name) : str(entry)));
  const altids = isObject(item.altids) ? item.altids : {};
  return withoutEmpty({
    slugline: sluglineOf(item) || undefined,
    agency: str(item.provider) || str(item.source) || str(item.copyrightholder) || undefined,
    date: toIsoDate(str(item.firstcreated)) ?? toIsoDate(str(item.versioncreated)),
    language: str(item.language) || undefined,
    keywords: distinct([...names(item.keywords), ...names(item.subject)]),
    priority: positiveNumber(item.priority),
    urgency: positiveNumber(item.urgency),
    embargo: toIsoDate(str(item.embargoed)),
    ednote: str(item.ednote) || undefined,
    ids: idsOf({ guid: str(item.guid) || str(altids.itemid), uri: str(item.uri), version: str(item.version) }),
    pubStatus: str(item.pubstatus) || undefined,
  });
}

function sluglineOf(item: Json): string {
  const slugline = str(item.slugline);
  return str(item.provider) === 'AP' ? withoutApCycle(slugline) : slugline;
}
