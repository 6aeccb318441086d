// STUB until the wire import issue lands: the contract only.
import type { Story } from '../story/story';

export const WIRE_FORMATS = ['text', 'nitf', 'newsml-g2', 'newsml-1', 'anpa-1312', 'iptc-7901', 'ninjs', 'email', 'html', 'markdown', 'docx'] as const;
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

/** A refusal with a one-line, human reason. */
export class WireError extends Error {
  override name = 'WireError';
}

export async function parseWire(_bytes: Uint8Array, _options: WireOptions = {}): Promise<WireResult> {
  throw new WireError('Wire import is not yet available.');
}
