// The XML and JSON agency samples through the whole import (decoding, detection, parser, clean-up):
// each gives the README's facts (headline, byline, dateline, body start) as the editor sees them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { parseWire, WireError, type WireFormat } from '../../core/wire';
import { wireSample } from '../support/paths';

interface Facts {
  format: WireFormat;
  headline: string;
  byline?: string;
  dateline?: string;
  bodyStart?: string;
  slugline?: string;
  takeKey?: string;
  ednoteStart?: string;
}

const FACTS: Record<string, Facts> = {
  'nitf/aap.xml': {
    format: 'nitf',
    headline: "The main stories on today's 1900 ABC TV news",
    byline: 'By John Doe',
    dateline: 'Sydney',
    bodyStart: "The main stories on ABC television's 1900 news:",
    slugline: 'Monitor 1900 ABC News',
  },
  'nitf/ap-nitf.xml': {
    format: 'nitf',
    headline: 'Can trading pollution like stocks help fight climate change?',
    byline: 'By BERNARD CONDON',
    dateline: 'NEW YORK (AP)',
    bodyStart: 'The gas produced by hog manure',
  },
  'nitf/pa1.xml': { format: 'nitf', headline: 'PA SPORT TRIVIA (OCTOBER 14)', bodyStart: 'ON THIS DAY IN SPORT' },
  'nitf/pa4.xml': {
    format: 'nitf',
    headline: 'GREAT BRITISH BAKE OFF COOKS UP TOP FIVE MOST-WATCHED SHOWS OF 2016',
    byline: 'By Ian Jones, Press Association',
    bodyStart: 'The Great British Bake Off has made a clean sweep',
  },
  'nitf/handle_invalid_fields.xml': {
    format: 'nitf',
    headline: 'Man accused of ramming gate at Rideau Hall with truck faces multiple charges',
    byline: 'Mia Rabson and Jordan Press',
    dateline: 'Ottawa',
    bodyStart: 'A Manitoba man is facing 22 criminal charges',
  },
  'nitf/mapping_test.xml': {
    format: 'nitf',
    headline: '*En 41-årig mand, der onsdag blev anholdt og sat i forbindel',
    bodyStart: 'En 41-årig mand, der onsdag blev anholdt',
  },
  'newsml-1.2/afp.xml': {
    format: 'newsml-1',
    headline: 'Sweden court accepts receivership for Saab carmaker',
    byline: '',
    dateline: 'STOCKHOLM, Aug 29, 2014 (AFP)',
    bodyStart: "A Chinese-owned company set up to take over Saab's assets",
    slugline: 'Sweden-SAAB',
  },
  'newsml-1.2/ana1.xml': {
    format: 'newsml-1',
    headline: 'Wage employment balance positive in Jan-March',
    bodyStart: 'Wage employment in the private sector grew in March',
  },
  'newsml-1.2/afp_no_headline.xml': {
    format: 'newsml-1',
    headline: "Burkina Faso is banning imports from North Korea to comply with tough UN economic sanctions punishing Pyongyang's weapons programmes, the government said Wednesday.",
    dateline: 'Ouagadougou, Dec 20, 2017 (AFP)',
  },
  'newsml-g2/ap.xml': {
    format: 'newsml-g2',
    headline: 'Nutrisystem beats 4Q earnings and revenue expectations',
    bodyStart: 'Nutrisystem Inc. (NTRI) on Monday reported fourth-quarter net income of $10.9 million.',
    slugline: 'BC-US--Earns-Nutrisystem, 1st Ld-Writethru',
  },
  'newsml-g2/text.xml': {
    format: 'newsml-g2',
    headline: 'Soccer-Smiling Benitez pleads for support after midweek outburst against opponent',
    byline: 'By Toby Davis',
    slugline: 'SOCCER-ENGLAND/CHELSEA-BENITEZ',
  },
  'newsml-g2/dpa.xml': {
    format: 'newsml-g2',
    headline: 'Eintracht in London: Hintereggers Tränen und Attacke auf Reporter',
    dateline: 'London (dpa)',
    bodyStart: '2019 gab es bittere Tränen in der Kurve',
  },
  'newsml-g2/tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232': {
    format: 'newsml-g2',
    headline: 'PRECIOUS-Gold rises as Trump policy fuels safe haven demand',
    byline: 'By Arpan Varghese',
    dateline: 'Jan 30 (Reuters)',
    bodyStart: '* Spot gold may edge up',
  },
  'newsml-g2/tag_reuters.com,0000_newsml_ISS149709_1618095828': {
    format: 'newsml-g2',
    headline: 'Soccer-Turkish championship results and standings',
    dateline: 'Jan 30 (Gracenote)',
    bodyStart: 'Results and standings from the Turkish championship matches on Monday\nMonday, January 30\n',
  },
  'newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5': {
    format: 'newsml-g2',
    headline: 'Confident Assad launches new term in stronger position',
    byline: 'By Marwan Makdisi',
    dateline: 'DAMASCUS (Reuters)',
    bodyStart: "Bashar al-Assad was sworn in for a new term as Syria's president",
  },
  'newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838': {
    format: 'newsml-g2',
    // Reuters' version mark leaves the headline for the take key, its correction note the body for the editor's note.
    headline: 'S. Illinois battles flooding as Mississippi River builds downstream',
    takeKey: 'CORRECTED',
    ednoteStart: '(In Jan. 3 story, corrects last paragraph',
    dateline: 'Jan 3 (Reuters)',
    bodyStart: 'Residents of flooded areas in far southern Illinois',
  },
  'newsml-g2/LISTING 1 A NewsML-G2 News Item.xml': {
    format: 'newsml-g2',
    headline: 'Fed to halt QE to avert "bubble"',
    slugline: 'US-Finance-Fed',
  },
  'newsml-g2/scoop.xml': {
    format: 'newsml-g2',
    headline: 'Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale',
    byline: 'By Jonathan Underhill',
    dateline: 'Jan. 12 (BusinessDesk)',
    bodyStart: 'The receivers of Dick Smith Holdings',
  },
  'newsml-g2/stt_newsml_note_test.xml': {
    format: 'newsml-g2',
    headline: 'Jussi Niinistö: Ylen tiedoissa voi olla kyse informaatio-operaatiosta',
    byline: 'ANTTI AUTIO, HETA HASSINEN',
  },
  'newsml-g2/reuters_with_byline.xml': {
    format: 'newsml-g2',
    headline: "SAG Awards: 'Big Little Lies' Wins for Nicole Kidman, Alexander Skarsgard",
    byline: 'Dave McNary',
    dateline: 'LOS ANGELES (Variety.com)',
    bodyStart: 'The 24th Annual Screen Actors Guild Awards',
  },
  'newsml-g2/reuters_byline_startswith_by.xml': {
    format: 'newsml-g2',
    headline: "William H. Macy at SAG Awards: 'It's Hard to Be a Man These Days'",
    byline: 'By Daniel Holloway',
    dateline: 'LOS ANGELES (Variety.com)',
    bodyStart: 'William H. Macy revealed Sunday',
  },
  'ninjs/ninjsExSimpleText1.json': {
    format: 'ninjs',
    headline: 'Captain of wrecked cruise ship on trial in Italy',
    byline: "Paulo Santalucia and Frances d'Emilio",
    dateline: 'GROSSETO, Italy (AP)',
    bodyStart: 'The trial of the captain of the shipwrecked Costa Concordia',
  },
  'ninjs/ninjs_embargoed.json': {
    format: 'ninjs',
    headline: 'Trouble is brewing for the future of beer',
    byline: 'Aaron J. Staples, Michigan State University',
    // Its `located` repeats the byline's name: no place, so no dateline.
    dateline: '',
    bodyStart: 'What does torched earth taste like?',
  },
  'ninjs/bbc-ninjs-text-test.json': { format: 'ninjs', headline: 'advisory', byline: 'John Doe', bodyStart: 'body' },
  'ap-media-json/ap_media_text_item.json': { format: 'ninjs', headline: 'BC-BBN--Top Ten', slugline: 'BBN--Top Ten' },
  'other-agency-xml/wenn.xml': {
    format: 'agency-xml',
    headline: 'Suge Knight involved in fatal hit and run incident',
    bodyStart: 'This is body content1.',
  },
  'other-agency-xml/ritzau_news_test_ednote.xml': {
    format: 'agency-xml',
    headline: 'Hollandske forskere har "i årevis" lavet forsøg på både mennesker og dyr, hvor de har testet effekten af at indånde udstødningsgas fra dieselbiler.',
    byline: 'Peder Top Poulsen',
    dateline: 'Haag',
  },
};

