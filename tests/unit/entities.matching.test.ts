// What the matcher links and how: folding, possessives, titles, longest match, surnames after a full
// name, shared aliases, match kinds, candidates, and the precision rules of the variant detector.
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions, mentionContext } from '../../core/entities';
import type { Mention } from '../../core/story/annotations';
import { entity, scanner } from '../support/entities';

const matcher = buildMatcher([
  entity('Recep Tayyip Erdoğan', 'person', ['Erdoğan']),
  entity('Kim Jong-un', 'person'),
  entity('Viktor Bout', 'person', ['Bout']),
  entity('Alla Bout', 'person'),
  entity('Nicolas Cage', 'person', ['Cage']),
  entity('Trevor Reed', 'person', ['Reed']),
  entity('Imran Khan', 'person', ['Khan']),
  entity('Sadiq Khan', 'person', ['Khan']),
  entity('George W. Bush', 'person', ['Bush']),
  entity('Volodymyr Zelensky', 'person', ['Zelensky']),
  entity('Maria Zakharova', 'person'),
  entity('Russian Foreign Ministry', 'organization', ['Foreign Ministry']),
  entity('United States', 'place', ['U.S.', 'US']),
  entity('Lord of War', 'other'),
  entity('Washington', 'place'),
  entity('FARC', 'organization'),
  entity('Abu Bakr al-Baghdadi', 'person', ['Baghdadi']),
]);

const scan = scanner(matcher);
const summary = (mentions: Mention[]) =>
  mentions.map((m) => [m.text, m.match, m.entity?.canonical ?? m.ambiguous?.map((a) => a.canonical).join(' | ') ?? null]);

describe('dictionary names in a story', () => {
  it('ignores diacritics and the case of first letters for an exact match', () => {
    expect(summary(scan('Recep Tayyip Erdogan spoke. Then Erdogan left.'))).toEqual([
      ['Recep Tayyip Erdogan', 'exact', 'Recep Tayyip Erdoğan'],
      ['Erdogan', 'alias', 'Recep Tayyip Erdoğan'],
    ]);
  });

  it('counts a name in capitals or with another case after a hyphen as the canonical spelling', () => {
    expect(summary(scan('VIKTOR BOUT was freed. Kim Jong-Un and KIM JONG-UN were named.'))).toEqual([
      ['VIKTOR BOUT', 'exact', 'Viktor Bout'],
      ['Kim Jong-Un', 'exact', 'Kim Jong-un'],
      ['KIM JONG-UN', 'exact', 'Kim Jong-un'],
    ]);
  });

  it('takes a possessive off the name and keeps offsets in the paragraph', () => {
    const [m] = scan('It was Maria Zakharova’s statement.');
    expect(m).toMatchObject({ text: 'Maria Zakharova', start: 7, end: 22, match: 'exact', paragraph: 0, in: 'body' });
  });

  it('leaves titles and honorifics out of the name', () => {
    expect(summary(scan('Mr. Zelensky met President Viktor Bout, said Foreign Minister Maria Zakharova.'))).toEqual([
      ['Zelensky', 'alias', 'Volodymyr Zelensky'],
      ['Viktor Bout', 'exact', 'Viktor Bout'],
      ['Maria Zakharova', 'exact', 'Maria Zakharova'],
    ]);
  });

  it('prefers the longest name', () => {
    expect(summary(scan('The Russian Foreign Ministry said the Foreign Ministry would reply.'))).toEqual([
      ['Russian Foreign Ministry', 'exact', 'Russian Foreign Ministry'],
      ['Foreign Ministry', 'alias', 'Russian Foreign Ministry'],
    ]);
  });

  it('matches names with lower-case words and dotted acronyms', () => {
    expect(summary(scan('He starred in Lord of War in the U.S. and FARC rebels watched.'))).toEqual([
      ['Lord of War', 'exact', 'Lord of War'],
      ['U.S.', 'alias', 'United States'],
      ['FARC', 'exact', 'FARC'],
    ]);
  });

  it('does not take ordinary lower-case words for names', () => {
    expect(scan('They told us about a bout of flu, a bird cage and the reed beds.')).toEqual([]);
  });

  it('calls another spacing or hyphenation of a name a variant', () => {
    expect(summary(scan('Kim Jong Un and Kim Jongun watched the launch.'))).toEqual([
      ['Kim Jong Un', 'variant', 'Kim Jong-un'],
      ['Kim Jongun', 'variant', 'Kim Jong-un'],
    ]);
  });
});

