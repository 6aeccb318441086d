// ninjs (1.x and 2.x) and AP Media API JSON: samples give their README facts, our fixtures the rest.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { parseWire } from '../../core/wire';
import { WireError } from '../../core/wire/error';
import { detectJsonFormat, parseNinjs } from '../../core/wire/ninjs';
import { sampleText } from './wire-b-samples';

const ninjs = (path: string) => {
  const text = sampleText(path);
  expect(detectJsonFormat(text)).toBe('ninjs');
  return parseNinjs(text);
};

describe('parseNinjs on samples', () => {
  it('the IPTC example: headline, byline, time, and the XHTML body in paragraphs', () => {
    const [item] = ninjs('ninjs/ninjsExSimpleText1.json');
    expect(item).toMatchObject({ headline: 'Captain of wrecked cruise ship on trial in Italy', byline: "Paulo Santalucia and Frances d'Emilio" });
    expect(item.meta.ids).toEqual({ uri: 'http://ninjs.example.com/newsitems/20130709simp123' });
    expect(Date.parse(item.meta.date ?? '')).toBe(Date.parse('2013-07-09T10:37:00Z'));
    const body = bodyTexts(item);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^GROSSETO, Italy \(AP\) -- The trial of the captain/);
  });

  it('an embargoed item: the embargo, the summary as dek, and its picture association is no story', () => {
    const items = ninjs('ninjs/ninjs_embargoed.json');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item.headline).toBe('Trouble is brewing for the future of beer');
    expect(Date.parse(item.meta.embargo ?? '')).toBe(Date.parse('2022-06-29T02:30:00+00:00'));
    expect(item.meta).toMatchObject({ slugline: 'Climate-smart food', priority: 5, language: 'en', ids: { guid: 'fd8e441b-a698-4411-9246-7d5de21cced9', version: '11' } });
    expect(item.dek).toMatch(/^Brewers are pursuing solutions/);
    expect(bodyTexts(item)[0]).toMatch(/^What does torched earth taste like\?/);
  });

  it('a BBC feed page: items inside "item", subject names as keywords, marks kept', () => {
    const [item] = ninjs('ninjs/bbc-ninjs-text-test.json');
    expect(item).toMatchObject({ headline: 'advisory', byline: 'John Doe', dek: 'LDRS WALES v.1' });
    expect(item.meta).toMatchObject({ urgency: 3, pubStatus: 'usable', keywords: ['Planning Permission'] });
    expect(item.body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'body', marks: [{ type: 'strong' }] }] }]);
  });

  it('an AP Media API item: headline, slug without the cycle, keywords from subjects', () => {
    const [item] = ninjs('ap-media-json/ap_media_text_item.json');
    expect(item.headline).toBe('BC-BBN--Top Ten');
    expect(item.meta).toMatchObject({ slugline: 'BBN--Top Ten', agency: 'AP', urgency: 4, language: 'en', ids: { guid: '5ee9b4b40ea5fe9c9ca60f890fb2e1d9' } });
    expect(item.meta.keywords).toEqual(expect.arrayContaining(['MLB baseball', 'Baseball']));
  });
});

describe('parseNinjs on our own fixtures', () => {
  const v2 = {
    uri: 'urn:test:ninjs:2',
    type: 'text',
    headlines: [
      { role: 'short', value: 'Dam opens' },
      { role: 'main', value: 'New dam opens after ten years of work' },
    ],
    descriptions: [{ role: 'summary', value: 'The dam will supply three towns.' }],
    by: 'Sam Example',
    language: 'en-GB',
    versioncreated: '2024-05-01T09:30:00+02:00',
    bodies: [
      { role: 'main', contenttype: 'text/plain', value: 'Plain version.' },
      { role: 'main', contenttype: 'text/html', value: '<p>The dam <em>finally</em> opened.</p><p>Water flows from June.</p>' },
    ],
    subject: [{ name: 'infrastructure', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000235' }],
  };

  it('reads ninjs 2.0 headlines, descriptions and bodies, preferring the HTML body', () => {
    const [item] = parseNinjs(JSON.stringify(v2));
    expect(item).toMatchObject({ headline: 'New dam opens after ten years of work', dek: 'The dam will supply three towns.', byline: 'Sam Example' });
    expect(item.meta).toMatchObject({ language: 'en-GB', keywords: ['infrastructure'], date: '2024-05-01T09:30:00+02:00' });
    expect(item.body[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'The dam ' }, { type: 'text', text: 'finally', marks: [{ type: 'em' }] }, { type: 'text', text: ' opened.' }],
    });
    expect(bodyTexts(item)).toEqual(['The dam finally opened.', 'Water flows from June.']);
  });

  it('reads ninjs 2.0 bylines given as objects with a "byline"', () => {
    const [item] = parseNinjs(JSON.stringify({ ...v2, by: undefined, bylines: [{ byline: 'By Jane Roe' }, { byline: 'Ann Example' }] }));
    expect(item.byline).toBe('By Jane Roe, Ann Example');
  });

  it('reads body_text as paragraphs when there is no HTML, and every item of an array', () => {
    const items = parseNinjs(
      JSON.stringify([
        { headline: 'First', body_text: 'One.\n\nTwo.' },
        { type: 'picture', headline: 'A photo' },
        { headline: 'Second', body_text: 'Three.' },
      ]),
    );
    expect(items.map((i) => i.headline)).toEqual(['First', 'Second']);
    expect(bodyTexts(items[0])).toEqual(['One.', 'Two.']);
  });

  it('takes `located` as the dateline place, unless it only repeats the byline', async () => {
    const story = async (item: object) => (await parseWire(new TextEncoder().encode(JSON.stringify(item)))).story;
    const body_html = '<p>The dam opened on Monday.</p>';
    expect((await story({ headline: 'Dam opens', located: 'Lisbon', body_html })).dateline).toBe('Lisbon');
    // The body's own dateline says more about the same place: it wins, and leaves the body.
    const fuller = await story({ headline: 'Dam opens', located: 'Lisbon', body_html: '<p>LISBON (SP) — The dam opened on Monday.</p>' });
    expect(fuller.dateline).toBe('LISBON (SP)');
    expect(bodyTexts(fuller)).toEqual(['The dam opened on Monday.']);
    const echo = await story({ headline: 'Dam opens', byline: 'By Marta Ferreira, Coastal University', located: 'Marta Ferreira, Coastal', body_html });
    expect(echo.dateline).toBe('');
    expect(echo.byline).toBe('By Marta Ferreira, Coastal University');
  });

  it('refuses malformed JSON and JSON that holds no news item, in one line', () => {
    expect(() => parseNinjs('{"headline": "cut off')).toThrow(WireError);
    expect(() => parseNinjs('{"headline": "cut off')).toThrow(/^JSON is malformed: /);
    expect(() => parseNinjs('{"name": "a dictionary", "entities": []}')).toThrow('The JSON holds no ninjs text item (no headline or body).');
  });

  it('detectJsonFormat says ninjs only for news items', () => {
    expect(detectJsonFormat(JSON.stringify(v2))).toBe('ninjs');
    for (const text of ['{"name": "World desk", "entities": []}', '[1, 2]', '{"headline": ', 'headline: text', '<nitf/>']) {
      expect(detectJsonFormat(text)).toBeNull();
    }
  });
});
