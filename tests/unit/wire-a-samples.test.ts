// The shared agency samples in the text-ish formats import with the facts their README gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { parseWire, type WireResult } from '../../core/wire';
import { exampleFile, wireSample } from '../support/paths';

const load = (file: string | Buffer): Promise<WireResult> => parseWire(new Uint8Array(typeof file === 'string' ? readFileSync(file) : file));
const sample = (relative: string) => load(wireSample(relative));
const body = (result: WireResult) => bodyTexts(result.story);

describe('plain agency text', () => {
  it('imports the example story with its headline and without the Google News trailer', async () => {
    const expected = JSON.parse(readFileSync(exampleFile('wire-prisoner-exchange.expected.json'), 'utf8'));
    const result = await load(exampleFile('wire-prisoner-exchange.txt'));
    expect(result.format).toBe('text');
    expect(result.story.headline).toBe(expected.story.headline);
    const paragraphs = body(result);
    for (const line of expected.story.boilerplate_removed) {
      expect(paragraphs).not.toContain(line);
      expect(result.story.meta.boilerplate).toContain(line);
    }
    expect(paragraphs[0]).toMatch(/^Moscow confirmed Thursday/);
    expect(paragraphs.at(-1)).toMatch(/would return to the homeland "soon\."$/);
  });
});