describe('surnames and shared aliases', () => {
  it('shows an alias shared by two entities as ambiguous, never guessed', () => {
    const [m] = scan('Khan spoke to reporters.');
    expect(m.entity).toBeNull();
    expect(m.match).toBe('alias');
    expect(m.ambiguous?.map((e) => e.canonical).sort()).toEqual(['Imran Khan', 'Sadiq Khan']);
  });

  it('links a surname alone to the person named in full earlier', () => {
    expect(summary(scan('Sadiq Khan won.', 'Khan said he was pleased.'))).toEqual([
      ['Sadiq Khan', 'exact', 'Sadiq Khan'],
      ['Khan', 'alias', 'Sadiq Khan'],
    ]);
    expect(summary(scan('Alla Bout spoke.', 'Later Bout added a word.'))).toEqual([
      ['Alla Bout', 'exact', 'Alla Bout'],
      ['Bout', 'alias', 'Alla Bout'],
    ]);
  });

  it('links a surname in the headline to the person the story names in full below it', () => {
    const story = (headline: string, ...body: string[]) =>
      findMentions(matcher, [{ in: 'headline', paragraph: 0, text: headline }, ...body.map((text, paragraph) => ({ in: 'body' as const, paragraph, text }))]);
    expect(summary(story('Zakharova rejects talks', 'Maria Zakharova said on Thursday that talks had failed.'))).toEqual([
      ['Zakharova', 'alias', 'Maria Zakharova'],
      ['Maria Zakharova', 'exact', 'Maria Zakharova'],
    ]);
    // Only the headline reads ahead: a body paragraph still knows only what came before it.
    expect(summary(story('Talks fail', 'Zakharova said so.', 'Maria Zakharova spoke later.'))).toEqual([
      ['Maria Zakharova', 'exact', 'Maria Zakharova'],
    ]);
    expect(summary(story('Zakharova rejects talks', 'Officials said on Thursday that talks had failed.'))).toEqual([]);
  });

  it('keeps a surname alone ambiguous when two people of that name were named in full', () => {
    const mentions = scan('Imran Khan and Sadiq Khan met.', 'Khan said little.');
    expect(mentions[2].ambiguous).toHaveLength(2);
  });

  it('does not link a different person who shares the surname', () => {
    expect(summary(scan('Former first lady Laura Bush opened the library.'))).toEqual([['Laura Bush', 'candidate', null]]);
    expect(summary(scan('The library was opened by Laura Bush'))).toEqual([['Laura Bush', 'candidate', null]]);
    expect(summary(scan('Donald Trump Jr. and George W. Bush met.'))).toEqual([
      ['Donald Trump Jr.', 'candidate', null],
      ['George W. Bush', 'exact', 'George W. Bush'],
    ]);
  });

  it('does not link a surname with its particle inside another person\'s name', () => {
    const lePen = scanner(buildMatcher([entity('Marine Le Pen', 'person', ['Le Pen'])]));
    expect(summary(lePen('Her father, Jean-Marie Le Pen, founded the party.'))).toEqual([['Jean-Marie Le Pen', 'candidate', null]]);
    expect(summary(lePen('Marine Le Pen spoke first.', 'Le Pen said no.'))).toEqual([
      ['Marine Le Pen', 'exact', 'Marine Le Pen'],
      ['Le Pen', 'alias', 'Marine Le Pen'],
    ]);
  });

  it('does not take an acronym, a business or a stranger\'s namesake for a person or a group', () => {
    const names = scanner(
      buildMatcher([entity('Taylor Swift', 'person', ['Swift']), entity('Usain Bolt', 'person', ['Bolt']), entity('Wagner Group', 'organization', ['Wagner'])]),
    );
    expect(names('Banks were cut off from the SWIFT payments system.')).toEqual([]);
    expect(names('Ride-hailing firm Bolt raised 200 million euros.')).toEqual([]);
    expect(summary(names('Richard Wagner wrote the opera.', 'Wagner finished it in 1876.'))).toEqual([['Richard Wagner', 'candidate', null]]);
    const alcaraz = scanner(buildMatcher([entity('Carlos Alcaraz', 'person', ['Alcaraz'])]));
    expect(summary(alcaraz('Carlos Alcaraz won.', 'Fans on Alcatraz island watched.'))).toEqual([
      ['Carlos Alcaraz', 'exact', 'Carlos Alcaraz'],
      ['Alcatraz', 'candidate', null],
    ]);
    // The first word of a stranger's two is kept from people only: a club's name keeps its short form.
    const bayern = scanner(buildMatcher([entity('Bayern Munich', 'organization', ['Bayern'])]));
    expect(summary(bayern('Fans of Bayern Muenchen sang.', 'Bayern coach Vincent Kompany was sent off.'))).toContainEqual(['Bayern', 'alias', 'Bayern Munich']);
    // Without the stranger, the group's name links as before.
    expect(summary(names('Wagner fighters left the town.'))).toEqual([['Wagner', 'alias', 'Wagner Group']]);
  });

  it('finds a name the dictionary writes as one word written in several, and a place in other letters that looks longer', () => {
    const names = scanner(buildMatcher([entity('Naypyitaw', 'place'), entity('Ron DeSantis', 'person', ['DeSantis']), entity('Tromsø', 'place')]));
    expect(summary(names('Governor Ron De Santis flew to Nay Pyi Taw, then to Tromsoe.'))).toEqual([
      ['Ron De Santis', 'variant', 'Ron DeSantis'],
      ['Nay Pyi Taw', 'variant', 'Naypyitaw'],
      ['Tromsoe', 'variant', 'Tromsø'],
    ]);
  });

  it('takes no "was" or "is" after a word for a sign that it is a person', () => {
    const names = scanner(buildMatcher([entity('Anthony Albanese', 'person', ['Albanese'])]));
    expect(summary(names('Tirana says Albania was a model of tolerance.'))).toEqual([['Albania', 'candidate', null]]);
    // A speech verb still is one.
    expect(summary(names('The plan is dead, Albanesse said.'))).toEqual([['Albanesse', 'variant', 'Anthony Albanese']]);
  });

  it('reads two capitals before a surname as initials', () => {
    const vance = scanner(buildMatcher([entity('J.D. Vance', 'person', ['Vance'])]));
    expect(summary(vance('Vice President JD Vance spoke.', 'Vance said no.'))).toEqual([
      ['JD Vance', 'variant', 'J.D. Vance'],
      ['Vance', 'alias', 'J.D. Vance'],
    ]);
  });

  it('leaves a lone surname to a stranger named with a title before, or surname first', () => {
    const names = scanner(buildMatcher([entity('Shashi Tharoor', 'person', ['Tharoor']), entity('Wang Yi', 'person', ['Wang'])]));
    expect(summary(names('Kenyan MP Daniel Tharur criticised the plan.', 'Tharur said the vote would go ahead.'))).toEqual([
      ['Daniel Tharur', 'candidate', null],
    ]);
    expect(summary(names('Senior official Yang Guohua met the delegation.', 'Yang said ties were improving.'))).toEqual([
      ['Yang Guohua', 'candidate', null],
    ]);
  });

  it('does not take an ordinary word opening a sentence for a surname', () => {
    expect(scan('Cage fighting is popular. Bush fires raged.')).toEqual([]);
    expect(summary(scan('Nicolas Cage arrived.', 'Cage said he was happy.'))).toEqual([
      ['Nicolas Cage', 'exact', 'Nicolas Cage'],
      ['Cage', 'alias', 'Nicolas Cage'],
    ]);
  });
});

