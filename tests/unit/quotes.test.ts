// The quote finder and speaker attribution on sentences written for these tests: each quote style,
// each attribution pattern, and the cases where no speaker may be named.
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteOptions } from '../../core/quotes';
import type { AnalysisText } from '../../core/story/story';
import type { EntityRef, Mention } from '../../core/story/annotations';

const body = (...paragraphs: string[]): AnalysisText[] =>
  paragraphs.map((text, paragraph) => ({ in: 'body', paragraph, text }));

const quotesIn = (paragraphs: string[], options?: QuoteOptions) => findQuotes(body(...paragraphs), options);

/** The one quote of a single paragraph: its words, partial flag and speaker's name. */
function onlyQuote(text: string, options?: QuoteOptions) {
  const quotes = quotesIn([text], options);
  expect(quotes).toHaveLength(1);
  const [q] = quotes;
  return { text: q.text, partial: q.partial, speaker: q.speaker?.text ?? null };
}

describe('finding quotations by their marks', () => {
  it('finds straight and typographic double quotes, with offsets inside the marks', () => {
    const text = 'He arrived. "We are ready," Ana Ruiz said. “So are we,” Tom Webb said.';
    const quotes = quotesIn([text]);
    expect(quotes.map((q) => q.text)).toEqual(['We are ready,', 'So are we,']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Ana Ruiz', 'Tom Webb']);
  });

  it('reads European guillemets and German low-high quotes', () => {
    expect(quotesIn(['Der Trainer sagte: «Wir spielen auf Sieg.» Dann ging er.']).map((q) => q.text)).toEqual([
      'Wir spielen auf Sieg.',
    ]);
    expect(quotesIn(['„Wir schaffen das“, sagte die Kanzlerin.']).map((q) => q.text)).toEqual(['Wir schaffen das']);
    expect(quotesIn(['Er rief »Halt!« und lief weiter.']).map((q) => q.text)).toEqual(['Halt!']);
  });

  it("reads AP's ``…'' marks with a nested `…' quote kept inside the outer one", () => {
    const text = "``They told me, `Go home,' and I did,'' Rosa Diaz said. ``Then I came back.''";
    const quotes = quotesIn([text]);
    expect(quotes.map((q) => q.text)).toEqual(["They told me, `Go home,' and I did,", 'Then I came back.']);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Rosa Diaz', 'Rosa Diaz']);
  });

  it('keeps a nested single quote inside the double one', () => {
    const q = onlyQuote(`"He said 'never again' and meant it," Omar Haddad told reporters.`);
    expect(q).toEqual({ text: "He said 'never again' and meant it,", partial: false, speaker: 'Omar Haddad' });
  });

  it('keeps straight quotes nested inside typographic ones', () => {
    const q = onlyQuote('“He said "no" to me,” Ana Ruiz said.');
    expect(q).toEqual({ text: 'He said "no" to me,', partial: false, speaker: 'Ana Ruiz' });
  });

  it('closes a typographic opening mark with a straight one where copy mixes the styles', () => {
    const text = 'Did it work? According to Rudi Kern, it “tastes like eating a Band-Aid."In 2021 the brewery tried again.';
    expect(quotesIn([text]).map((q) => q.text)).toEqual(['tastes like eating a Band-Aid.']);
    // A straight pair inside the typographic marks is still a quotation nested in it.
    expect(quotesIn(['Ana Ruiz said: “We saw the "Big One" coming.”']).map((q) => q.text)).toEqual(['We saw the "Big One" coming.']);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = "The Smiths’ drummer doesn't miss the ’90s or rock ’n’ roll, and the band's fans don't either.";
    expect(quotesIn([text])).toEqual([]);
    const q = onlyQuote(`"I don't miss the '90s," said Ian Platt.`);
    expect(q.text).toBe("I don't miss the '90s,");
  });

  it('finds single quotes standing alone, as headlines use them', () => {
    const [q] = findQuotes([{ in: 'headline', paragraph: 0, text: "Minister calls plan 'a disaster'" }]);
    expect(q).toMatchObject({ in: 'headline', text: 'a disaster', partial: true });
  });

  it('reports a quotation running over paragraphs once per paragraph, all with the same speaker', () => {
    const quotes = quotesIn([
      'The coach spoke after the match.',
      '"We were slow in the first half and we paid for it.',
      '"The second half was better.',
      '"Next week will be different," Lena Vogt said.',
      'The club declined to comment.',
    ]);
    expect(quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [1, 'We were slow in the first half and we paid for it.'],
      [2, 'The second half was better.'],
      [3, 'Next week will be different,'],
    ]);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Lena Vogt', 'Lena Vogt', 'Lena Vogt']);
    expect(quotes.every((q) => !q.partial)).toBe(true);
  });

  it('ends an unclosed quotation at its paragraph when the next does not open again', () => {
    const quotes = quotesIn(['"We will see, Mark Olsen said.', 'Markets rose on Friday.']);
    expect(quotes.map((q) => q.text)).toEqual(['We will see, Mark Olsen said.']);
  });
});

