// Wire bytes -> text. Byte order marks win, then UTF-16 without a BOM, then "valid UTF-8 is UTF-8"
// (agencies often declare ISO-8859-1 and send UTF-8), then the declared charset, then Windows-1252,
// the superset of Latin-1 that wire desks actually send. iconv-lite, because Node's TextDecoder
// mangles windows-1252.
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252's characters for bytes 0x80-0x9F: curly quotes, dashes, the euro sign. A TextDecoder
// without full ICU (Node 20's) reads those bytes as C1 control codes, which no news text has.
const WINDOWS_1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, k) => 0x80 + k)), 'windows-1252');
const C1_CONTROL = /[\u0080-\u009f]/g;

/** Text a TextDecoder read as Windows-1252 or Latin-1, with its C1 controls turned back into Windows-1252's characters. */
export function repairWindows1252(text: string): string {
  return text.replace(C1_CONTROL, (c) => {
    const character = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80];
    return character === '\ufffd' ? c : character;
  });
}

export function decodeWireBytes(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout; but UTF-8 with a stray byte or two pasted in from elsewhere is still UTF-8.
  }
  const mixed = utf8WithStrayBytes(bytes);
  if (mixed) return { text: mixed, encoding: 'utf-8' };
  // Not UTF-8: trust a declaration only if it names a single-byte charset we know.
  const declared = declaredCharset(bytes);
  const encoding = declared && !isLatin1(declared) && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared) ? declared : undeclaredSingleByte(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/**
 * The single-byte charset of text that declares none. Latin text has a few accented letters among
 * ASCII ones: Windows-1252. Russian and other Cyrillic text is mostly bytes above 0x7F, and mostly
 * lower-case letters: in Windows-1251 those are 0xE0-0xFF, in KOI8-R 0xC0-0xDF.
 */
function undeclaredSingleByte(bytes: Uint8Array): string {
  let ascii = 0;
  let high = 0;
  let upperHalf = 0;
  let lowerHalf = 0;
  for (const byte of bytes.subarray(0, 65536)) {
    if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii++;
    else if (byte >= 0xc0) {
      high++;
      if (byte >= 0xe0) upperHalf++;
      else lowerHalf++;
    }
  }
  if (high < ascii) return 'windows-1252';
  return upperHalf >= lowerHalf ? 'windows-1251' : 'koi8-r';
}

function byteOrderMark(bytes: Uint8Array): { length: number; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, encoding: 'utf-16be' };
  return null;
}

/** Text in UTF-16 without a BOM has a zero in every other byte for the ASCII it holds. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4 || sample.length % 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.8 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.8 && oddZeros === 0) return 'utf-16be';
  return null;
}

// <?xml … encoding="…"?>, <meta charset="…">, <meta http-equiv … content="…; charset=…">, MIME charset=…
const CHARSET = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']|<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)|^content-type:[^\n]*\bcharset\s*=\s*"?([\w.:-]+)/im;

function declaredCharset(bytes: Uint8Array): string | null {
  const head = iconv.decode(Buffer.from(bytes.subarray(0, 4096)), 'latin1');
  const match = CHARSET.exec(head);
  const name = match?.[1] ?? match?.[2] ?? match?.[3];
  return name ? name.toLowerCase() : null;
}

function isLatin1(charset: string): boolean {
  return /^(?:iso[-_]?8859[-_]?1|latin-?1|l1|us-ascii|ascii|cp819)$/.test(charset);
}

/**
 * UTF-8 text with a few bytes that are no UTF-8 (a Windows-1252 apostrophe pasted into a UTF-8 file):
 * read as UTF-8, each stray byte as its Windows-1252 character. Null when the UTF-8 sequences do not
 * outnumber the stray bytes: such a file is in a single-byte charset, where valid UTF-8 sequences
 * ("Ã©") turn up only by chance.
 */
function utf8WithStrayBytes(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let sequences = 0;
  let stray = 0;
  let from = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length > 1) sequences++;
    if (length > 0) {
      i += length;
      continue;
    }
    stray++;
    parts.push(Buffer.from(bytes.subarray(from, i)).toString('utf8'), iconv.decode(Buffer.from([bytes[i]]), 'windows-1252'));
    from = ++i;
  }
  if (sequences < 2 || stray > sequences) return null;
  parts.push(Buffer.from(bytes.subarray(from)).toString('utf8'));
  return parts.join('');
}

/** The length of the well-formed UTF-8 sequence at byte i (1 for ASCII), or 0 if there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong forms, surrogates and code points past U+10FFFF are not well-formed.
  if (lead === 0xe0 && bytes[i + 1] < 0xa0) return 0;
  if (lead === 0xed && bytes[i + 1] >= 0xa0) return 0;
  if (lead === 0xf0 && bytes[i + 1] < 0x90) return 0;
  if (lead === 0xf4 && bytes[i + 1] >= 0x90) return 0;
  return length;
}
