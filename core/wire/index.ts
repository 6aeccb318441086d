// Wire import: bytes in, stories out. Size check, decoding, format detection from the content,
// one parser per format, then the shared clean-up (clean.ts) for every item.
import { bodyTexts, type Story } from '../story/story';
import { parseAgencyXml } from './agency-xml';
import { parseAnpa } from './anpa';
import { finishStory } from './clean';
import { decodeWireBytes } from './decode';
import { detectFormat } from './detect';
import { parseDocx } from './docx';
import { parseEmail } from './email';
import { WireError } from './error';
import { parseHtml } from './html';
import { parseIptc7901 } from './iptc7901';
import { parseMarkdown } from './markdown';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNewsml1 } from './newsml1';
import { parseNinjs } from './ninjs';
import { parseNitf } from './nitf';
import type { RawWireItem } from './raw';
import { parsePlainText } from './text';

export { WireError } from './error';
export { htmlToBlocks } from './html';

// 'agency-xml': agency XML that is none of the named formats (WENN's Atom feed, Ritzau), a
// documented addition to the formats DESIGN names.
export const WIRE_FORMATS = [
  'text', 'nitf', 'newsml-g2', 'newsml-1', 'anpa-1312', 'iptc-7901', 'ninjs', 'email', 'html', 'markdown', 'docx', 'agency-xml',
] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

/** Files larger than this are refused before any parsing. */
export const MAX_WIRE_BYTES = 20 * 1024 * 1024;

export interface WireOptions {
  fileName?: string;
  /** 'auto' (default) tells the format from the content, never from the file name. */
  format?: WireFormat | 'auto';
  /** Treat the whole input as body: no headline taken from it. */
  bodyOnly?: boolean;
  /** Extra boilerplate patterns (plain lines or /regex/) added to the built-in list. */
  boilerplate?: string[];
}

export interface WireResult {
  format: WireFormat;
  story: Story;
  /** The decoded original text (for quote comparison and the "original" view). */
  text: string;
  /** Some files carry several items (WENN Atom feeds, NINJS arrays): the first is `story`, all are here. */
  stories: Story[];
}

type Parser = (input: { text: string; bytes: Uint8Array; options: WireOptions }) => RawWireItem[] | Promise<RawWireItem[]>;

const PARSERS: Record<WireFormat, Parser> = {
  text: ({ text, options }) => [parsePlainText(text, options)],
  nitf: ({ text }) => parseNitf(text),
  'newsml-g2': ({ text }) => parseNewsmlG2(text),
  'newsml-1': ({ text }) => parseNewsml1(text),
  'anpa-1312': ({ text }) => [parseAnpa(text)],
  'iptc-7901': ({ text }) => [parseIptc7901(text)],
  ninjs: ({ text }) => parseNinjs(text),
  email: async ({ bytes }) => [await parseEmail(bytes)],
  html: ({ text }) => [parseHtml(text)],
  markdown: ({ text }) => [parseMarkdown(text)],
  docx: async ({ bytes }) => [await parseDocx(bytes)],
  'agency-xml': ({ text }) => parseAgencyXml(text),
};

const TEXT_FROM_STORY = new Set<WireFormat>(['docx', 'email']);

export async function parseWire(bytes: Uint8Array, options: WireOptions = {}): Promise<WireResult> {
  if (bytes.length > MAX_WIRE_BYTES) {
    throw new WireError(`file is ${megabytes(bytes.length)} MB, over the ${megabytes(MAX_WIRE_BYTES)} MB limit`);
  }
  if (!bytes.length) throw new WireError('empty file');
  const format = options.format && options.format !== 'auto' ? options.format : null;
  // A Word document is a ZIP archive: it has no text to decode.
  const text = format === 'docx' ? '' : withoutTelexFraming(decodeWireBytes(bytes).text.replace(/^\uFEFF/, ''));
  const detected = format ?? detectFormat(bytes, text);
  const stories = (await parseItems(detected, { text, bytes, options })).map((item) => finishStory(item, options));
  const readable = stories.filter((story) => story.headline || story.body.length);
  if (!readable.length) throw new WireError(`no story text found in this ${detected} file`);
  // Word files have no text of their own and e-mail text is transfer-encoded: their original is the text they gave.
  const original = TEXT_FROM_STORY.has(detected)
    ? readable.map((story) => [story.headline, ...bodyTexts(story)].join('\n\n')).join('\n\n')
    : text;
  return { format: detected, story: readable[0], text: original, stories: readable };
}

/** The text inside a telex envelope: a "ZCZC" line before the message, "NNNN" after it. */
function withoutTelexFraming(text: string): string {
  return /^\s*ZCZC[^\n]*\n/.test(text) ? text.replace(/^\s*ZCZC[^\n]*\n/, '').replace(/\n\s*NNNN\s*$/, '\n') : text;
}

/** Runs the format's parser; anything it trips over becomes a one-line refusal, never a stack trace. */
async function parseItems(format: WireFormat, input: Parameters<Parser>[0]): Promise<RawWireItem[]> {
  try {
    return await PARSERS[format](input);
  } catch (error) {
    if (error instanceof WireError) throw error;
    // A stack overflow means markup nested thousands deep: no agency sends that.
    const reason =
      error instanceof RangeError && /call stack/i.test(error.message)
        ? 'it is nested too deeply to be a news story'
        : error instanceof Error
          ? error.message.split('\n')[0]
          : String(error);
    throw new WireError(`${format} file cannot be read: ${reason}`);
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