describe('quotations opened by a dash, in Nordic and Finnish copy', () => {
  const finnish = [
    'Puolustusministeri Jussi Niinistö vastasi kysymyksiin tiistaina, kun uutinen oli julkaistu aamulla.',
    '– Tätä on nyt selvitetty. Sellaista ohjetta ei ole, Niinistö sanoo.',
    '– Emme me erottele ketään, ei kielen eikä uskon perusteella.',
  ];

  it('reads the paragraph after the dash, up to a closing attribution, whose name speaks', () => {
    const quotes = quotesIn(finnish);
    expect(quotes.map((q) => [q.text, q.speaker?.text ?? null])).toEqual([
      ['Tätä on nyt selvitetty. Sellaista ohjetta ei ole,', 'Niinistö'],
      ['Emme me erottele ketään, ei kielen eikä uskon perusteella.', 'Niinistö'],
    ]);
    expect(quotes[1].speaker?.via).toBe('context');
  });

  it('takes no dash-opened list item of English copy for a quotation', () => {
    const english = ['The company said on Monday that it would cut jobs and close the plant:', '— The plant in Ohio will close in March, the company said.'];
    expect(quotesIn(english)).toEqual([]);
  });
});

describe('partial quotes', () => {
  it('marks a fragment inside a sentence partial and a whole utterance not', () => {
    expect(onlyQuote('The minister made a "substantial proposal" to Moscow.').partial).toBe(true);
    expect(onlyQuote('"We are close to a deal," Ana Ruiz said.').partial).toBe(false);
    expect(onlyQuote('Ana Ruiz said: "We are close to a deal."').partial).toBe(false);
    expect(onlyQuote('Ana Ruiz said on Monday, "We are close to a deal."').partial).toBe(false);
    expect(onlyQuote('Ana Ruiz said the deal was "close."')).toEqual({ text: 'close.', partial: true, speaker: 'Ana Ruiz' });
  });
});

