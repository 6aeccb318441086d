// NewsML-G2 and NewsML 1.2 samples from real agencies give the facts their README lists;
// small fixtures of our own cover XHTML bodies and packages.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { WireError } from '../../core/wire/error';
import { parseNewsml1 } from '../../core/wire/newsml1';
import { parseNewsmlG2 } from '../../core/wire/newsml-g2';
import { detectXmlFormat } from '../../core/wire/xml';
import { sampleText } from './wire-b-samples';

const g2 = (name: string) => {
  const text = sampleText(`newsml-g2/${name}`);
  expect(detectXmlFormat(text)).toBe('newsml-g2');
  return parseNewsmlG2(text);
};
const newsml1 = (name: string) => {
  const text = sampleText(`newsml-1.2/${name}`);
  expect(detectXmlFormat(text)).toBe('newsml-1');
  return parseNewsml1(text);
};
const sameInstant = (iso: string | undefined, expected: string) => expect(Date.parse(iso ?? '')).toBe(Date.parse(expected));

describe('parseNewsmlG2 on agency samples', () => {
  it('AP: every news item of the message, with the NITF body inside', () => {
    const items = g2('ap.xml');
    expect(items.map((i) => i.headline)).toEqual([
      'Nutrisystem beats 4Q earnings and revenue expectations',
      'DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations',
      'Scripps Networks tops 4Q profit and revenue expectations',
    ]);
    const [first] = items;
    expect(first.meta).toMatchObject({
      slugline: 'BC-US--Earns-Nutrisystem, 1st Ld-Writethru',
      ids: { guid: 'tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text', version: '2' },
      ednote: 'Eds: Adds full-year results.',
    });
    sameInstant(first.meta.date, '2018-02-26T21:20:36Z');
    expect(bodyTexts(first)[0]).toBe('FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. (NTRI) on Monday reported fourth-quarter net income of $10.9 million.');
  });

  it('Reuters: ids, priority, urgency, ednote, language, status and the XHTML body', () => {
    const [item] = g2('text.xml');
    expect(item.headline).toBe('Soccer-Smiling Benitez pleads for support after midweek outburst against opponent');
    expect(item.meta).toMatchObject({
      slugline: 'SOCCER-ENGLAND/CHELSEA-BENITEZ',
      ids: { guid: 'tag:reuters.com,0000:newsml_L4N0BT5PJ', version: '263518268' },
      priority: 3,
      urgency: 3,
      ednote: 'Editorial Note',
      language: 'en',
      pubStatus: 'usable',
      agency: 'Reuters',
    });
    sameInstant(item.meta.date, '2013-03-01T15:09:04Z');
    expect(bodyTexts(item)).toEqual(['By Toby Davis']);
  });

  it('dpa: German text, keywords, and no page header repeated in the body', () => {
    const [item] = g2('dpa.xml');
    expect(item.headline).toBe('Eintracht in London: Hintereggers Tränen und Attacke auf Reporter');
    expect(item.meta).toMatchObject({ language: 'de', urgency: 4, ids: { guid: 'urn:newsml:dpa.com:20090101:221011-930-4303', version: '1' } });
    expect(item.meta.keywords).toEqual(['Champions League', 'Frankfurt', 'London']);
    const body = bodyTexts(item);
    expect(body).toHaveLength(3);
    expect(body[0]).toMatch(/^London \(dpa\) -\s*2019 gab es bittere Tränen/);
    expect(body.join('\n')).toContain('«mehrfach Faustschläge an den Hinterkopf, in den Nacken, in den Rücken»');
  });

  it('Reuters preformatted copy: notes and bullets become paragraphs, wrapped prose joins up', () => {
    const [item] = g2('tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232');
    expect(item.headline).toBe('PRECIOUS-Gold rises as Trump policy fuels safe haven demand');
    expect(item.meta.ids).toEqual({ guid: 'tag:reuters.com,0000:newsml_L4N1FL0N0', version: '1132689232' });
    sameInstant(item.meta.date, '2017-01-31T03:47:29Z');
    const body = bodyTexts(item);
    expect(body[0]).toBe('(Adds comments, detail)');
    expect(body[1]).toBe('* Spot gold may edge up to $1,205 per ounce- technicals');
    expect(body).toContain(
      "Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand as U.S. President Donald Trump's tough stance on immigration rattled global markets, with prices finding further support from a weaker dollar.",
    );
  });

  it('Reuters sports results: the table keeps its line breaks inside one paragraph', () => {
    const [item] = g2('tag_reuters.com,0000_newsml_ISS149709_1618095828');
    const [table] = bodyTexts(item);
    const lines = table.split('\n').map((line) => line.trim());
    expect(lines[0]).toBe('Jan 30 (Gracenote) - Results and standings from the Turkish championship matches on Monday');
    expect(lines[1]).toBe('Monday, January 30');
    expect(lines[2]).toMatch(/^Adanaspor +2 Kasimpasa +0$/);
    expect(lines.length).toBeGreaterThan(20);
  });

  it('Reuters with <by>: the byline from the metadata, a time stamp is no dateline', () => {
    expect(g2('reuters_with_byline.xml')[0].byline).toBe('Dave McNary');
    expect(g2('reuters_byline_startswith_by.xml')[0].byline).toBe('By Daniel Holloway');
    const [assad] = g2('tag_reuters.com_2014_newsml_KBN0FL0NN_version_5');
    expect(assad).toMatchObject({ headline: 'Confident Assad launches new term in stronger position', byline: 'By Marwan Makdisi' });
    expect(assad.dateline).toBeFalsy();
    expect(bodyTexts(assad)[1]).toMatch(/^DAMASCUS \(Reuters\) - Bashar al-Assad was sworn in/);
  });

  it('Reuters with ns0: prefixes: a story and its cancellation notice', () => {
    const [usable] = g2('tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838');
    const [canceled] = g2('tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538');
    for (const item of [usable, canceled]) {
      expect(item.headline).toBe('CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream');
    }
    expect(usable.meta.pubStatus).toBe('usable');
    expect(bodyTexts(usable)[0]).toBe(
      '(In Jan. 3 story, corrects last paragraph to reflect that figure on Exxon Mobil terminal refers to capacity, not barrels per day)',
    );
    expect(canceled.meta.pubStatus).toBe('canceled');
    expect(canceled.body).toEqual([]);
  });

  it('IPTC guideline item: embargo, ednote and guid', () => {
    const [item] = g2('LISTING 1 A NewsML-G2 News Item.xml');
    expect(item.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(item.meta).toMatchObject({ ids: { guid: 'urn:newsml:acmenews.com:20161018:US-FINANCE-FED' }, slugline: 'US-Finance-Fed' });
    sameInstant(item.meta.embargo, '2016-10-23T12:00:00Z');
    expect(item.meta.ednote).toContain('STRICTLY EMBARGOED');
  });

  it('Scoop (BOM, capitalised <Header>): headline and body from the NITF inside, no placeholder byline', () => {
    const [item] = g2('scoop.xml');
    expect(item.headline).toBe('Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale');
    expect(item.meta.ids).toEqual({ guid: 'BD-20160112123540', version: '3' });
    expect(item.byline).toBeUndefined();
    const body = bodyTexts(item);
    expect(body[0]).toBe('By Jonathan Underhill');
    expect(body[1]).toMatch(/^Jan\. 12 \(BusinessDesk\) - The receivers of Dick Smith Holdings/);
  });

  it('STT: the public editor\'s note only, the byline, Finnish text', () => {
    const [item] = g2('stt_newsml_note_test.xml');
    expect(item.meta.ednote).toBe(
      'Korjattu aiempaa uutista: Ylen juttu perustuu Puolustusvoimissa merkittävässä asemassa olevaan lähteeseen, ei puolustusministeriössä kuten aiemmin kerroimme.',
    );
    expect(item.byline).toBe('ANTTI AUTIO, HETA HASSINEN');
    expect(item.meta.language).toBe('fi-FI');
  });

  it('refuses the schema-invalid item that has neither headline nor body', () => {
    expect(() => g2('001_incomplete_file.xml')).toThrow(new WireError('The NewsML-G2 item "invalid-document" has neither a headline nor a body.'));
  });
});

describe('parseNewsmlG2 on our own fixtures', () => {
  const message = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><priority>2</priority></header><itemSet>${items}</itemSet></newsMessage>`;

  it('reads an XHTML body: subheads, lists, marks and safe links only', () => {
    const [item] = parseNewsmlG2(
      message(`<newsItem guid="urn:test:1" version="4" xml:lang="en-GB">
        <itemMeta><itemClass qcode="ninat:text"/><embargoed>2030-01-02T08:00:00+01:00</embargoed><pubStatus qcode="stat:withheld"/></itemMeta>
        <contentMeta><urgency>2</urgency><headline>Council approves new tram line</headline><slugline>TRAM-COUNCIL</slugline>
          <dateline>LEEDS</dateline><by>Jo Example</by><keyword>transport</keyword><keyword>council</keyword></contentMeta>
        <contentSet><inlineXML contenttype="application/xhtml+xml"><h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body>
          <h:p>The line will run <h:strong>12 km</h:strong>.</h:p>
          <h:h2>What comes next</h:h2>
          <h:ul><h:li>Consultation</h:li><h:li>Building work</h:li></h:ul>
          <h:p>See <h:a href="https://example.org/plan">the plan</h:a> and <h:a href="javascript:alert(1)">this</h:a>.</h:p>
          <h:script>alert(1)</h:script>
        </h:body></h:html></inlineXML></contentSet>
      </newsItem>`),
    );
    expect(item).toMatchObject({ headline: 'Council approves new tram line', byline: 'Jo Example', dateline: 'LEEDS' });
    expect(item.meta).toEqual({
      slugline: 'TRAM-COUNCIL',
      language: 'en-GB',
      keywords: ['transport', 'council'],
      priority: 2,
      urgency: 2,
      embargo: '2030-01-02T08:00:00+01:00',
      ids: { guid: 'urn:test:1', version: '4' },
      pubStatus: 'withheld',
    });
    expect(item.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'The line will run ' }, { type: 'text', text: '12 km', marks: [{ type: 'strong' }] }, { type: 'text', text: '.' }] },
      { type: 'subhead', attrs: { level: 1 }, content: [{ type: 'text', text: 'What comes next' }] },
      {
        type: 'bullet_list',
        content: [
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Consultation' }] }] },
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Building work' }] }] },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          { type: 'text', text: 'the plan', marks: [{ type: 'link', attrs: { href: 'https://example.org/plan', title: null } }] },
          { type: 'text', text: ' and this.' },
        ],
      },
    ]);
  });

  it('takes the main headline over a short one, and the creator as byline when there is no other', () => {
    const g2Item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
      <contentMeta><headline role="hld:short">Dam opens</headline><headline role="hld:main">New dam opens after ten years</headline>
      <creator><name>Jane Roe</name></creator></contentMeta>
      <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Water flows.</p></body></html></inlineXML></contentSet></newsItem>`;
    const [item] = parseNewsmlG2(g2Item);
    expect(item).toMatchObject({ headline: 'New dam opens after ten years', byline: 'Jane Roe' });
  });

  it('imports only the text items of a package and refuses one with none', () => {
    const picture = `<newsItem guid="urn:test:pic"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><headline>Photo</headline></contentMeta></newsItem>`;
    const text = `<newsItem guid="urn:test:txt"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>Story</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">First paragraph.\n\nSecond paragraph.</inlineData></contentSet></newsItem>`;
    const items = parseNewsmlG2(message(picture + text));
    expect(items.map((i) => i.headline)).toEqual(['Story']);
    expect(bodyTexts(items[0])).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(() => parseNewsmlG2(message(picture))).toThrow('The NewsML-G2 file holds no text item (only pictures, video or other media).');
    const packageOnly = '<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/"><groupSet><group><itemRef residref="urn:test:txt"/></group></groupSet></packageItem>';
    expect(detectXmlFormat(packageOnly)).toBe('newsml-g2');
    expect(() => parseNewsmlG2(packageOnly)).toThrow('The NewsML-G2 file holds no news item.');
  });
});

