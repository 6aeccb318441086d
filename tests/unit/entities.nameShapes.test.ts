// Names the way other languages and the wires shape them: family names written first (Chinese, Korean),
// hyphenated given names, titles inside Arabic names, one-word names written in two, regnal numbers,
// middle names and initials, names in the other order, and ordinary words that open a relative's name
// or come in the plural.
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions } from '../../core/entities';
import { familyNameFirst, surnameAsWritten } from '../../core/entities/familyNames';
import { runChecks } from '../../core/checks';
import { emptyStory, storyTexts } from '../../core/story/story';
import type { Mention } from '../../core/story/annotations';
import { entity, scanner } from '../support/entities';


const matcher = buildMatcher([
  entity('Xi Jinping', 'person'),
  entity('Li Qiang', 'person'),
  entity('Park Geun-hye', 'person'),
  entity('Lee Jae-myung', 'person'),
  entity('Kim Dae-jung', 'person'),
  entity('Lee Anderson', 'person'),
  entity('Kim Clijsters', 'person'),
  entity('Robert Mugabe', 'person', ['Mugabe']),
  entity('Abdullah II', 'person'),
  entity('Pyongyang', 'place'),
  entity('Homs', 'place'),
  entity('Narendra Modi', 'person', ['Modi']),
  entity('Gautam Adani', 'person'),
  entity('George W. Bush', 'person'),
  entity('Kim Jong-un', 'person'),
  entity('Fumio Kishida', 'person'),
  entity('Tamim bin Hamad Al Thani', 'person'),
  entity('Al-Shabaab', 'organization'),
  entity('Kais Saied', 'person'),
  entity('Pokrovsk', 'place'),
  entity('Abdul Hamid Dbeibah', 'person'),
  entity('Abdelmadjid Tebboune', 'person'),
  entity('Narges Mohammadi', 'person'),
  entity('Huawei', 'organization'),
  entity('Joe Biden', 'person', ['Biden']),
  entity('Mukesh Ambani', 'person'),
  entity('Mark Kelly', 'person'),
  entity('Hayat Tahrir al-Sham', 'organization'),
  entity('Mahmoud Ahmadinejad', 'person'),
  entity('Erling Haaland', 'person'),
  entity('Mahendra Singh Dhoni', 'person', ['Dhoni']),
  entity('Chiang Mai', 'place'),
  entity('Da Nang', 'place'),
  entity('Alex Chiang', 'person'),
]);

const scan = scanner(matcher);
const summary = (mentions: Mention[]) => mentions.map((m) => [m.text, m.match, m.entity?.canonical ?? null]);

describe('family names written first', () => {
  it('tells them from Western names that open with the same word', () => {
    expect(['Xi Jinping', 'Li Qiang', 'Park Geun-hye', 'Kim Dae Jung', 'Ho Chi Minh', 'Tsai Ing-wen'].filter(familyNameFirst)).toHaveLength(6);
    expect(['Lee Anderson', 'Kim Clijsters', 'Viktor Bout', 'Lin Wood', 'Mo Farah', 'Xi'].filter(familyNameFirst)).toEqual([]);
    expect(surnameAsWritten('Park Geun-hye')).toBe('Park');
    expect(surnameAsWritten('Lee Anderson')).toBe('Anderson');
  });

  it('never leaves the family name out: the given name of someone else is not the person', () => {
    expect(summary(scan('Police said Park Jae-myung left.'))).toEqual([['Park Jae-myung', 'candidate', null]]);
    expect(summary(scan('Police said Lee Jae-myeong left.'))).toEqual([['Lee Jae-myeong', 'variant', 'Lee Jae-myung']]);
  });

  it('links a later family name alone, however short, to the person named in full', () => {
    expect(summary(scan('Li Qiang spoke on Tuesday.', 'Li said growth would hold.'))).toEqual([
      ['Li Qiang', 'exact', 'Li Qiang'],
      ['Li', 'alias', 'Li Qiang'],
    ]);
    expect(summary(scan('Park Geun-hye was pardoned.', 'Park thanked her supporters.'))).toContainEqual(['Park', 'alias', 'Park Geun-hye']);
  });

  it('keeps the last word as the surname of a Western name', () => {
    expect(summary(scan('Lee Anderson spoke.', 'Anderson said he would stay.'))).toContainEqual(['Anderson', 'alias', 'Lee Anderson']);
  });

  it('suggests the family name for later references', () => {
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
    const story = { ...emptyStory(), body: [paragraph('Xi Jinping arrived on Monday.'), paragraph('On Tuesday Xi Jinping left.')] };
    const texts = storyTexts(story);
    const mentions = findMentions(matcher, texts);
    const later = runChecks({ story, texts, mentions, quotes: [] }).find((c) => c.kind === 'first-reference');
    expect(later?.fix?.replacement).toBe('Xi');
  });
});