describe('quoted words that are nobody\'s speech', () => {
  it('leaves out titles, names and scare-quoted terms in a sentence with no speech verb', () => {
    const notQuotes = [
      '"Night Shift" won the top prize.',
      'The show "Big Little Lies" won four awards, and "Veep" won three.',
      'Kidman stars in "I, Tonya" and "Three Billboards Outside Ebbing, Missouri."',
      'She ran the "Dream Mile" in Oslo.',
      'The so-called "experts" were wrong.',
      'Investors fear a "bubble" in tech shares.',
      'The bill would set up a "cap-and-trade" system.',
      'The paper, titled "Rapid recolonisation of bleached reef flats", tracked 140 sites.',
      'A campaign dubbed "Fix our roads" starts today.',
    ];
    for (const text of notQuotes) expect(quotesIn([text]), text).toEqual([]);
  });

  it('keeps the same marks where the sentence says who speaks, and exclamations and questions', () => {
    expect(onlyQuote('The senator called the plan "a disgrace" on Monday.')).toMatchObject({ text: 'a disgrace', partial: true });
    expect(onlyQuote('Ana Ruiz said the talks were "productive."')).toEqual({ text: 'productive.', partial: true, speaker: 'Ana Ruiz' });
    expect(onlyQuote('According to Ana Ruiz, the plan is "dead in the water" for now.').speaker).toBe('Ana Ruiz');
    expect(onlyQuote('The crowd shouted "Out!" at the referee.').text).toBe('Out!');
    expect(onlyQuote('A long fragment such as "the best deal we could get" stays a quote.').text).toBe('the best deal we could get');
  });

  it('leaves out a title or a nickname even beside a speech verb, when it runs on into the sentence or sits in a name', () => {
    expect(quotesIn(['Director Lea Munk said "Northern Lights" was the hardest film she had made.'])).toEqual([]);
    expect(quotesIn(['Prosecutors said Johnny "The Fox" Marino ran the ring.'])).toEqual([]);
  });

  it('reads capitals as titles only in English copy', () => {
    const german = 'Der Trainer nannte das Spiel am Samstag in der Bundesliga einen «Kampf» und ging danach sofort in die Kabine.';
    expect(quotesIn([german]).map((q) => q.text)).toEqual(['Kampf']);
  });

  it('leaves out a work named beside its marks, and a nickname before a name', () => {
    expect(quotesIn(['Ola Berg told reporters that "Cold Harbour", his first album, sold well.'])).toEqual([]);
    expect(quotesIn(['In his memoir, "Salt Roads", Ola Berg wrote about the war.'])).toEqual([]);
    expect(quotesIn(['Fans chanted for "Hammer" Ola Berg.'])).toEqual([]);
  });

  it('leaves out words talked about and a title the sentence goes on through, even beside a speech verb', () => {
    expect(quotesIn(['The so-called "blue economy" was oversold, said analyst Pia Lund.'])).toEqual([]);
    expect(quotesIn(['The word "crisis" appears nine times in the report, the minister said.'])).toEqual([]);
    expect(quotesIn(['Director Ola Berg said his latest film, "The Long Winter," was shot in ten days.'])).toEqual([]);
    // A whole utterance after "said," stays one, whatever follows.
    expect(quotesIn(['Ola Berg said, "We shot it in ten days," and smiled.']).map((q) => q.speaker?.text)).toEqual(['Ola Berg']);
  });

  it('gives a title no speaker from the sentence after it', () => {
    const quotes = quotesIn(['William H. Macy won for "Shameless." He said after the show that he was tired.']);
    expect(quotes).toEqual([]);
  });
});

