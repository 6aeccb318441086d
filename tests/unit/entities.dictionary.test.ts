// Dictionary files: the JSON and CSV formats of DESIGN.md, read and written without loss, and bad
// files refused with one line that says what and where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDictionary, serializeDictionary, type Dictionary } from '../../core/entities';
import { exampleFile, repoDir } from '../support/paths';

const awkward: Dictionary = {
  name: 'Awkward desk',
  entities: [
    {
      id: '17',
      canonical: 'Kassym-Jomart Tokayev',
      type: 'person',
      aliases: ['Tokayev', 'Tokaev'],
      description: 'President of Kazakhstan, since 2019',
      url: 'https://example.org/tokayev',
    },
    { canonical: 'Al-Qaeda', type: 'organization', aliases: ['al-Qaida', 'Al Qaeda'], description: 'Said to be "decentralised"\nafter 2011' },
    { canonical: 'Zaporizhzhia', type: 'place', aliases: [], description: '' },
    { canonical: 'Müller, Thomas', type: 'person', aliases: ['Müller'], description: ' leading space, trailing space ' },
  ],
};

describe('dictionary files', () => {
  it('reads the shared world desk dictionary', () => {
    const dictionary = parseDictionary(readFileSync(exampleFile('world-desk-dictionary.json'), 'utf8'), 'json');
    expect(dictionary.name).toBe('World desk');
    expect(dictionary.entities.find((e) => e.canonical === 'United States')).toMatchObject({
      type: 'place',
      aliases: ['U.S.', 'US', 'USA'],
    });
  });

  it.each(['json', 'csv'] as const)('round-trips %s without loss (commas, quotes, new lines, ids, links)', (format) => {
    const text = serializeDictionary(awkward, format);
    const back = parseDictionary(text, format, format === 'csv' ? awkward.name : undefined);
    expect(back).toEqual(awkward);
    expect(serializeDictionary(back, format)).toBe(text);
  });

  it('reads a CSV written by hand, quoted per RFC 4180', () => {
    const text = readFileSync(`${repoDir}/tests/fixtures/entities/awkward-desk.csv`, 'utf8');
    const dictionary = parseDictionary(text, 'csv', 'Awkward desk');
    expect(dictionary).toEqual({ ...awkward, entities: awkward.entities.slice(0, 3) });
  });

  it('takes the name given on import over the file’s own', () => {
    expect(parseDictionary('{"name":"A","entities":[]}', 'json', 'B').name).toBe('B');
  });

  it('writes the CSV header of DESIGN.md and only the extra columns in use', () => {
    const csv = serializeDictionary({ name: 'x', entities: [awkward.entities[2]] }, 'csv');
    expect(csv).toBe('canonical,type,aliases,description\r\nZaporizhzhia,place,,\r\n');
  });

  it.each([
    ['json', '{"entities": [', /^Not a JSON dictionary/],
    ['json', '[]', /expected an object with an "entities" list/],
    ['json', '{"entities":[{"type":"person","aliases":[]}]}', /^entity 1: the canonical name is missing/],
    ['json', '{"entities":[{"canonical":"X","type":"planet"}]}', /^entity 1: unknown type "planet" for "X"/],
    ['json', '{"entities":[{"canonical":"X","type":"place","aliases":"Y"}]}', /^entity 1: "aliases" must be a list/],
    ['csv', 'name,kind\nX,place\n', /^line 1: expected the header "canonical,type,aliases,description"/],
    ['csv', 'canonical,type,aliases,description\nX,place,,\nY,city,,\n', /^line 3: unknown type "city" for "Y"/],
    ['csv', 'canonical,type,aliases,description\n,person,,\n', /^line 2: the canonical name is missing/],
    ['csv', 'canonical,type,aliases,description\n"X,place,,\n', /^line 2: a quoted field is never closed/],
    ['csv', 'canonical,type,aliases,description\nX,place,,,extra\n', /^line 2: 5 fields, the header has 4/],
  ] as const)('refuses a bad %s file with one clear line: %s', (format, text, message) => {
    expect(() => parseDictionary(text, format)).toThrow(message);
    try {
      parseDictionary(text, format);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('refuses to write an alias CSV cannot hold', () => {
    const bad: Dictionary = { name: 'x', entities: [{ canonical: 'X', type: 'other', aliases: ['a;b'], description: '' }] };
    expect(() => serializeDictionary(bad, 'csv')).toThrow(/contains ";"/);
  });
});
