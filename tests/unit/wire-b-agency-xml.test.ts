// Agencies' own XML: WENN's Atom feed and Ritzau's RBNews.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { parseAgencyXml } from '../../core/wire/agency-xml';
import { detectXmlFormat } from '../../core/wire/xml';
import { sampleText } from './wire-b-samples';

const agencyXml = (name: string) => {
  const text = sampleText(`other-agency-xml/${name}`);
  expect(detectXmlFormat(text)).toBe('agency-xml');
  return parseAgencyXml(text);
};

describe('parseAgencyXml', () => {
  it('WENN: one story per Atom entry, the first line as dek, WENN ids and times', () => {
    const items = agencyXml('wenn.xml');
    expect(items.map((i) => i.headline)).toEqual([
      'Suge Knight involved in fatal hit and run incident',
      'Jagged Edge singer Kyle Norman arrested over domestic assault',
    ]);
    expect(items.map((i) => i.dek)).toEqual([
      'Police officials in Los Angeles are investigating a fatal hit and run incident involving rap mogul SUGE KNIGHT on Thursday (29Jan15).',
      'JAGGED EDGE singer KYLE NORMAN has been arrested by police in Atlanta, Georgia amid allegations of aggravated assault.',
    ]);
    expect(items.map((i) => bodyTexts(i))).toEqual([['This is body content1.'], ['This is body content2.']]);
    expect(items.map((i) => i.meta.ids?.guid)).toEqual(['1369426', '1369417']);
    expect(items[0].meta).toMatchObject({ agency: 'WENN', date: '2015-01-30T00:33:06+00:00' });
    expect(items[0].meta.keywords).toContain('Suge Knight');
  });

  it('Ritzau: escaped HTML body, the note to editors as ednote, byline, town and strapline', () => {
    const [item] = agencyXml('ritzau_news_test_ednote.xml');
    expect(item.meta.ednote).toBe(
      'Lasse Norman Hansen skifter til Corendon-Circus.\nDer i næste sæson kører på næsthøjeste niveau.\nSom led i en større omstrukturering skal den danske medicinalgigant Novo Nordisk sige farvel til omkring 400 ansatte inden for forskning og udvikling i Danmark og Kina.',
    );
    expect(item).toMatchObject({ headline: '', byline: 'Peder Top Poulsen', dateline: 'Haag' });
    expect(item.meta).toMatchObject({ slugline: 'NU/FLASH-U', agency: 'Ritzau', priority: 3 });
    expect(bodyTexts(item)).toEqual([
      'Hollandske forskere har "i årevis" lavet forsøg på både mennesker og dyr, hvor de har testet effekten af at indånde udstødningsgas fra dieselbiler.',
      'Det fortæller forskerne selv til nyhedsbureauet AFP.',
      'Historien kommer frem på et tidspunkt, hvor tyske bilfabrikanter er udsat for massiv kritik, fordi de har finansieret lignende forsøg.',
    ]);
  });

  it('a plain Atom feed: title and HTML content of each entry', () => {
    const items = parseAgencyXml(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><author><name>Example Wire</name></author>
      <entry><id>urn:test:1</id><updated>2024-02-03T04:05:06Z</updated><title>Snow closes airport</title>
        <content type="html">&lt;p&gt;Flights were cancelled.&lt;/p&gt;&lt;p&gt;More snow is due.&lt;/p&gt;</content></entry></feed>`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ headline: 'Snow closes airport', meta: { agency: 'Example Wire', language: 'en', ids: { uri: 'urn:test:1' } } });
    expect(bodyTexts(items[0])).toEqual(['Flights were cancelled.', 'More snow is due.']);
  });
});