describe('attribution', () => {
  const cases: [string, string, string][] = [
    ['X said', '"The vote is over," Carla Mendes said.', 'Carla Mendes'],
    ['said X', '"The vote is over," said Carla Mendes.', 'Carla Mendes'],
    ['says X with an apposition', '"It works," says Rudi Kern, a farmer from Ohio.', 'Rudi Kern'],
    ['X told reporters', '"No comment," Jan Novak told reporters.', 'Jan Novak'],
    ['X told the agency', '"It was a shock," Jan Novak told the agency.', 'Jan Novak'],
    ['according to X', 'According to Priya Nair, "the data are clear."', 'Priya Nair'],
    ['X added', '"And it will happen again," Priya Nair added.', 'Priya Nair'],
    ['X stressed', '"This is not a game," Priya Nair stressed.', 'Priya Nair'],
    ['X noted', '"Prices fell," Priya Nair noted.', 'Priya Nair'],
    ['X wrote', '"I quit," Priya Nair wrote on Facebook.', 'Priya Nair'],
    ['X tweeted', '"Great win tonight," Priya Nair tweeted.', 'Priya Nair'],
    ['a title before the name', '"No deal yet," Kremlin spokesman Dmitry Peskov told reporters.', 'Dmitry Peskov'],
    ['a capitalised title', 'US Secretary of State Anthony Blinken called it "a proposal."', 'Anthony Blinken'],
    ['an institution with a person', '"Nothing changes," Russian Foreign Ministry spokeswoman Maria Zakharova said.', 'Maria Zakharova'],
    ['a lowercase description after the verb', '"We tried," said attorney Maria Blagovolina.', 'Maria Blagovolina'],
    ['a person of an organisation', '"It is over," Nina Berg of the Green Party told Reuters.', 'Nina Berg'],
    ['a title with no name', '"The water came fast," the Prime Minister said.', 'the Prime Minister'],
    ['a noun of a person, with where they are', '"Enough!" shouted a man in the crowd.', 'a man in the crowd'],
    ['a role before the verb', '"Trains will run on Monday," the rail operator said.', 'the rail operator'],
    ['a capitalised description after the verb', '"It is a good day," said Olympic champion Eva Lind.', 'Eva Lind'],
    ['a name before a colon, whatever the verb', 'Health Secretary Joan Pike put it bluntly: "We are out of beds."', 'Joan Pike'],
    ['according to a company\'s CEO by name', 'According to Acme Brewing Company’s CEO Rudi Kern, it "tastes of smoke."', 'Rudi Kern'],
    ['according to a company\'s chief, named after a comma', "According to Acme's chief executive, Rudi Kern, it \"tastes of smoke.\"", 'Rudi Kern'],
    ['an institution speaking', '"The request was accepted," the company said in a statement.', 'the company'],
    ['a name with an initial', '"Costs are low," says David G. Victor, an economist.', 'David G. Victor'],
    ['a name with a particle', '"We will win," Bashar al-Assad said.', 'Bashar al-Assad'],
    ['X said: before the quote', 'Omar Haddad said: "The border is closed."', 'Omar Haddad'],
    ['an abbreviated title', '"We are ready," said Dr. Anna Smith, head of the clinic.', 'Anna Smith'],
    ['a possessive description with the name', `"Yes," says Tom Hale's lawyer, John Doe.`, 'John Doe'],
    ['a possessive description alone', `"Yes," said Tom Hale's lawyer.`, "Tom Hale's lawyer"],
    ['police', '"We do not know," police said.', 'police'],
    ['a description in commas', '"Yes," Tom Hale, who heads the union, said.', 'Tom Hale'],
    ['was quoted as saying', '"Yes," Sergei Lavrov was quoted as saying by RIA.', 'Sergei Lavrov'],
    ['an anonymous official', '"It is over," the official, who declined to be named, said.', 'the official'],
    ['a list after the verb', '"The pay offer is an insult," said shop stewards Mia Holt, Karl Brun and Lena Vik.', 'Mia Holt, Karl Brun and Lena Vik'],
    ['a list after the verb, with a serial comma', '"Go home," said Mia Holt, Karl Brun, and Lena Vik.', 'Mia Holt, Karl Brun, and Lena Vik'],
    ['one name after the verb, then another clause', '"Go home," said Mia Holt, Reuters reported.', 'Mia Holt'],
    ['a "who" clause before the verb', 'A fisherman who said he had seen the boat sink described the sea as "a wall of water."', 'A fisherman'],
    ['anonymous officials in a "who" clause', 'Two diplomats who spoke on condition of anonymity said the text was "nearly agreed."', 'Two diplomats'],
    ['a long "who" clause in commas', 'Ines Moll, who has coached the national team through three World Cups and two Olympics, said: "This is my last season."', 'Ines Moll'],
    ['a noun with an "of" phrase', '"The river rose in minutes," residents of the lower town said.', 'residents of the lower town'],
    ['one of a group', 'Talks may end this week, three people briefed on them said. "It is nearly done," one of them said.', 'one of them'],
    ['a role noun after the verb', '"We will rebuild," says the mayor of the flooded town.', 'the mayor'],
    ['a report, not the company', 'The plant runs "at full capacity," according to a company report.', 'a company report'],
    ['the subject of a sentence, before ", saying"', 'Harbour master Olu Bakare closed the port, saying the storm was "the worst in decades."', 'Olu Bakare'],
    ['a name after a plural possessive and a role, before a colon', 'Classes stopped. Nurses\' union leader Ama Boateng was blunt: "No pay, no work."', 'Ama Boateng'],
    ['a document read out', 'The notice from Vela Ferries read: "All sailings are cancelled."', 'The notice from Vela Ferries'],
    ['any noun with its determiner before a verb of saying', '"I was never there," the defendant insisted.', 'the defendant'],
    ['a noun with a count before "described"', 'One council member described the budget as "fantasy."', 'One council member'],
    ['a headline noun after the quotation', 'Bus cuts "hitting the elderly", ombudsman warns', 'ombudsman'],
    ['a noun heading a "who" clause in commas', 'The blogger, who posts as @cheflotte, said: "The recipe is wrong."', 'The blogger'],
    ['a verb first, then any noun', 'Wrote one reader: "This is the best news all year."', 'one reader'],
    ['a described person named after the description', '"We were punished," said the Rovers manager Ines Kahl.', 'Ines Kahl'],
    ['a second verb of the subject', 'Outside the court, fans waved scarves and chanted "Set him free!"', 'fans'],
    ['a spokesperson for an institution', '"No talks are planned," a spokeswoman for the Ministry of Fisheries said.', 'a spokeswoman for the Ministry of Fisheries'],
    ['an anonymous official at an institution', '"We are running out of cash," an official at the central bank said.', 'an official at the central bank'],
    ['people familiar with the matter', 'The bid was "about to be raised," people familiar with the matter said.', 'people familiar with the matter'],
    ['one person familiar, after the verb', '"It is signed," said one person familiar with the talks.', 'one person familiar with the talks'],
    ['a described player', '"I cried," said the 23-year-old.', 'the 23-year-old'],
    ['a relative named after the verb', '"We have nothing left," added her husband, Tomas.', 'her husband, Tomas'],
    ['the subject after an opening phrase, before ", calling"', 'On Friday, the regulator fined the bank, calling its controls "wholly inadequate."', 'the regulator'],
  ];
  it.each(cases)('%s', (_pattern, text, speaker) => {
    expect(onlyQuote(text).speaker).toBe(speaker);
  });

  it('reads a headline\'s "Name: quote"', () => {
    const [q] = findQuotes([{ in: 'headline', paragraph: 0, text: 'Zelensky: "We will not give up"' }]);
    expect(q).toMatchObject({ text: 'We will not give up', partial: false, speaker: { text: 'Zelensky' } });
  });

  it('reads a headline\'s "Role: quote", a role of some words, and a role before its topic', () => {
    const speakerOf = (text: string) => findQuotes([{ in: 'headline', paragraph: 0, text }])[0]?.speaker?.text;
    expect(speakerOf("Dock boss: 'We will not sign'")).toBe('Dock boss');
    expect(speakerOf("Father of missing climber: 'Keep looking'")).toBe('Father of missing climber');
    expect(speakerOf('Sheriff on the flooding: "Stay home"')).toBe('Sheriff');
  });

  it('takes a title without a full stop ("Mrs Price") for a person, with the sex it tells', () => {
    const quotes = quotesIn(['Mrs Holm runs the pantry with Erik Dahl.', '"We feed 200 families," she said.']);
    expect(quotes[0].speaker?.text).toBe('Holm');
  });

  it('resolves "they" to people named together or to a plural subject, not to a plural object', () => {
    expect(quotesIn(['Ayla and Deniz Kaya opened the cafe in 2020.', '"We never expected this," they said.'])[0].speaker?.text).toBe(
      'Ayla and Deniz Kaya',
    );
    expect(quotesIn(['Farmers from the valley blocked the road.', '"We will stay," they said.'])[0].speaker?.text).toBe('Farmers');
    expect(quotesIn(['Anna Holm and Per Dahl said the deal was done. A bank will help the creditors "through the winter," they said.'])[0].speaker?.text).toBe(
      'Anna Holm and Per Dahl',
    );
  });

  it('resolves a pronoun to a surname that spoke before', () => {
    const quotes = quotesIn(['"We will win," Trump said.', 'Asked about the polls, he added: "They are fake."']);
    expect(quotes[1].speaker).toMatchObject({ text: 'Trump', via: 'pronoun' });
  });

  it('names an apposition by its words ("his wife, Alla")', () => {
    expect(onlyQuote('"He knows nothing," his wife, Alla, told the news agency.').speaker).toBe('his wife, Alla');
  });

  it('names a list of speakers together', () => {
    const text = 'Ann Lee, Bo Park and Cy Dunn of Ferrier Hodgson said the sale "is on track."';
    expect(onlyQuote(text).speaker).toBe('Ann Lee, Bo Park and Cy Dunn');
  });

  it('resolves "she added" to the most recent person named, not one inside a quote', () => {
    const quotes = quotesIn([
      'Maria Lopez, 41, runs the shelter.',
      '"Paul Grant never called us," she added.',
    ]);
    expect(quotes[0].speaker).toMatchObject({ text: 'Maria Lopez', via: 'pronoun' });
  });

  it('prefers the subject of the last sentence over its object for a pronoun', () => {
    const quotes = quotesIn(['Chen Mei called Bob Fu for help.', 'On Monday, she told her daughters, "We are leaving."']);
    expect(quotes[0].speaker?.text).toBe('Chen Mei');
  });

  it('passes over a person the copy titles as of the other sex, also where the name comes back without its title', () => {
    const first = quotesIn(['Ms. Rhea Kaur thanked Coach Idris Bello after the final.', '"He never gave up on us," she said.']);
    expect(first[0].speaker?.text).toBe('Rhea Kaur');
    const second = quotesIn(['Spokesman Olek Varga met Rhea Kaur on Monday. Varga spoke first.', '"It was useful," she said.']);
    expect(second[0].speaker?.text).toBe('Rhea Kaur');
    // Without a title, nothing is known, and the latest subject is taken as before.
    const third = quotesIn(['Olek Varga met Rhea Kaur on Monday. Varga spoke first.', '"It was useful," she said.']);
    expect(third[0].speaker?.text).toMatch(/Varga/);
  });

  it('resolves "it said" to an institution', () => {
    const quotes = quotesIn(['The ministry issued a statement on Friday.', '"We regret the delay," it said.']);
    expect(quotes[0].speaker?.text).toBe('The ministry');
  });

  it('gives a quote after a colon the name that opens its sentence, not the speaker before', () => {
    const quotes = quotesIn(['"It was a mistake," Leo Marsh said. Union chief Nora Blake disagreed: "It was nothing of the kind."']);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Leo Marsh', 'Nora Blake']);
  });

  it('gives a quote with no attribution the speaker of a sentence before it in the paragraph', () => {
    const [q] = quotesIn(['Brandt said the budget would be balanced by 2027. "We are on track."']);
    expect(q.speaker).toMatchObject({ text: 'Brandt', via: 'context' });
  });

  it('points a pronoun at the person named last, even one named after a speaker', () => {
    const quotes = quotesIn(['"We will appeal," Blake said. Company director Ian Pratt was less sure. "Nothing is settled," he said.']);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Blake', 'Ian Pratt']);
  });

  it('takes the speaker from the paragraph before ("X said:") and from the quote before it', () => {
    const quotes = quotesIn([
      'The mayor, Ruth Adler, said:',
      '"Everything is under control. Schools open tomorrow."',
      `"We've done this before," Ruth Adler said. "We will do it again."`,
    ]);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Ruth Adler', 'Ruth Adler', 'Ruth Adler']);
    expect(quotes[0].speaker?.via).toBe('context');
  });

  it('says so when nobody can be named, and never invents a speaker', () => {
    expect(onlyQuote('"Nobody knows what happens next."').speaker).toBeNull();
    expect(onlyQuote('The program is called "Hope is beautiful."').speaker).toBeNull();
    expect(quotesIn(['Prices rose again.', '"It is a bad year."'])[0].speaker).toBeNull();
    expect(onlyQuote('"We will see," he said.').speaker).toBeNull(); // no one named before "he"
    expect(onlyQuote('Those close to Damascus say the plan is "dead."').speaker).toBeNull();
  });
});

