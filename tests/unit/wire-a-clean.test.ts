// The shared clean-up: what every format's raw item goes through on its way to a Story.
import { describe, expect, it } from 'vitest';
import { bodyTexts, paragraph } from '../../core/story/story';
import { finishStory } from '../../core/wire/clean';
import { htmlToBlocks } from '../../core/wire/html';
import { parseWire } from '../../core/wire';
import type { RawWireItem } from '../../core/wire/raw';

const raw = (paragraphs: string[], extra: Partial<RawWireItem> = {}): RawWireItem => ({
  headline: 'A headline',
  body: paragraphs.map((text) => paragraph(text)),
  meta: {},
  ...extra,
});

describe('text clean-up', () => {
  it('removes control characters, turns AP quotes and ANPA dashes typographic, normalises spaces', () => {
    const story = finishStory(raw(['The \x7Fplan \x01 _ a ``bold  one\'\' _   \tfailed.']));
    expect(bodyTexts(story)).toEqual(['The plan — a “bold one” — failed.']);
  });

  it('reads a control code between two words as the space it stood for', () => {
    expect(bodyTexts(finishStory(raw(['The council\x7Fapproved it on\x1FTuesday.'])))).toEqual(['The council approved it on Tuesday.']);
  });

  it('keeps line breaks inside a paragraph (tables) but trims each line', () => {
    const story = finishStory(raw(['Team  W  L  \n  Boston 3 1 ']));
    expect(bodyTexts(story)).toEqual(['Team W L\nBoston 3 1']);
  });
});