describe('plain text layouts', () => {
  const text = (lines: string[]) => parseWire(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')));

  it('reads classic wire copy whose paragraphs open indented, with no blank lines', async () => {
    const result = await text([
      'Council approves harbour plan',
      '   WELLINGTON (AP) - The city council on Tuesday approved a $2.1',
      'billion harbour plan, ending months of debate over the future of',
      'the waterfront.',
      '   The vote was 9-6.',
    ]);
    expect(result.story.dateline).toBe('WELLINGTON (AP)');
    expect(body(result)).toEqual([
      'The city council on Tuesday approved a $2.1 billion harbour plan, ending months of debate over the future of the waterfront.',
      'The vote was 9-6.',
    ]);
  });

  it('joins prose wrapped narrow, even where a line ends before a name or a number', async () => {
    const result = await text([
      'Council approves harbour plan',
      '',
      'The city council on Tuesday approved the plan of Mayor',
      'Tory Whanau, which will cost $2.1 billion over',
      '10 years, officials said.',
      '',
      'Team  W  L',
      'Boston  3  1',
    ]);
    expect(body(result)).toEqual(['The city council on Tuesday approved the plan of Mayor Tory Whanau, which will cost $2.1 billion over 10 years, officials said.', 'Team W L\nBoston 3 1']);
  });
});

describe('IPTC 7901 (dpa)', () => {
  it('reads a message inside a telex envelope (ZCZC … NNNN) as the message', async () => {
    const inner = readFileSync(wireSample('iptc7901/IPTC7901.txt'));
    const framed = Buffer.concat([Buffer.from('ZCZC\r\n'), inner, Buffer.from('\r\nNNNN\r\n')]);
    const [plain, enveloped] = await Promise.all([sample('iptc7901/IPTC7901.txt'), load(framed)]);
    expect(enveloped.format).toBe('iptc-7901');
    expect(enveloped.story.headline).toBe(plain.story.headline);
    expect(body(enveloped)).toEqual(body(plain));
  });

  it('IPTC7901.txt: headline without " =", dpa dateline out of the body, slugline, priority, notebook as ednote', async () => {
    const result = await sample('iptc7901/IPTC7901.txt');
    expect(result.format).toBe('iptc-7901');
    const { story } = result;
    expect(story.headline).toBe('Germany Social Democrats: Coalition talks with Merkel could fail');
    expect(story.dateline).toBe('Berlin (dpa)');
    expect(body(result)[0]).toMatch(/^Negotiations between German conservatives/);
    expect(story.meta.slugline).toBe('Germany-politics');
    expect(story.meta.priority).toBe(4);
    expect(story.meta.ednote).toMatch(/^# dpa NOTEBOOK/);
    expect(body(result).join('\n')).not.toMatch(/NOTEBOOK|not for publication/);
    expect(body(result).join('\n')).toContain('"One cannot yet say if it\'s going to work," senior SPD member Ralf Stegner told dpa.');
  });

  it('the desk sign-off closing the notebook or the story leaves the editor\'s note and the body', async () => {
    const { story } = await sample('iptc7901/dpa_two_line.txt');
    expect(story.meta.ednote).toMatch(/^# Notebook\n/);
    expect(story.meta.ednote).not.toMatch(/dpa grj rmo/);
    expect(story.meta.credits).toEqual(['dpa grj rmo']);
    const own = (end: string) =>
      new TextEncoder().encode(`\x01eca101 4 i 40 ccccb   dpa 061\r\n\r\nHarbour-Ferries/\r\n\x02Ferries run again =\r\n\r\n   Tromso (dpa) - The ferries ran again on Monday.\r\n\r\n${end}\r\n\x031200 GMT May 4\r\n\x04`);
    const plain = (await parseWire(own('dpa abc xyz'))).story;
    expect(bodyTexts(plain)).toEqual(['The ferries ran again on Monday.']);
    expect(plain.meta.credits).toEqual(['dpa abc xyz']);
    const noted = (await parseWire(own('# Notebook\r\n\r\n## Contacts\r\n- Editing by: Sam Example\r\n\r\ndpa abc xyz'))).story;
    expect(noted.meta.ednote).toBe('# Notebook\n\n## Contacts\n- Editing by: Sam Example');
    expect(noted.meta.credits).toEqual(['dpa abc xyz']);
    expect(bodyTexts(noted)).toEqual(['The ferries ran again on Monday.']);
  });

  it('dpa_copyright.txt: headline Impressum, take key (Achtung) as metadata', async () => {
    const { story } = await sample('iptc7901/dpa_copyright.txt');
    expect(story.headline).toBe('Impressum');
    expect(story.meta.slugline).toBe('Impressum');
    expect(story.meta.takeKey).toBe('(Achtung)');
  });

  it('dpa_two_line.txt: the EXTRA line is the take key, not part of the headline', async () => {
    const { story } = await sample('iptc7901/dpa_two_line.txt');
    expect(story.headline).toBe('Peace talks on Yemen to take place in Sweden next month, Mattis says');
    expect(story.meta.slugline).toBe('Yemen/conflict');
    expect(story.meta.takeKey).toBe('EXTRA');
    expect(story.dateline).toBe('Washington (dpa)');
  });

  it('dpa_two_by_line.txt: second heading line is the byline', async () => {
    const result = await sample('iptc7901/dpa_two_by_line.txt');
    expect(result.story.headline).toBe("Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it");
    expect(result.story.byline).toBe('By Tom Krasovic, The San Diego Union-Tribune');
    expect(result.story.meta.slugline).toBe('American Football/NFL');
    expect(body(result)[0]).toMatch(/^History says this wasn't a Super Bowl preview/);
  });
});

describe('ANPA-1312 (AP)', () => {
  it('anpa-1.tst: headline, byline, dateline, AP quotes, priority, date', async () => {
    const result = await sample('anpa1312/anpa-1.tst');
    expect(result.format).toBe('anpa-1312');
    const { story } = result;
    expect(story.headline).toBe('For Argentine chemo patients, mirrors can hurt');
    expect(story.byline).toBe('By PAUL BYRNE and ALMUDENA CALATRAVA');
    expect(story.dateline).toBe('BUENOS AIRES, Argentina (AP)');
    expect(body(result)[0]).toMatch(/^For cancer patients dealing with/);
    expect(body(result)[1]).toMatch(/^“Look Good Feel Better” is a program/);
    expect(story.meta.slugline).toContain('Argentina-Cancer');
    expect(story.meta.priority).toBe(1);
    expect(story.meta.date).toBe('2013-11-13T15:09:00Z');
    expect(story.meta.ednote).toContain('With AP Photos.');
    expect(body(result).join('\n')).not.toMatch(/``|''/);
  });

  it('ap_anpa-1.tst: dateline "ATLANTA (AP)", AP dash " _ " as an em dash, take key from the keyword line', async () => {
    const result = await sample('anpa1312/ap_anpa-1.tst');
    expect(result.story.dateline).toBe('ATLANTA (AP)');
    expect(result.story.byline).toBe('By CHARLES ODUM');
    expect(body(result)[0]).toMatch(/^Luol Deng scored 30 points and Josh McRoberts had 19 — season highs for each player — and/);
    expect(result.story.meta.takeKey).toBe('1st Ld-Writethru');
    expect(result.story.meta.ednote).toContain('Heat 115, Hawks 111.');
  });

  it('ap_anpa-2.tst: the standings table stays readable, one row a line', async () => {
    const result = await sample('anpa1312/ap_anpa-2.tst');
    expect(result.story.headline).toBe('Baseball Expanded Standings');
    expect(result.story.meta.slugline).toContain('BBO--Baseball');
    const table = body(result).find((p) => p.includes('Baltimore;23;13;.639'));
    expect(table?.split('\n')).toContain('Baltimore;23;13;.639;_;_;8-2;L-1;16-6;7-7');
    expect(table?.split('\n')).toContain('Tampa Bay;17;19;.472;6;3½;5-5;W-1;10-11;7-8');
    expect(table?.split('\n')[0]).toBe(';W;L;Pct;GB;WCGB;L10;Str;Home;Away');
  });

  it('ap_anpa-4.tst: editor\'s note kept as metadata with its parentheses', async () => {
    const result = await sample('anpa1312/ap_anpa-4.tst');
    expect(result.story.meta.ednote).toMatch(/^\(Minor edits\. A longer version of this story is available\. With AP Photos\. With BC-AS--China-Lawyer Trial\.\)/);
    expect(result.story.byline).toBe('By GERRY SHIH');
    expect(result.story.meta.credits?.join(' ')).toContain('contributed to this report');
    expect(body(result).join('\n')).not.toContain('contributed to this report');
  });

  it('the slugline is the keyword slug line without its cycle, never the header field cut to 24 characters', async () => {
    // anpa-1's README slugline 'Argentina-Cancer' is another product's cut at the first space; the keyword is the whole line.
    expect((await sample('anpa1312/anpa-1.tst')).story.meta.slugline).toBe('LT--Argentina-Cancer Beauty');
    // ap_anpa-2's header field reads 'BC-BBO--BaseballExpanded' (squeezed and cut); the keyword line has the words.
    expect((await sample('anpa1312/ap_anpa-2.tst')).story.meta.slugline).toBe('BBO--Baseball Expanded Glance');
    expect((await sample('anpa1312/ap_anpa-4.tst')).story.meta).toMatchObject({
      slugline: 'AS--China-Daring Escape-ABRIDGED',
      takeKey: '3rd Ld-Writethru',
    });
    const own = '\x16\x16\x01a0584\x1fnews\nr a\x13\x11 PM-AirFares 1stLd-1stAdd  08-03 0420\n\x02^PM-Air Fares, 1st Ld-1st Add,420<\n^Fares rise again<\n\tFares rose on Monday.<\n\x03';
    const { story } = await parseWire(new TextEncoder().encode(own));
    expect(story.meta).toMatchObject({ slugline: 'Air Fares', takeKey: '1st Ld-1st Add' });
  });

  it('anpa-4.tst: a headlines list with no story body still imports its lines', async () => {
    const result = await sample('anpa1312/anpa-4.tst');
    expect(body(result)[0]).toBe('Ex-bodyguard testifies about lewd messages sent to Paltrow');
  });

  it('anpa-3.tst: the weather table keeps its rows and is named by its keyword', async () => {
    const result = await sample('anpa1312/anpa-3.tst');
    expect(result.story.headline).toBe('Global Weather-Fahrenheit');
    expect(result.story.dateline).toBe('NEW YORK (AP)');
    expect(body(result).some((p) => p.split('\n').includes('Amsterdam;42;50;rn;0.08;39;52;pc;39;48;rn'))).toBe(true);
  });
});

describe('e-mail', () => {
  it('composite_email.txt: subject as headline, plain-text part as body, attachment noted', async () => {
    const result = await sample('email-rfc822/composite_email.txt');
    expect(result.format).toBe('email');
    expect(result.story.headline).toBe('single image test');
    expect(body(result)).toEqual(['this is a test of a single image']);
    expect(result.story.meta.source).toContain('someone <a@a.com.au>');
    expect(result.story.meta.ednote).toContain('Cow.jpg');
  });

  it('json-email.txt: the JSON form gives headline, slugline, abstract and priorities', async () => {
    const { story } = await sample('email-rfc822/json-email.txt');
    expect(story.headline).toBe('Headline-2');
    expect(story.dek).toBe('Abstract-2');
    expect(story.meta.slugline).toBe('Slugline-2');
    expect(story.meta.priority).toBe(5);
    expect(story.meta.urgency).toBe(4);
    expect(bodyTexts(story)).toEqual(['Lorem ipsum']);
  });

  it('json-email-bad-user.txt: an unknown form user is no reason to lose the copy (best-effort import)', async () => {
    const { story } = await sample('email-rfc822/json-email-bad-user.txt');
    expect(story.headline).toBe('Headline-2');
    expect(story.meta.urgency).toBe(4);
    expect(story.meta.source).toContain('wrong@mail.com.au');
  });

  it('googleform.txt: headline, dateline and body paragraphs from the form', async () => {
    const { story } = await sample('email-rfc822/googleform.txt');
    expect(story.headline).toBe('TEST NZ HEADER');
    expect(story.dateline).toBe('AUCKLAND');
    expect(story.meta.urgency).toBe(1);
    expect(bodyTexts(story)).toHaveLength(3);
    expect(bodyTexts(story)[0]).toMatch(/^Prisoners allegedly drunk on homebrew/);
  });
});