describe('name shapes', () => {
  it('reads a hyphenated given name to its end, and a month abbreviation inside one as a name', () => {
    expect(summary(scan('Opposition leader Lee Jae-myoung was stabbed.'))).toEqual([['Lee Jae-myoung', 'variant', 'Lee Jae-myung']]);
    expect(summary(scan('Lee Jun-seok met reporters.'))).toEqual([['Lee Jun-seok', 'candidate', null]]);
    expect(summary(scan('The Trump-backed candidate won.'))).toEqual([]);
  });

  it('keeps a title word after "bin" inside the name', () => {
    expect(summary(scan('Police said Zayed bin Sultan Al Nahyan had founded it.'))).toEqual([['Zayed bin Sultan Al Nahyan', 'candidate', null]]);
  });

  it('joins two words into a one-word name', () => {
    expect(summary(scan('Talks in Pyong Yang ended.'))).toEqual([['Pyong Yang', 'variant', 'Pyongyang']]);
  });

  it("writes a place's two words as one", () => {
    expect(summary(scan('Tourists returned to Chiangmai, then flew to Danang.'))).toEqual([
      ['Chiangmai', 'variant', 'Chiang Mai'],
      ['Danang', 'variant', 'Da Nang'],
    ]);
    expect(summary(scan('Flights to Chiengmai resumed.'))).toEqual([['Chiengmai', 'variant', 'Chiang Mai']]);
    // Only a place's: a person's names run together are no spelling of them.
    expect(summary(scan('Police said Alexchiang left.'))).toEqual([['Alexchiang', 'candidate', null]]);
  });

  it('aligns a regnal number with a name that has it', () => {
    expect(summary(scan('King Abdallah II met the envoy.'))).toEqual([['Abdallah II', 'variant', 'Abdullah II']]);
  });

  it('does not link a relative to the person whose surname they share', () => {
    expect(summary(scan('Robert Mugabe ruled for decades.', 'Grace Mugabe was his wife.'))).toEqual([
      ['Robert Mugabe', 'exact', 'Robert Mugabe'],
      ['Grace Mugabe', 'candidate', null],
    ]);
  });

  it('takes the plural of an ordinary word for the word, not a misspelt name', () => {
    expect(summary(scan('Homes were destroyed in the flood, residents said.'))).toEqual([]);
  });
});

