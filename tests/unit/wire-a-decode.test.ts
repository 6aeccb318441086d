// Wire bytes in every encoding desks receive come out as the same clean text.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeWireBytes } from '../../core/wire/decode';
import { parseWire } from '../../core/wire';
import { bodyTexts } from '../../core/story/story';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...(bom ? mark : []), ...le]);
}

describe('decodeWireBytes', () => {
  it('reads Windows-1252 curly quotes, dashes and the euro sign', () => {
    const { text, encoding } = decodeWireBytes(bytes('He said ', [0x93], 'it costs ', [0x80], '5 ', [0x96], ' a lot', [0x94], '.'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('He said “it costs €5 – a lot”.');
  });

  it('reads UTF-8 with a stray Windows-1252 byte as UTF-8, the stray byte as its character', () => {
    const { text, encoding } = decodeWireBytes(bytes('K', [0xc3, 0xb8], 'benhavn: Novo', [0x92], 's chef sk', [0xc3, 0xa6], 'rer.'));
    expect(encoding).toBe('utf-8');
    expect(text).toBe('København: Novo’s chef skærer.');
    // Latin-1 text with one accidental UTF-8-looking pair stays Latin-1.
    expect(decodeWireBytes(bytes('caf', [0xe9], ' cr', [0xe8], 'me, d', [0xe9], 'j', [0xe0], ' ', [0xc3, 0xa9])).encoding).toBe('windows-1252');
  });

  it('reads Russian that declares no charset in Windows-1251 or KOI8-R, as the letters tell', () => {
    const russian = 'Москва, 3 марта. Банк сохранил ставку.';
    const cp1251 = decodeWireBytes(new Uint8Array(iconv.encode(russian, 'windows-1251')));
    const koi8 = decodeWireBytes(new Uint8Array(iconv.encode(russian, 'koi8-r')));
    expect([cp1251.text, cp1251.encoding]).toEqual([russian, 'windows-1251']);
    expect([koi8.text, koi8.encoding]).toEqual([russian, 'koi8-r']);
  });

  it('reads Latin-1 accented letters', () => {
    expect(decodeWireBytes(bytes('Z', [0xfc], 'rich, S', [0xe3], 'o Paulo, ', [0xe9], 't', [0xe9])).text).toBe('Zürich, São Paulo, été');
  });

  it('treats a file that declares ISO-8859-1 but is valid UTF-8 as UTF-8', () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><p>£25m for the 41-årig</p>', 'utf8');
    expect(decodeWireBytes(new Uint8Array(xml)).text).toContain('£25m for the 41-årig');
  });

  it('honours a declared single-byte charset other than Latin-1 when the bytes are not UTF-8', () => {
    const xml = bytes('<?xml version="1.0" encoding="iso-8859-7"?><p>', [0xe1, 0xe8, 0xde, 0xed, 0xe1], '</p>');
    expect(decodeWireBytes(xml).text).toContain('αθήνα');
  });

  it('reads UTF-16 little- and big-endian with a BOM, and little-endian without one', () => {
    const text = 'Köln (dpa) - “Quote” €';
    expect(decodeWireBytes(utf16(text, 'le')).text).toBe(text);
    expect(decodeWireBytes(utf16(text, 'be')).text).toBe(text);
    expect(decodeWireBytes(utf16(text, 'le', false)).text).toBe(text);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeWireBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Héllo')])).text).toBe('Héllo');
  });
});

describe('parseWire on encoded text files', () => {
  it('imports Windows-1252 plain text without mojibake or replacement characters', async () => {
    const file = bytes('Prices rise', '\r\n\r\n', 'PARIS (AFP) ', [0x97], ' ', [0x93], 'We pay ', [0x80], '3 more', [0x94], ', a baker said.\r\n');
    const result = await parseWire(file);
    expect(result.story.headline).toBe('Prices rise');
    expect(result.story.dateline).toBe('PARIS (AFP)');
    expect(bodyTexts(result.story)).toEqual(['“We pay €3 more”, a baker said.']);
    expect(result.text).not.toMatch(/\uFFFD|Ã|â€/);
  });

  it('imports a UTF-16 file like any other', async () => {
    const result = await parseWire(utf16('Headline here\n\nBERLIN (dpa) - Body text.\n', 'le'));
    expect(result.story.headline).toBe('Headline here');
    expect(result.story.dateline).toBe('BERLIN (dpa)');
  });
});
