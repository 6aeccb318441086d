// NITF samples from real agencies give the facts their README lists.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { parseWire } from '../../core/wire';
import { parseNitf } from '../../core/wire/nitf';
import { detectXmlFormat } from '../../core/wire/xml';
import { sampleText } from './wire-b-samples';

const nitf = (name: string) => {
  const text = sampleText(`nitf/${name}`);
  expect(detectXmlFormat(text)).toBe('nitf');
  const items = parseNitf(text);
  expect(items).toHaveLength(1);
  return items[0];
};
const sameInstant = (iso: string | undefined, expected: string) => expect(Date.parse(iso ?? '')).toBe(Date.parse(expected));

describe('parseNitf on agency samples', () => {
  it('AAP: head fields, subjects as keywords, and <br/> kept as line breaks', () => {
    const item = nitf('aap.xml');
    expect(item).toMatchObject({ headline: "The main stories on today's 1900 ABC TV news", byline: 'By John Doe', dateline: 'Sydney' });
    expect(item.meta).toMatchObject({ slugline: 'Monitor 1900 ABC News', urgency: 5, ids: { guid: 'AAP.115314987.5417374' } });
    expect(item.meta.keywords).toEqual(expect.arrayContaining(['Justice', 'Police', 'law enforcement', 'investigation']));
    sameInstant(item.meta.date, '2013-10-20T08:27:51Z');
    const [first, second] = bodyTexts(item);
    expect(first.trim()).toBe("The main stories on ABC television's 1900 news:");
    expect(second).toMatch(/over the next few days the\s*\nfire situation is likely/);
  });

  it('AP: the byline without its title, the editor\'s message, the body from the <block>', () => {
    const item = nitf('ap-nitf.xml');
    expect(item).toMatchObject({
      headline: 'Can trading pollution like stocks help fight climate change?',
      byline: 'By BERNARD CONDON',
      dateline: 'NEW YORK',
      meta: { ednote: 'For global distribution' },
    });
    expect(item.dek).toBeUndefined(); // hl2 repeats the headline
    expect(bodyTexts(item)[0]).toMatch(/^NEW YORK \(AP\) — The gas produced by hog manure/);
  });

  it('PA: status, id and keyword list', () => {
    const item = nitf('pa1.xml');
    expect(item.headline).toBe('PA SPORT TRIVIA (OCTOBER 14)');
    expect(item.meta).toMatchObject({ pubStatus: 'usable', ids: { guid: 'af1f7ad5-5619-49de-84cc-2e608538c77fSSS-3-1' } });
    expect(item.meta.keywords).toContain('Trivia (Oct 14)');
    expect(bodyTexts(item)[1]).toMatch(/^1878: Two local teams/);
  });

  it('PA declaring ISO-8859-1 but sent as UTF-8 keeps the pound sign (read as UTF-8)', () => {
    const item = nitf('pa4.xml');
    expect(item.byline).toBe('By Ian Jones, Press Association');
    const body = bodyTexts(item).join('\n');
    expect(body).toContain('£25');
    expect(body).not.toContain('Â£');
  });

  it('Canadian Press: invalid dates ignored, a person in the byline, the city as dateline, hl2 as dek', () => {
    const item = nitf('handle_invalid_fields.xml');
    expect(item).toMatchObject({
      headline: 'Man accused of ramming gate at Rideau Hall with truck faces multiple charges',
      dek: 'Rideau Hall suspect faces multiple charges',
      byline: 'Mia Rabson and Jordan Press',
      dateline: 'Ottawa',
    });
    sameInstant(item.meta.date, '2020-07-03T20:51:36Z');
    expect(item.meta.embargo).toBeUndefined();
    expect(bodyTexts(item)[0]).toMatch(/^OTTAWA - A Manitoba man/);
  });

  it('NTB/Ritzau in Danish: letters intact, the subject name as keyword', () => {
    const item = nitf('mapping_test.xml');
    expect(item.headline).toContain('41-årig mand');
    expect(item.meta).toMatchObject({ agency: 'Ritzau', urgency: 3 });
    expect(item.meta.keywords).toContain('Kriminalitet og rettsvesen');
    expect(bodyTexts(item)[0]).toMatch(/^København \/ritzau\/: En 41-årig/);
  });
});