describe('a speaker named in the sentence after the quotation', () => {
  it.each([
    ['"We will rebuild every house." That was the promise of Mayor Ana Ruiz on Tuesday.', 'Ana Ruiz'],
    ['"Never again." Those were the words of the prime minister, Lena Vik, after the vote.', 'Lena Vik'],
    ['"Not one more day." That is the message from the dock workers\' union.', "the dock workers' union"],
    ['"We are not going anywhere." So said Jane Doe, the chair of the tenants\' union.', 'Jane Doe'],
    ['“We have no choice.” With those words, Mick Tolland, general secretary of the union, confirmed the strike.', 'Mick Tolland'],
    ['“This school is the heart of the village.” The words of eight-year-old Ellie Mason were greeted with applause.', 'Ellie Mason'],
  ])('%j', (text, speaker) => {
    // The person who spoke in the paragraph before is not the speaker here.
    const quotes = quotesIn(['Tomas Berg, who lost the race, conceded on Monday.', text]);
    expect(quotes.at(-1)!.speaker?.text).toBe(speaker);
  });

  it('a quotation after a sentence about a person named in full before is theirs, by surname too', () => {
    const quotes = quotesIn(['Sione Tuilagi returned from injury on Saturday.', 'Tuilagi kept it short. "Just happy to be back."']);
    expect(quotes[0].speaker?.text).toBe('Tuilagi');
  });

  it('a sentence after the quotation that names nobody leaves the speaker to the context', () => {
    const quotes = quotesIn(['"It is over," Karl Holm said.', '"It is really over." That was clear to everyone in the room.']);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Karl Holm', 'Karl Holm']);
  });
});