describe('head fields found in the body', () => {
  it.each([
    ['MOSCOW (Reuters) - The talks ended.', 'MOSCOW (Reuters)'],
    ['WASHINGTON (AP) — The talks ended.', 'WASHINGTON (AP)'],
    ['Berlin (dpa) - The talks ended.', 'Berlin (dpa)'],
    ['ATLANTA, Feb 19 AP - The talks ended.', 'ATLANTA, Feb 19 AP'],
    ['FORT WASHINGTON, Pa. (AP) _ The talks ended.', 'FORT WASHINGTON, Pa. (AP)'],
    ['OTTAWA - The talks ended.', 'OTTAWA'],
    ['OSLO, Oct. 14 — The talks ended.', 'OSLO, Oct. 14'],
    ['SAN DIEGO, Calif., March 3, 2024 — The talks ended.', 'SAN DIEGO, Calif., March 3, 2024'],
    ['OSAKA, May 9 Kyodo - The talks ended.', 'OSAKA, May 9 Kyodo'],
    ['(ANSA) - MILAN, MAR 3 - The talks ended.', '(ANSA) - MILAN, MAR 3'],
    ['(ANSA) - TURIN, 3 MAR - The talks ended.', '(ANSA) - TURIN, 3 MAR'],
    ['Bilbao, 7 jun (EFE).- The talks ended.', 'Bilbao, 7 jun (EFE)'],
    ['Pune, Jun 7 (PTI) The talks ended.', 'Pune, Jun 7 (PTI)'],
    ['KAZAN, May 9. /TASS/. The talks ended.', 'KAZAN, May 9. /TASS/'],
    ['(Bloomberg) -- The talks ended.', '(Bloomberg)'],
    ['CHICAGO--The talks ended.', 'CHICAGO'],
    ['Brasília - The talks ended.', 'Brasília'],
    ['São Paulo, 26 nov - The talks ended.', 'São Paulo, 26 nov'],
    ['Buenos Aires – The talks ended.', 'Buenos Aires'],
    ['Herat (Afghanistan) (AFP) - The talks ended.', 'Herat (Afghanistan) (AFP)'],
  ])('moves the dateline of %j to the dateline', (lead, dateline) => {
    const story = finishStory(raw([lead, 'More.']));
    expect(story.dateline).toBe(dateline);
    expect(bodyTexts(story)[0]).toBe('The talks ended.');
  });

  it("finds the editor's note, byline and dateline after highlights", () => {
    const story = finishStory(raw(['* Shares fall 2%', '(Adds analyst comment)', 'By Ana Ruiz', 'LONDON, May 9 (Reuters) - Shares fell.', 'More.']));
    expect(story).toMatchObject({ byline: 'By Ana Ruiz', dateline: 'LONDON, May 9 (Reuters)', meta: { ednote: '(Adds analyst comment)' } });
    expect(bodyTexts(story)).toEqual(['* Shares fall 2%', 'Shares fell.', 'More.']);
  });

  it('takes a place on a line of its own above the text as the dateline, but not a label or a subhead', () => {
    const story = finishStory(raw(['MALATYA, Turkiye', 'The quake struck at dawn.']));
    expect(story.dateline).toBe('MALATYA, Turkiye');
    expect(bodyTexts(story)).toEqual(['The quake struck at dawn.']);
    expect(finishStory(raw(['ANALYSIS', 'The quake struck at dawn.'])).dateline).toBe('');
    expect(finishStory(raw(['ON THIS DAY IN SPORT', '1999: A record fell.'])).dateline).toBe('');
  });

  it('takes a reporter\'s address and an end mark kept as lines of one paragraph as a trailer', () => {
    const story = finishStory(raw(['The story.', 'abc@example.org\n(END)']));
    expect(bodyTexts(story)).toEqual(['The story.']);
  });

  it.each(['Von Anna Berg, dpa', 'Par Jean Martin (AFP)', 'Por María Gaspar', 'Por Ana Lima e Rui Sá'])('moves the byline %j in the agency\'s language', (byline) => {
    const story = finishStory(raw([byline, 'OSLO (NTB) - The talks ended.']));
    expect(story).toMatchObject({ byline, dateline: 'OSLO (NTB)' });
    expect(bodyTexts(story)).toEqual(['The talks ended.']);
  });

  it('names the agency from the dateline when the format gave none', () => {
    expect(finishStory(raw(['MOSCOW (Reuters) - The talks ended.'])).meta.agency).toBe('Reuters');
    expect(finishStory(raw(['MOSCOW (Reuters) - The talks ended.'], { meta: { agency: 'Thomson Reuters' } })).meta.agency).toBe('Thomson Reuters');
  });

  it('drops a first heading that repeats the headline, in any format', () => {
    const story = finishStory({ headline: 'Dam opens', body: [{ type: 'subhead', attrs: { level: 1 }, content: [{ type: 'text', text: 'Dam  opens' }] }, paragraph('Water flows.')], meta: {} });
    expect(story.body).toEqual([paragraph('Water flows.')]);
  });

  it('leaves an ordinary first sentence alone', () => {
    const story = finishStory(raw(['The White House (and its staff) - not the agency - said so.']));
    expect(story.dateline).toBe('');
    expect(bodyTexts(story)[0]).toBe('The White House (and its staff) - not the agency - said so.');
  });

  it.each([
    'Sen. Joe Manchin (D-W.Va.) — a pivotal vote — said no.',
    'Bundeskanzler Olaf Scholz (SPD) - der Kanzler - sprach.',
    'NATO — the Western alliance — met on Monday.',
  ])('takes no dateline from an aside opening a sentence: %s', (text) => {
    const story = finishStory(raw([text]));
    expect(story.dateline).toBe('');
    expect(bodyTexts(story)[0]).toBe(text);
  });

  it('moves a "By NAME" line to the byline, and drops it when it repeats the byline', () => {
    expect(finishStory(raw(['By Jane Roe and John Doe', 'Text.'])).byline).toBe('By Jane Roe and John Doe');
    const repeated = finishStory(raw(['By Dave McNary', 'Text.'], { byline: 'Dave McNary' }));
    expect(repeated.byline).toBe('Dave McNary');
    expect(bodyTexts(repeated)).toEqual(['Text.']);
    expect(bodyTexts(finishStory(raw(['By the river the town grew quiet, and people left.'])))).toHaveLength(1);
  });

  it.each([
    'By Ingrid Solberg',
    'BY KWAME MENSAH AND HANA NOVAK',
    'By Leila Haddad, Oskar Lindqvist and Mateo Ortega',
    'By Priya Raman, The Harbour Gazette',
    "By Aoife d'Arcy in Hobart",
    'By Emeka Okafor, dpa',
    'By Marta de la Cruz, Chief Writer for the Coastal Post.',
  ])('moves the byline %j from below the highlights and notes of the opening', (line) => {
    const story = finishStory(raw(['(Adds quotes)', '* Ferries run again', '* Fares unchanged', line, 'TROMSO (SP) - The ferries ran.', 'More.']));
    expect(story.byline).toBe(line);
    expect(story.dateline).toBe('TROMSO (SP)');
    expect(bodyTexts(story)).toEqual(['* Ferries run again', '* Fares unchanged', 'The ferries ran.', 'More.']);
  });

  it.each([
    'By Tuesday, the talks had collapsed.',
    'By Tuesday Ms Solberg had resigned',
    'By the river the town grew quiet, and people left.',
    'By 2030 the harbour will be full.',
    'By Christmas, most of them had gone home.',
    'By Leila Haddad, who chairs the board, the vote was called off.',
  ])('leaves the sentence %j in the body', (line) => {
    const story = finishStory(raw(['* Ferries run again', line, 'More.']));
    expect(story.byline).toBe('');
    expect(bodyTexts(story)).toEqual(['* Ferries run again', line, 'More.']);
  });

  it.each(['Elon Vance - the founder of the firm - said he would go.', 'Update - The council met.'])(
    'leaves %j alone: an aside between two dashes, or a label, is no dateline',
    (lead) => {
      const story = finishStory(raw([lead, 'More.']));
      expect(story.dateline).toBe('');
      expect(bodyTexts(story)[0]).toBe(lead);
    },
  );

  it.each([
    ['By Jane Doe and John Roe\nAssociated Press', 'By Jane Doe and John Roe, Associated Press'],
    ['By JANE DOE\nAP Congressional Correspondent', 'By JANE DOE, AP Congressional Correspondent'],
  ])('moves the byline written on two lines, %j, as one', (lines, byline) => {
    const story = finishStory(raw([lines, 'WASHINGTON (AP) — The council met.', 'More.']));
    expect(story.byline).toBe(byline);
    expect(story.dateline).toBe('WASHINGTON (AP)');
  });

  it('reads a two-line byline in plain text as its own paragraph, not as the start of a sentence', async () => {
    const { story } = await parseWire(new TextEncoder().encode('Council approves budget\n\nBy Jane Doe and John Roe\nAssociated Press\n\nWASHINGTON (AP) — The council met.\n'));
    expect(story.byline).toBe('By Jane Doe and John Roe, Associated Press');
  });

  it('keeps a line after a byline that is text, not a title', () => {
    const story = finishStory(raw(['By Jane Doe\nthe council met on Tuesday and voted.', 'More.']));
    expect(story.byline).toBe('');
  });

  it.each([
    "EDITOR'S NOTE — This story is part of a series on drought.",
    '(ATTN: UPDATES with details in paras 4-6)',
    '(ATUALIZADA com novo balanço às 16:40)',
    'Berichtigung: Im dritten Absatz wurde der Name korrigiert.',
    'Editors: KILL — KILL — KILL',
  ])('takes the note %j, also below the byline, for the editor\'s note', (note) => {
    const story = finishStory(raw(['By Ana Ruiz', note, 'MARSABIT, Kenya (AP) — The herders moved.', 'More.']));
    expect(story.meta.ednote).toBe(note);
    expect(story.dateline).toBe('MARSABIT, Kenya (AP)');
    expect(bodyTexts(story)).toEqual(['The herders moved.', 'More.']);
  });

  it.each(['Published 12th March 2026, 6:00am', 'Publié le 30/11/2026 à 14h12', '3 marzo 2026', '31.03.2026, 11:20 Uhr'])(
    'takes a web page\'s time stamp %j off the top of the text',
    (stamp) => {
      const story = finishStory(raw([stamp, 'BRUXELLES (Belga) - The line reopens.', 'More.']));
      expect(story.dateline).toBe('BRUXELLES (Belga)');
      expect(story.meta.boilerplate).toEqual([stamp]);
    },
  );

  it('keeps a short first paragraph with a year that is no time stamp', () => {
    expect(bodyTexts(finishStory(raw(['The 2026 budget.', 'More.'])))).toEqual(['The 2026 budget.', 'More.']);
  });

  it('looks for a byline only in the opening of the story', () => {
    const story = finishStory(raw(['One.', 'Two.', 'Three.', 'By Ingrid Solberg', 'Five.']));
    expect(story.byline).toBe('');
    expect(bodyTexts(story)).toHaveLength(5);
  });

  it('keeps editor\'s notes and take keys as metadata', () => {
    const story = finishStory(raw(['URGENT', '(Adds comments, detail)', 'Gold rose.']));
    expect(story.meta.takeKey).toBe('URGENT');
    expect(story.meta.ednote).toBe('(Adds comments, detail)');
    expect(bodyTexts(story)).toEqual(['Gold rose.']);
  });

  it('takes the first sentence as headline when there is none, but not for body-only input', () => {
    const item = raw(['Burkina Faso is banning imports from North Korea, the government said Wednesday. It added more.'], { headline: '' });
    expect(finishStory(item).headline).toBe('Burkina Faso is banning imports from North Korea, the government said Wednesday.');
    expect(finishStory({ ...item, headline: 'Given' }, { bodyOnly: true }).headline).toBe('');
  });
});