const load = (relative: string) => parseWire(new Uint8Array(readFileSync(wireSample(relative))));

describe('XML and JSON agency samples through parseWire', () => {
  it.each(Object.entries(FACTS))('%s', async (relative, facts) => {
    const { format, story } = await load(relative);
    expect(format).toBe(facts.format);
    expect(story.headline).toBe(facts.headline);
    if (facts.byline !== undefined) expect(story.byline).toBe(facts.byline);
    if (facts.dateline !== undefined) expect(story.dateline).toBe(facts.dateline);
    if (facts.bodyStart !== undefined) expect(bodyTexts(story)[0].startsWith(facts.bodyStart)).toBe(true);
    if (facts.slugline !== undefined) expect(story.meta.slugline).toBe(facts.slugline);
    if (facts.takeKey !== undefined) expect(story.meta.takeKey).toBe(facts.takeKey);
    if (facts.ednoteStart !== undefined) expect(story.meta.ednote?.startsWith(facts.ednoteStart)).toBe(true);
  });

  it('a byline inside the body moves to the byline and leaves the body', async () => {
    const { story } = await load('newsml-g2/reuters_with_byline.xml');
    expect(bodyTexts(story).join('\n')).not.toContain('By Dave McNary');
  });

  it('editor\'s notes and the cancellation status stay metadata, not body text', async () => {
    const { story: gold } = await load('newsml-g2/tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232');
    expect(gold.meta.ednote).toBe('(Adds comments, detail)');
    expect(bodyTexts(gold).join('\n')).not.toContain('Adds comments');
    // The byline below the highlights leaves the body too.
    expect(bodyTexts(gold).join('\n')).not.toContain('By Arpan Varghese');
    const { story: canceled } = await load('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538');
    expect(canceled.meta.pubStatus).toBe('canceled');
  });

  it('files with several items give every story: AP NewsML-G2 and the WENN feed', async () => {
    expect((await load('newsml-g2/ap.xml')).stories).toHaveLength(3);
    expect((await load('other-agency-xml/wenn.xml')).stories.map((s) => s.headline)).toEqual([
      'Suge Knight involved in fatal hit and run incident',
      'Jagged Edge singer Kyle Norman arrested over domestic assault',
    ]);
  });

  it('ISO-8859-1 declarations over UTF-8 bytes do not garble the text', async () => {
    expect(bodyTexts((await load('nitf/pa4.xml')).story).join('\n')).toContain('£25');
    expect((await load('nitf/mapping_test.xml')).story.headline).toContain('41-årig');
  });

  it('refuses the schema-invalid NewsML-G2 item and a billion-laughs file with one-line reasons', async () => {
    await expect(load('newsml-g2/001_incomplete_file.xml')).rejects.toThrow(
      new WireError('The NewsML-G2 item "invalid-document" has neither a headline nor a body.'),
    );
    const bomb = `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><nitf><body>&b;</body></nitf>`;
    await expect(parseWire(new TextEncoder().encode(bomb))).rejects.toThrow(
      'DOCTYPE with entity declarations is refused (possible entity expansion attack)',
    );
  });
});