describe('a long NITF file', () => {
  // 2 MB of our own paragraphs. The clean-up walks each paragraph a fixed number of times; the vitest
  // timeout is the bound (generous: the machine is shared), the content is what is checked.
  it('imports every paragraph of 2 MB, with marks, spacing and head fields intact', { timeout: 20_000 }, async () => {
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}:\tthe harbour board  approved <em>night ferries</em>, after a debate that ran late into the evening and residents had signed petitions.</p>`;
    const count = 13_000;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Harbour</title></head><body><body.head><hedline><hl1>Night ferries approved</hl1></hedline>
      <byline>By Agnes Whitlow</byline><dateline><location><city>Lisbon</city></location></dateline></body.head>
      <body.content>${Array.from({ length: count }, (_, i) => paragraph(i)).join('\n')}</body.content></body></nitf>`;
    expect(xml.length).toBeGreaterThan(2_000_000);
    const { story } = await parseWire(new TextEncoder().encode(xml));
    expect(story).toMatchObject({ headline: 'Night ferries approved', byline: 'By Agnes Whitlow', dateline: 'Lisbon' });
    const texts = bodyTexts(story);
    expect(texts).toHaveLength(count);
    expect(texts[count - 1]).toBe(
      `Paragraph ${count - 1}: the harbour board approved night ferries, after a debate that ran late into the evening and residents had signed petitions.`,
    );
    expect(story.body[7]).toMatchObject({ content: [{ text: 'Paragraph 7: the harbour board approved ' }, { text: 'night ferries', marks: [{ type: 'em' }] }, { text: ', after a debate that ran late into the evening and residents had signed petitions.' }] });
  });
});

describe('NITF shapes beyond the samples', () => {
  const nitfWith = (head: string, content: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><nitf><body><body.head>${head}</body.head>${content}</body></nitf>`;

  it('reads every body.content, in order', () => {
    const [item] = parseNitf(nitfWith('<hedline><hl1>Two parts</hl1></hedline>', '<body.content><p>One.</p></body.content><body.content><p>Two.</p></body.content>'));
    expect(bodyTexts(item)).toEqual(['One.', 'Two.']);
  });

  it('reads HTML wrapped in CDATA as paragraphs, not as tags', () => {
    const [item] = parseNitf(nitfWith('<hedline><hl1>CDATA</hl1></hedline>', '<body.content><![CDATA[<p>First <b>bold</b>.</p><p>Second.</p><script>x()</script>]]></body.content>'));
    expect(bodyTexts(item)).toEqual(['First bold.', 'Second.']);
  });

  it('joins pretty-printed lines of a paragraph, and two spaces after a full stop are no table', () => {
    const [item] = parseNitf(
      nitfWith('<hedline><hl1>Layout</hl1></hedline>', '<body.content>\n  <p>The council met on Monday.  It approved\n     the harbour plan after a long\n     debate.</p>\n</body.content>'),
    );
    expect(bodyTexts(item)).toEqual(['The council met on Monday. It approved the harbour plan after a long debate.']);
  });

  it('reads a line break in the headline as a space, and joins several bylines', () => {
    const [item] = parseNitf(
      nitfWith(
        '<hedline><hl1>Council <em>approves</em><br/>harbour plan</hl1></hedline><byline>By Jane Roe, <byttl>Staff Writer</byttl></byline><byline>By José Núñez</byline>',
        '<body.content><p>Text.</p></body.content>',
      ),
    );
    expect(item.headline).toBe('Council approves harbour plan');
    expect(item.byline).toBe('By Jane Roe and José Núñez');
  });
});