describe('parseNewsml1 on our own fixtures', () => {
  it('reads an embargo, a plain-text body and every NewsItem of the file', () => {
    const item = (id: string, status: string) => `<NewsItem xml:lang="en"><Identification><NewsIdentifier><ProviderId>example.org</ProviderId>
      <NewsItemId>${id}</NewsItemId><RevisionId>2</RevisionId><PublicIdentifier>urn:newsml:example.org:${id}:2</PublicIdentifier></NewsIdentifier></Identification>
      <NewsManagement><FirstCreated>20240301T120000+0100</FirstCreated>${status}</NewsManagement>
      <NewsComponent><NewsLines><HeadLine>Bridge ${id} reopens</HeadLine><ByLine>By Kim Example</ByLine><DateLine>BERGEN, March 1</DateLine></NewsLines>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="Text"/><DataContent>First line.\n\nSecond line.</DataContent></ContentItem>
      </NewsComponent></NewsItem>`;
    const embargoed = `<Status FormalName="Embargoed"/><StatusWillChange><FutureStatus FormalName="Usable"/><DateAndTime>20240302T060000+0100</DateAndTime></StatusWillChange>`;
    const items = parseNewsml1(`<NewsML Version="1.2">${item('A1', embargoed)}${item('B2', '<Status FormalName="Usable"/>')}</NewsML>`);
    expect(items.map((i) => i.headline)).toEqual(['Bridge A1 reopens', 'Bridge B2 reopens']);
    expect(items[0]).toMatchObject({ byline: 'By Kim Example', dateline: 'BERGEN, March 1' });
    expect(items[0].meta).toMatchObject({ pubStatus: 'embargoed', embargo: '2024-03-02T06:00:00+01:00', ids: { version: '2' } });
    expect(items[1].meta.embargo).toBeUndefined();
    expect(bodyTexts(items[0])).toEqual(['First line.', 'Second line.']);
  });
});