describe('variants', () => {
  it('finds transliterations of a surname alone, with a confidence', () => {
    const mentions = scan('Zelenskiy, Zelenskyy and Selenskyj are one man.');
    expect(summary(mentions)).toEqual([
      ['Zelenskiy', 'variant', 'Volodymyr Zelensky'],
      ['Zelenskyy', 'variant', 'Volodymyr Zelensky'],
      ['Selenskyj', 'variant', 'Volodymyr Zelensky'],
    ]);
    for (const m of mentions) expect(m.confidence).toBeGreaterThan(0.5);
  });

  it('finds variants of names in other scripts too', () => {
    const cyrillic = buildMatcher([entity('Владимир Зеленский', 'person', ['Зеленский'])]);
    const found = findMentions(cyrillic, [{ in: 'body', paragraph: 0, text: 'Владимир Зеленский прибыл. Министр встретился с Зеленскым в Киеве.' }]);
    expect(found.filter((m) => m.match === 'variant').map((m) => [m.text, m.entity?.canonical])).toEqual([['Зеленскым', 'Владимир Зеленский']]);
  });

  it('does not fire on a longer word that starts with a name', () => {
    expect(summary(scan('The band Cages played at Reedy Creek.'))).toEqual([
      ['Cages', 'candidate', null],
      ['Reedy Creek', 'candidate', null],
    ]);
  });

  it('takes a lone word for a place spelt otherwise only one letter off, or two where it sounds the same', () => {
    const places = scanner(
      buildMatcher(['Austria', 'Mali', 'Oman', 'Kharkiv', 'Zaporizhzhia', 'Busan', 'Urumqi'].map((name) => entity(name, 'place'))),
    );
    expect(summary(places('Flights from Australia, Malawi and Amman landed.'))).toEqual([
      ['Australia', 'candidate', null],
      ['Malawi', 'candidate', null],
      ['Amman', 'candidate', null],
    ]);
    expect(summary(places('Shells hit Kharkov and Zaporozhye. Ships left Pusan for Urumchi.'))).toEqual([
      ['Kharkov', 'variant', 'Kharkiv'],
      ['Zaporozhye', 'variant', 'Zaporizhzhia'],
      ['Pusan', 'variant', 'Busan'],
      ['Urumchi', 'variant', 'Urumqi'],
    ]);
  });

  it('does not take a place or an organisation at the end of a longer name for itself', () => {
    const names = scanner(buildMatcher([entity('Emirates', 'organization'), entity('Guinea', 'place'), entity('Taliban', 'organization')]));
    expect(summary(names('Flights to the United Arab Emirates and Papua New Guinea resumed.'))).toEqual([
      ['United Arab Emirates', 'candidate', null],
      ['Papua New Guinea', 'candidate', null],
    ]);
    // Words for peoples before it still describe it.
    expect(summary(names('The Pakistani Taliban and the Afghan Taliban met in Guinea.'))).toEqual([
      ['Taliban', 'exact', 'Taliban'],
      ['Taliban', 'exact', 'Taliban'],
      ['Guinea', 'exact', 'Guinea'],
    ]);
  });

  it('does not take a place for the person named after it', () => {
    expect(summary(scan('The caliphate was ruled from Baghdad.'))).toEqual([['Baghdad', 'candidate', null]]);
  });

  it('does not fire on a different person who shares a given name', () => {
    expect(summary(scan('Hungarian leader Viktor Orban met Victor Hugo fans.'))).toEqual([
      ['Viktor Orban', 'candidate', null],
      ['Victor Hugo', 'candidate', null],
    ]);
  });

  it('links a misspelt given name alone only to a person the story named in full', () => {
    expect(summary(scan('"Victor is innocent," his wife said.'))).toEqual([]);
    expect(summary(scan('Viktor Bout was freed.', '"Victor is innocent," his wife said.')).at(-1)).toEqual([
      'Victor',
      'variant',
      'Viktor Bout',
    ]);
  });

  it("does not take one person's surname, met alone, for another's misspelt", () => {
    const sinwar = buildMatcher([entity('Jannik Sinner', 'person'), entity('Yahya Sinwar', 'person')]);
    expect(findMentions(sinwar, [{ in: 'body', paragraph: 0, text: 'Sinwar said nothing.' }])).toEqual([]);
    // Misspelt, it is still a variant.
    expect(findMentions(sinwar, [{ in: 'body', paragraph: 0, text: 'Sinnerr said nothing.' }]).map((m) => m.entity?.canonical)).toEqual(['Jannik Sinner']);
  });

  it('takes an ordinary word as a misspelt surname only when the story supports it', () => {
    expect(scan('Butt, 55, is famous.')).toEqual([]);
    expect(summary(scan('Viktor Bout was jailed.', 'Butt, 55, is famous.')).at(-1)).toEqual(['Butt', 'variant', 'Viktor Bout']);
  });
});