describe('a sentence that introduces the quotation after its colon', () => {
  it.each([
    ['The minister was blunt: "There will be no bailout."', 'The minister'],
    ['Brenda Lyle runs the bakery. Her message to the council was simple: "You are punishing people."', 'Brenda Lyle'],
    ['Senator Lorraine Fitch voted no. Her colleague, Senator Owen Marsh, agreed: "Nobody should be rushed."', 'Owen Marsh'],
  ])('%j', (text, speaker) => expect(quotesIn([text]).at(-1)!.speaker?.text).toBe(speaker));

  it('reads a British police rank in capitals as a title', () => {
    expect(onlyQuote('"This was a cruel act," according to PC Hannah Cole of Bedfordshire Police.').speaker).toBe('Hannah Cole');
  });
});

describe('interviews and transcripts: speech without marks', () => {
  it("reads an interview's answers as the interviewee's, and its questions as no quotes", () => {
    const quotes = quotesIn([
      'Tomasz Wierzbicki, 58, has kept bees for thirty years. He spoke to us from his farm.',
      'Q: When did you notice something was wrong?',
      'A: In the spring of 2019. I opened the hives.',
      'Q. What comes next?',
      'A. More bees. Bees are stubborn, like me.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['In the spring of 2019. I opened the hives.', 'Tomasz Wierzbicki'],
      ['More bees. Bees are stubborn, like me.', 'Tomasz Wierzbicki'],
    ]);
  });

  it("reads a transcript's lines as their labelled speakers'", () => {
    const quotes = quotesIn([
      'The incumbent Paul Hendry and the challenger Nadia Osei met for a debate.',
      'MODERATOR (Karen Walsh): Mr Hendry, rents have risen. Is that a failure?',
      'HENDRY: It is a national problem. We have built more homes than anyone.',
      'OSEI: He says that every time. I would build on brownfield sites.',
    ]);
    // A label is the person the story named in full before it.
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Karen Walsh', 'Paul Hendry', 'Nadia Osei']);
  });

  it("takes no labels of a listing for speakers ('CRICKET: First Test …')", () => {
    expect(quotesIn(['Today on television.', 'CRICKET: First Test, Pakistan v England - Sky Sports 2.', 'TENNIS: Shanghai Masters - Sky Sports 1.'])).toEqual([]);
  });

  it('names the speaker of a headline quotation after its colon', () => {
    const [q] = findQuotes([{ in: 'headline', paragraph: 0, text: "'I still get nervous': Oscar winner Maya Lindqvist on her new film" }]);
    expect(q.speaker?.text).toBe('Maya Lindqvist');
  });
});