describe('parseNewsml1 on agency samples', () => {
  it('AFP: news lines, identification, management and the NITF body', () => {
    const [item] = newsml1('afp.xml');
    expect(item).toMatchObject({
      headline: 'Sweden court accepts receivership for Saab carmaker',
      dateline: 'STOCKHOLM, Aug 29, 2014 (AFP) -',
    });
    expect(item.byline).toBeFalsy();
    expect(item.meta).toMatchObject({
      slugline: 'Sweden-SAAB',
      language: 'en',
      urgency: 4,
      pubStatus: 'usable',
      agency: 'AFP',
      ids: { guid: 'urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1', version: '1' },
    });
    sameInstant(item.meta.date, '2014-08-29T13:49:51Z');
    expect(bodyTexts(item)[0]).toMatch(/^A Chinese-owned company set up to take over Saab's assets/);
  });

  it('AFP without a headline: left empty for the shared first-sentence fallback', () => {
    const [item] = newsml1('afp_no_headline.xml');
    expect(item.headline).toBe('');
    expect(item.meta.slugline).toBe('Burkina-Faso');
    expect(bodyTexts(item)[0].trim()).toMatch(/^Burkina Faso is banning imports from North Korea/);
  });

  it('ANA: HTML body in CDATA, Greek text intact, a bare date is no dateline', () => {
    const [item] = newsml1('ana1.xml');
    expect(item.headline).toBe('Wage employment balance positive in Jan-March');
    expect(item.dateline).toBeFalsy();
    const body = bodyTexts(item);
    expect(body[0]).toMatch(/^Wage employment in the private sector grew in March/);
    expect(body[body.length - 1]).toContain('© ΑΠΕ-ΜΠΕ ΑΕ');
  });
});