describe('candidates', () => {
  it('does not propose a dictionary word met alone', () => {
    expect(scan('Then Alla smiled.')).toEqual([]);
  });

  it('proposes names in no dictionary, but not ordinary capitalised words', () => {
    expect(summary(scan('On Monday, Western diplomats met Jacinda Ardern and Telegram staff in Washington.'))).toEqual([
      ['Jacinda Ardern', 'candidate', null],
      ['Telegram', 'candidate', null],
      ['Washington', 'exact', 'Washington'],
    ]);
  });

  it('keeps the words that open places\' and institutions\' names, at a sentence start or after a people\'s word', () => {
    const names = (text: string) => summary(scan(text)).map(([name]) => name);
    expect(names('New York is big.')).toEqual(['New York']);
    expect(names('Officials in New Delhi and St. Louis agreed.')).toEqual(['New Delhi', 'St. Louis']);
    expect(names('Talks with Saudi Arabia and the United Arab Emirates resumed.')).toEqual(['Saudi Arabia', 'United Arab Emirates']);
    expect(names('The Christian Democratic Union and the Canadian Armed Forces met in Northern Ireland.')).toEqual([
      'Christian Democratic Union',
      'Canadian Armed Forces',
      'Northern Ireland',
    ]);
    expect(names('The Pan American Health Organization warned.')).toEqual(['Pan American Health Organization']);
    // A people's word alone, or before a title, is no name.
    expect(names('Syrian forces and Russian President Olga Petrova met Thai and Islamist leaders.')).toEqual(['Olga Petrova']);
  });

  it('keeps a title word that opens an institution\'s name, and a month that ends a person\'s', () => {
    const names = (text: string) => summary(scan(text)).map(([name]) => name);
    expect(names('Shares of General Motors rose as the Justice Department and the Supreme Court weighed in.')).toEqual([
      'General Motors',
      'Justice Department',
      'Supreme Court',
    ]);
    expect(names('General Mark Milley spoke.')).toEqual(['Mark Milley']);
    expect(names('The Bank of England, the Department of Justice and the University of Michigan met in Washington.')).toEqual([
      'Bank of England',
      'Department of Justice',
      'University of Michigan',
      'Washington',
    ]);
    expect(names('A group of Americans met the Secretary of State.')).toEqual([]);
    expect(names('May was hot, as Theresa May said.')).toEqual(['Theresa May']);
    expect(names('Talks in Paris May 5 failed. On Tuesday May said no.')).toEqual(['Paris']);
  });

  it('proposes no ordinary acronyms, contractions, hyphenated words or lines in capitals', () => {
    expect(scan('The CEO said the IPO and the MRI were delayed.')).toEqual([]);
    expect(scan("I'm sure I've seen it.")).toEqual([]);
    expect(summary(scan('A Nazi-style salute and an EU-wide ban for a two-time winner.'))).toEqual([['EU', 'candidate', null]]);
    expect(scan('THIS DAY IN SPORT')).toEqual([]);
    expect(scan('The streaks were W-2 and L-10 after the game.')).toEqual([]);
    expect(summary(scan('Deputy Commissioner Mike Duheme said.'))).toEqual([['Mike Duheme', 'candidate', null]]);
  });

  it('links a dictionary name in capitals at a sentence start, and a name a people\'s word describes', () => {
    expect(summary(scan('US officials declined to comment.'))).toEqual([['US', 'alias', 'United States']]);
    expect(summary(scan('Us too, they said.'))).toEqual([]);
    expect(summary(scan('Officials said Ukrainian Zelensky spoke.'))).toEqual([['Zelensky', 'alias', 'Volodymyr Zelensky']]);
    // Before a place a region's word makes another place.
    expect(summary(scan('Troops in Western Washington were told.'))).toEqual([['Western Washington', 'candidate', null]]);
  });

  it('proposes a word opening a sentence when a possessive marks it', () => {
    expect(summary(scan("Nvidia's market value rose."))).toEqual([['Nvidia', 'candidate', null]]);
    expect(scan("Today's meeting was short.")).toEqual([]);
    expect(scan('COVID cases rose as AI and LNG firms grew, and Democratic leaders vowed to act.')).toEqual([]);
  });

  it('leaves a surname to the person in no dictionary who was named in full with it', () => {
    expect(summary(scan('Laura Bush opened the library.', 'Bush said it was a good day.'))).toEqual([['Laura Bush', 'candidate', null]]);
    expect(summary(scan('Laura Bush met George W. Bush.', 'Bush said it was a good day.')).at(-1)).toEqual(['Bush', 'alias', 'George W. Bush']);
  });

  it('proposes from German copy, where every noun is capitalised, only names of several words inside a sentence', () => {
    const german =
      'Nach dem Halbfinal-Hinspiel sprach Kevin Trapp lange mit der Mannschaft. Eine Woche später war die Saison für Frankfurt vorbei.';
    expect(summary(scan(german))).toEqual([['Kevin Trapp', 'candidate', null]]);
    const english = 'After the match the coach spoke with Kevin Trapp, and a week later the season was over for Frankfurt, they said.';
    expect(summary(scan(english)).map(([name]) => name)).toEqual(['Kevin Trapp', 'Frankfurt']);
    // Finnish and Danish capitalise names only: their single words are proposed as in English.
    const finnish = 'Ministeri kertoi, että Niinistö ei ole vielä päättänyt asiasta, mutta hän lupasi vastata pian.';
    expect(summary(scan(finnish)).map(([name]) => name)).toEqual(['Niinistö']);
    // A table of scores has no common words, and is read as English.
    expect(summary(scan('Tampa Bay 13, Toronto 2. Cleveland 7, Baltimore 5.')).map(([name]) => name)).toEqual(['Tampa Bay', 'Toronto', 'Cleveland', 'Baltimore']);
  });

  it('treats a lone surname of a person in no dictionary, named earlier, as that person', () => {
    // "Reid" is close to the listed "Reed", but the story has already named Harry Reid.
    const mentions = scan('Senator Harry Reid spoke.', 'Reid said the vote would pass.');
    expect(mentions.filter((m) => m.entity)).toEqual([]);
  });
});

describe('incremental scans', () => {
  it('gives the same mentions for a changed paragraph as a full scan, given the earlier context', () => {
    const story = ['Viktor Bout was freed.', 'Nothing else happened.', 'Bout and Victor are one.'];
    const full = scan(...story);
    const earlier = full.filter((m) => m.paragraph < 2);
    const again = findMentions(matcher, [{ in: 'body', paragraph: 2, text: story[2] }], mentionContext(matcher, earlier));
    expect(again).toEqual(full.filter((m) => m.paragraph === 2));
  });
});