describe('"they" after a possessive group', () => {
  it('points back to "Her parents" opening the sentence before', () => {
    expect(onlyQuote('Her parents led the march. “We just want to hug our daughter,” they told reporters.').speaker).toBe('Her parents');
  });
});

describe('a role that points back to the person named with it', () => {
  it.each([
    [['The finance minister, Harriet Okonkwo, spoke on Monday.', '"We will not pay," the minister said.'], 'Harriet Okonkwo'],
    [['Mayor Ana Ruiz met Governor Tom Lee.', '"We agree," the governor said.'], 'Tom Lee'],
    [['Harriet Okonkwo, the finance minister, spoke.', 'The minister was blunt: "No bailout."'], 'Harriet Okonkwo'],
  ])('%j', (paragraphs, speaker) => expect(quotesIn(paragraphs).at(-1)!.speaker?.text).toBe(speaker));

  it('leaves a role the story gave nobody, or one with another description, as written', () => {
    expect(quotesIn(['Ana Ruiz spoke.', '"No," the coach said.']).at(-1)!.speaker?.text).toBe('the coach');
    expect(quotesIn(['President Tom Lee spoke.', '"No," the Ukrainian president said.']).at(-1)!.speaker?.text).toBe('the Ukrainian president');
  });
});

describe('a noun phrase after the verb', () => {
  it.each([
    ['"I have been here for hours," said one lorry driver near Villefranche.', 'one lorry driver'],
    ["'We are ready,' says Rovers coach ahead of the final.", 'Rovers coach'],
    ['"They are clumsy," said head keeper Christian Bader.', 'Christian Bader'],
    ['"No more," said the dock workers\' union.', "the dock workers' union"],
    ['"No more," said the union\'s leader.', "the union's leader"],
  ])('%j', (text, speaker) => expect(onlyQuote(text).speaker).toBe(speaker));
});