describe('trailer boilerplate', () => {
  it.each([
    ['Reuters credits', '(Reporting by Jane Roe; Editing by John Doe)', 'credit'],
    ['AP contribution line', 'Associated Press writer Jane Roe in Paris contributed to this report.', 'credit'],
    ['AFP sign-off', 'burs-pjm/sst', 'credit'],
    ['dpa desk initials', 'dpa wsz jln', 'credit'],
    ['Google News line', 'Follow our latest local and sports news via Google news', 'boilerplate'],
    ['AP copyright', 'Copyright 2024 The Associated Press. All rights reserved.', 'boilerplate'],
    ['ANPA copyright in brackets', '(Copyright 2024 by The Associated Press. All Rights Reserved.)', 'boilerplate'],
    ['Reuters standards', 'Our Standards: The Thomson Reuters Trust Principles.', 'boilerplate'],
    ['PA end mark', 'ends', 'boilerplate'],
    ['dpa desk initials with a routing number', 'dpa mk yyzz n1 mue', 'credit'],
    ['PTI desk codes', 'PTI ABC DEF', 'credit'],
    ['AAP initials', 'AAP ab/cd', 'credit'],
    ['Bloomberg contact line', 'To contact the reporter on this story: Jane Roe in Oslo at jroe@example.org', 'boilerplate'],
    ['Bloomberg assistance credit', '--With assistance from Ola Berg.', 'credit'],
    ['Dow Jones write-to line', 'Write to Jane Roe at jane.roe@example.org', 'credit'],
    ['Dow Jones end mark', '(END) Dow Jones Newswires', 'boilerplate'],
    ['Dow Jones time stamp', 'May 09, 2031 10:15 ET (14:15 GMT)', 'boilerplate'],
    ['Lusa end mark', 'Lusa/Fim', 'boilerplate'],
    ['desk initials with slashes', 'JMR // VM', 'boilerplate'],
    ['Bernama end mark', '-- BERNAMA', 'boilerplate'],
    ['AP take mark', 'MORE', 'boilerplate'],
    ['Portuguese credits', '(Reportagem de Ana Lima; Edição de Rui Sá)', 'credit'],
    ["a publisher's copyright", 'Copyright © 2031, Harbour Radio', 'boilerplate'],
    ["APA's closing mark", '(Schluss) abc/def', 'credit'],
    ["Xinhua's end mark", 'Enditem', 'boilerplate'],
    ["Kyodo's end mark", '==Kyodo', 'boilerplate'],
    ["NTB's end mark", '(©NTB)', 'boilerplate'],
    ['UPI end mark', '-0-', 'boilerplate'],
    ['UPI copyright', 'Copyright 2031 United Press International', 'boilerplate'],
    ['ANSA copyright', 'Riproduzione riservata © Copyright ANSA', 'boilerplate'],
    ["AP's hub line", "Follow AP's coverage of the election at https://apnews.com/hub/election", 'boilerplate'],
    ["AP's hub line for a region", "Follow AP's Africa coverage at https://apnews.com/hub/africa", 'boilerplate'],
    ["AFP's name closing the story", 'AFP', 'boilerplate'],
    ["AP's kill notice sign-off", 'The AP', 'boilerplate'],
    ["ANSA's desk code", 'YGF-MR', 'credit'],
    ["a page's closed comments", 'Comments are closed for this article.', 'boilerplate'],
  ])('moves the %s out of the body', (_name, trailer, kind) => {
    const story = finishStory(raw(['The story.', '___', trailer]));
    expect(bodyTexts(story)).toEqual(['The story.']);
    const kept = kind === 'credit' ? story.meta.credits : story.meta.boilerplate;
    expect(kept?.[0]).toBe(kind === 'credit' ? trailer.replace(/^\((.*)\)$/, '$1') : trailer);
  });

  it('keeps a last paragraph of prose that opens like a credit', () => {
    const last = 'Research by the Institute for Fiscal Studies suggests the cut will cost more.';
    const story = finishStory(raw(['The story.', last]));
    expect(bodyTexts(story)).toEqual(['The story.', last]);
  });

  it('takes a credit closing the last paragraph', () => {
    const story = finishStory(raw(['Prices fell, he said. (Reporting by Jane Roe; Editing by John Doe)']));
    expect(bodyTexts(story)).toEqual(['Prices fell, he said.']);
    expect(story.meta.credits).toEqual(['Reporting by Jane Roe; Editing by John Doe']);
  });

  it('only strips trailers at the end: the same words inside the story stay', () => {
    const story = finishStory(raw(['Follow our latest news via Google news', 'The story goes on.']));
    expect(bodyTexts(story)).toHaveLength(2);
  });

  it('adds user patterns, as plain lines or /regular expressions/', () => {
    const item = raw(['The story.', 'Listen to our podcast every Friday!', 'Tip us at news@example.org']);
    expect(bodyTexts(finishStory(item))).toHaveLength(3);
    const story = finishStory(item, { boilerplate: ['listen to our   podcast', '/^tip us at \\S+@\\S+$/'] });
    expect(bodyTexts(story)).toEqual(['The story.']);
    expect(story.meta.boilerplate).toEqual(['Listen to our podcast every Friday!', 'Tip us at news@example.org']);
  });
});