describe('name words added, shortened or turned round', () => {
  it('leaves out a middle name the dictionary does not have', () => {
    expect(summary(scan('Narendra Damodardas Modi was sworn in.'))).toEqual([['Narendra Damodardas Modi', 'variant', 'Narendra Modi']]);
  });

  it('does not leave out a word that makes someone else', () => {
    expect(summary(scan('Kim Yo Jong spoke.'))).toEqual([['Kim Yo Jong', 'candidate', null]]);
    expect(summary(scan('The former emir, Hamad bin Khalifa Al Thani, abdicated.'))).toEqual([['Hamad bin Khalifa Al Thani', 'candidate', null]]);
    expect(summary(scan('Police said George H. W. Bush spoke.')).map(([, , canonical]) => canonical)).not.toContain('George W. Bush');
  });

  it('leaves out a middle initial when the dictionary name has none', () => {
    expect(summary(scan('Police said Mukesh D. Ambani left.'))).toEqual([['Mukesh D. Ambani', 'variant', 'Mukesh Ambani']]);
  });

  it('does not take another given name one letter off for the same person', () => {
    expect(summary(scan('Police said Mary Kelly left.'))).toEqual([['Mary Kelly', 'candidate', null]]);
  });

  it('reads "ash-" as "al-", and German "dsch" as j', () => {
    expect(summary(scan('Hayat Tahrir ash-Sham announced it.'))).toEqual([['Hayat Tahrir ash-Sham', 'variant', 'Hayat Tahrir al-Sham']]);
    expect(summary(scan('Police said Mahmud Ahmadinedschad left.'))).toEqual([['Mahmud Ahmadinedschad', 'variant', 'Mahmoud Ahmadinejad']]);
  });

  it('reads an initial as the given name it starts, and only that one', () => {
    expect(summary(scan('Police said G. Adani would appeal.'))).toEqual([['G. Adani', 'variant', 'Gautam Adani']]);
    expect(summary(scan('Police said R. Adani would appeal.'))).toEqual([['R. Adani', 'candidate', null]]);
  });

  it('reads initials written together as initials each', () => {
    expect(summary(scan('Former captain M.S. Dhoni walked out.'))).toEqual([['M.S. Dhoni', 'variant', 'Mahendra Singh Dhoni']]);
    expect(summary(scan('Former captain M.K. Dhoni walked out.'))).toEqual([['M.K. Dhoni', 'candidate', null]]);
  });

  it('finds a name written with two of its words as one, by its rarer word', () => {
    expect(summary(scan('Police said Abdulhamid Dbeibah left.'))).toEqual([['Abdulhamid Dbeibah', 'variant', 'Abdul Hamid Dbeibah']]);
    expect(summary(scan('Police said Muhammad Ali lit the flame.'))).toEqual([['Muhammad Ali', 'candidate', null]]);
  });

  it('links a full name written family name first', () => {
    expect(summary(scan('Prime Minister Kishida Fumio dissolved parliament.'))).toEqual([['Kishida Fumio', 'variant', 'Fumio Kishida']]);
  });

  it('keeps a particle written onto a name in the mention, so a fix replaces it too', () => {
    expect(summary(scan('Fighters of al-Shabab attacked the base.'))).toEqual([['al-Shabab', 'variant', 'Al-Shabaab']]);
  });

  it('does not take a name cut short by two letters for a misspelling of it', () => {
    expect(summary(scan('Residents of Pokrov voted on Sunday.'))).toEqual([['Pokrov', 'candidate', null]]);
    expect(summary(scan('Residents of Pokrovks voted on Sunday.'))).toEqual([['Pokrovks', 'variant', 'Pokrovsk']]);
  });

  it("links a company named with its company suffix, a person's surname with another given name is someone else", () => {
    expect(summary(scan('Shares of Huawei Technologies rose.'))).toEqual([['Huawei', 'exact', 'Huawei']]);
    expect(summary(scan('Police said Hunter Biden left.'))).toEqual([['Hunter Biden', 'candidate', null]]);
  });

  it('takes a lone word near a surname for the person only with a sign of one, when nobody is named yet', () => {
    expect(summary(scan('The team from Holland lost in the semi-final.'))).toEqual([['Holland', 'candidate', null]]);
    expect(summary(scan('Coaches say Haalnd vowed to stay.'))).toEqual([['Haalnd', 'variant', 'Erling Haaland']]);
    expect(summary(scan('The striker Haalnd scored twice.'))).toEqual([['Haalnd', 'variant', 'Erling Haaland']]);
  });

  it('takes a lone word after "in" or "near" for a place, even one spelt like a surname', () => {
    // "Ahmadinejad" written by transliteration alone needs no sign of a person; after "in" it is no person.
    expect(summary(scan('The rally in Ahmadinezhad was cancelled.'))).toEqual([['Ahmadinezhad', 'candidate', null]]);
    expect(summary(scan('The rally for Ahmadinezhad was cancelled.'))).toEqual([['Ahmadinezhad', 'variant', 'Mahmoud Ahmadinejad']]);
    expect(summary(scan("Crowds in Ahmadinezhad's home town cheered."))).toEqual([['Ahmadinezhad', 'variant', 'Mahmoud Ahmadinejad']]);
  });

  it('finds names in a title-case headline, its other words being those the story writes in lower case', () => {
    const mentions = findMentions(matcher, [
      { in: 'headline', paragraph: 0, text: 'Dhoni Retires From Cricket After Final' },
      { in: 'body', paragraph: 0, text: 'The captain said he retires from the game after the final.' },
    ]);
    expect(summary(mentions)).toEqual([['Dhoni', 'alias', 'Mahendra Singh Dhoni']]);
  });

  it('reads the words after a name in a title-case headline as capitalised by its style, and those before it as names', () => {
    const headline = (text: string) => summary(findMentions(matcher, [{ in: 'headline', paragraph: 0, text }]));
    expect(headline('Dhoni Retires From IPL')).toEqual([['Dhoni', 'alias', 'Mahendra Singh Dhoni']]);
    expect(headline('Haland Scores Twice In Derby')).toEqual([['Haland', 'variant', 'Erling Haaland']]);
    expect(headline('Hunter Biden Pleads Guilty')).toEqual([]);
    expect(headline('Former Biden Aide Testifies')).toEqual([['Biden', 'alias', 'Joe Biden']]);
  });

  it('keeps a place or an organisation in a title-case headline whatever word comes before it', () => {
    const story = (text: string, body: string) => [
      { in: 'headline' as const, paragraph: 0, text },
      { in: 'body' as const, paragraph: 0, text: body },
    ];
    const places = buildMatcher([entity('Kyiv', 'place'), entity('NATO', 'organization'), entity('Joe Biden', 'person', ['Biden'])]);
    expect(summary(findMentions(places, story('Drone Strikes Hit Kyiv Overnight, Officials Say', 'Drones hit the city at night.')))).toEqual([
      ['Kyiv', 'exact', 'Kyiv'],
    ]);
    expect(summary(findMentions(places, story('Allies Urge NATO to Act on Air Defence', 'The allies met.')))).toEqual([['NATO', 'exact', 'NATO']]);
    // A person the story names in full is that person after a verb in capitals.
    expect(summary(findMentions(places, story('Allies Praise Biden Over Aid', 'The allies thanked Joe Biden.')))[0]).toEqual(['Biden', 'alias', 'Joe Biden']);
  });

  it('does not read a name and the word after it as one word of the name', () => {
    expect(summary(scan('Police said Biden Aide left.'))).toEqual([['Biden Aide', 'candidate', null]]);
  });

  it('takes an h written after the last vowel of a place for a spelling of it', () => {
    const places = scanner(buildMatcher([entity('Quetta', 'place'), entity('Sanaa', 'place')]));
    expect(summary(places('A bomb exploded at the railway station in Quettah.'))).toEqual([['Quettah', 'variant', 'Quetta']]);
    expect(summary(places('Officials in Sanaah said so.'))).toEqual([['Sanaah', 'variant', 'Sanaa']]);
  });

  it('reads a lone word before "district" or "square" as a place, not an organisation or person spelt another way', () => {
    const scan = scanner(buildMatcher([entity('Fatah', 'organization'), entity('Nawaf Salam', 'person'), entity('Quetta', 'place')]));
    expect(summary(scan('Police raided a bar in the Fatih district of Istanbul.'))).toEqual([
      ['Fatih', 'candidate', null],
      ['Istanbul', 'candidate', null],
    ]);
    expect(summary(scan('Rallies filled the Fatih square.'))).toEqual([['Fatih', 'candidate', null]]);
    expect(summary(scan('A Fatih statement was read out.'))).toEqual([['Fatih', 'variant', 'Fatah']]);
    expect(summary(scan('Troops left the Quettah district.'))).toEqual([['Quettah', 'variant', 'Quetta']]);
    // "es" is the Arabic article, as "al" is: Dar es Salaam is a city's name, its last word no one's surname.
    expect(summary(scan('Cargo piled up at the port of Dar es Salaam.'))).toEqual([['Dar es Salaam', 'candidate', null]]);
  });

  it("takes a place's people or language for no spelling of the place, but still catches the place misspelt", () => {
    const scan = scanner(buildMatcher([entity('Catalonia', 'place'), entity('Turkey', 'place', ['Türkiye']), entity('Kenya', 'place'), entity('Jenin', 'place')]));
    const linked = scan('Catalan officials met Turkic scholars and Kenyan runners. Later, Catalan and Turkic poems were read.').filter((m) => m.entity);
    expect(linked).toEqual([]);
    expect(summary(scan('Talks in Catalonnia and Kenia, and a raid on Jeninn camp.'))).toEqual([
      ['Catalonnia', 'variant', 'Catalonia'],
      ['Kenia', 'variant', 'Kenya'],
      ['Jeninn', 'variant', 'Jenin'],
    ]);
  });

  it('reads a particle inside a name in either case, but not one opening a name', () => {
    const people = scanner(buildMatcher([entity('Marine Le Pen', 'person'), entity('Charles de Gaulle', 'person'), entity('Van Morrison', 'person')]));
    expect(summary(people("Marine le Pen's party won. Charles De Gaulle spoke."))).toEqual([
      ['Marine le Pen', 'exact', 'Marine Le Pen'],
      ['Charles De Gaulle', 'exact', 'Charles de Gaulle'],
    ]);
    expect(summary(people('A van Morrison drove.'))).toEqual([]);
  });

  it('links an acronym written as a word (Nato, Ecowas), but not a short one', () => {
    const acronyms = scanner(buildMatcher([entity('ECOWAS', 'organization'), entity('North Atlantic Treaty Organization', 'organization', ['NATO']), entity('WHO', 'organization')]));
    expect(summary(acronyms('Ecowas leaders met Nato envoys.'))).toEqual([
      ['Ecowas', 'exact', 'ECOWAS'],
      ['Nato', 'alias', 'North Atlantic Treaty Organization'],
    ]);
    expect(summary(acronyms('Who said so?'))).toEqual([]);
  });

  it("does not read two words as one word of a longer name, leaving the name's other words out", () => {
    const places = buildMatcher([entity('Nawaf Salam', 'person')]);
    expect(summary(scanner(places)('Floods hit Shah Alam on Monday.'))).toEqual([['Shah Alam', 'candidate', null]]);
    expect(summary(scanner(places)('Police said Nawaf Sa Lam left.'))).toEqual([['Nawaf Sa Lam', 'variant', 'Nawaf Salam']]);
  });

  it('takes a speech verb opening a sentence for the verb', () => {
    expect(summary(scan('Said the minister: the plan is sound.'))).toEqual([]);
  });
});