describe('dictionary links', () => {
  const ref = (id: string, canonical: string, type: EntityRef['type'] = 'person'): EntityRef => ({ id, canonical, type });
  const mention = (paragraph: number, text: string, full: string, entity: EntityRef, match: Mention['match']): Mention => {
    const start = full.indexOf(text);
    return { in: 'body', paragraph, start, end: start + text.length, text, entity, match };
  };

  it('gives a speaker the canonical name of the person mention it overlaps, variants included', () => {
    const text = '"A deal is near," US Secretary of State Anthony Blinken said.';
    const blinken = ref('7', 'Antony Blinken');
    const [q] = quotesIn([text], { mentions: [mention(0, 'Anthony Blinken', text, blinken, 'variant')] });
    expect(q.speaker).toMatchObject({ text: 'Anthony Blinken', canonical: 'Antony Blinken', entityId: '7' });
  });

  it('lets a pronoun point back to a name the dictionary does not know (a candidate), not past it', () => {
    const first = 'President Donald Trump spoke on Monday.';
    const second = 'Chen Guiqiu fled with her daughters.';
    const third = '"We are going on a trip," she told them.';
    const mentions: Mention[] = [
      mention(0, 'Donald Trump', first, ref('9', 'Donald Trump'), 'exact'),
      { in: 'body', paragraph: 1, start: 0, end: 11, text: 'Chen Guiqiu', entity: null, match: 'candidate' },
    ];
    const [q] = quotesIn([first, second, third], { mentions });
    expect(q.speaker).toMatchObject({ text: 'Chen Guiqiu', via: 'pronoun' });
  });

  it('leaves canonical null for a speaker in no dictionary', () => {
    const [q] = quotesIn(['"A deal is near," Olga Petrova said.'], { mentions: [] });
    expect(q.speaker).toMatchObject({ text: 'Olga Petrova', canonical: null });
  });

  it('links a given-name apposition only to the dictionary person sharing the relative\'s surname', () => {
    const first = 'Viktor Bout has been in prison since 2010.';
    const second = '"He knows nothing," his wife, Alla, told the agency.';
    const bout = ref('1', 'Viktor Bout');
    const mentions = [mention(0, 'Viktor Bout', first, bout, 'exact')];
    const linked = quotesIn([first, second], { mentions, people: [bout, ref('2', 'Alla Bout'), ref('3', 'Alla Pugacheva')] });
    expect(linked[0].speaker).toMatchObject({ text: 'his wife, Alla', canonical: 'Alla Bout', entityId: '2' });
    const unlinked = quotesIn([first, second], { mentions, people: [bout, ref('3', 'Alla Pugacheva')] });
    expect(unlinked[0].speaker).toMatchObject({ text: 'his wife, Alla', canonical: null });
  });
});

describe("the editor's speaker choice", () => {
  it('wins over the found speaker and covers every paragraph of a running quotation', () => {
    const paragraphs = ['"First part of it.', '"Second part," Lena Vogt said.'];
    const speaker = { text: 'Lena Vogt-Berg', canonical: 'Lena Vogt-Berg' };
    const quotes = quotesIn(paragraphs, { overrides: [{ in: 'body', paragraph: 0, start: 1, end: 6, speaker }] });
    expect(quotes.map((q) => q.speaker)).toEqual([
      { ...speaker, via: 'editor' },
      { ...speaker, via: 'editor' },
    ]);
  });

  it('can name a speaker where none was found', () => {
    const speaker = { text: 'Ana Ruiz', canonical: null };
    const [q] = quotesIn(['"Nobody knows."'], { overrides: [{ in: 'body', paragraph: 0, start: 1, end: 14, speaker }] });
    expect(q.speaker).toEqual({ ...speaker, via: 'editor' });
  });
});

describe('speed', () => {
  it('reads a 20,000-word story quickly enough to re-run on every edit', () => {
    const paragraph =
      '"We will not stop until the job is done," Kremlin spokesman Dmitry Peskov told reporters on Monday, adding that ' +
      'the talks had made "real progress" and that he expected a call soon. "Nothing is agreed," he said.';
    const paragraphs = Array.from({ length: 560 }, () => paragraph); // 36 words each: about 20,000 words
    const texts = body(...paragraphs);
    findQuotes(texts); // warm up
    // CPU time, not wall time: the machine running the tests may be busy with other work.
    const cpuMs = () => {
      const before = process.cpuUsage();
      findQuotes(texts);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    const fastest = Math.min(cpuMs(), cpuMs(), cpuMs());
    expect(findQuotes(texts)).toHaveLength(560 * 3);
    expect(fastest).toBeLessThan(300);
  });
});