describe('htmlToBlocks', () => {
  it('keeps what the story schema holds and drops scripts, styles, handlers and unsafe links', () => {
    const blocks = htmlToBlocks(`
      <style>p { color: red }</style><script>alert(1)</script>
      <h2 onclick="steal()">Sub</h2>
      <p class="x" onclick="steal()">A <b>bold</b> and <i>quiet</i> <a href="javascript:alert(1)">bad</a>
        <a href="https://example.org/a" onmouseover="x()">good</a> <a href="mailto:desk@example.org">mail</a><br>next</p>
      <iframe src="https://evil.example"></iframe><img src=x onerror="alert(1)">
      <ul><li>one</li><li>two</li></ul><blockquote>quoted</blockquote><hr><font face="x">unwrapped</font>`);
    const json = JSON.stringify(blocks);
    expect(json).not.toMatch(/alert|steal|color|onclick|onerror|evil|javascript/);
    expect(blocks.map((b) => b.type)).toEqual(['subhead', 'paragraph', 'bullet_list', 'blockquote', 'horizontal_rule', 'paragraph']);
    const links = json.match(/"href":"[^"]+"/g);
    expect(links).toEqual(['"href":"https://example.org/a"', '"href":"mailto:desk@example.org"']);
    expect(bodyTexts({ body: blocks })).toEqual(['Sub', 'A bold and quiet bad good mail\nnext', 'one', 'two', 'quoted', 'unwrapped']);
  });

  it('flattens a table to one paragraph, a line per row', () => {
    const blocks = htmlToBlocks('<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Boston</td><td>44</td></tr></table>');
    expect(bodyTexts({ body: blocks })).toEqual(['Team | Pts\nBoston | 44']);
  });
});

describe('plain-text headlines', () => {
  it('reads a headline wrapped onto a second line that goes on in small letters as one', async () => {
    const text = "Puerto Rico's grid operator says outage was caused\nby a single failed breaker\n\nEds: Adds comment from governor.\n\nSAN JUAN, Puerto Rico (AP) — The blackout was caused by a breaker.\n";
    const { story } = await parseWire(new TextEncoder().encode(text));
    expect(story.headline).toBe("Puerto Rico's grid operator says outage was caused by a single failed breaker");
    expect(story.meta.ednote).toBe('Eds: Adds comment from governor.');
    expect(story.dateline).toBe('SAN JUAN, Puerto Rico (AP)');
  });
});
