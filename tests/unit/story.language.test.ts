// Telling the language of copy, by the story's lower-case words, as the name and quote finders need it.
import { describe, expect, it } from 'vitest';
import { copyLanguage } from '../../core/story/language';

const lowerCaseWords = (text: string) => new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}{3,}/gu) ?? []);
const languageOf = (text: string) => copyLanguage(lowerCaseWords(text));

describe('copyLanguage', () => {
  it('tells English, German and the other languages of the wires apart', () => {
    expect(languageOf('The minister said on Monday that talks with the unions would resume after the holiday.')).toBe('en');
    expect(languageOf('Der Minister sagte am Montag, die Gespräche mit den Gewerkschaften würden nach dem Feiertag fortgesetzt.')).toBe('de');
    expect(languageOf('Ministeri sanoi maanantaina, että neuvottelut jatkuvat, mutta hän ei kertonut myös muuta.')).toBe('other');
    expect(languageOf('Ministeren sagde mandag, at forhandlingerne med fagforeningerne ikke genoptages efter ferien.')).toBe('other');
    // The name finder's words are folded: without their diacritics, they tell the same.
    expect(copyLanguage(['ministeri', 'sanoi', 'etta', 'neuvottelut', 'jatkuvat', 'mutta', 'myos'])).toBe('other');
    expect(copyLanguage(['der', 'minister', 'sagte', 'fur', 'alle', 'nicht'])).toBe('de');
  });

  it('takes copy with none of the common words, a table or a list of headlines, for English', () => {
    expect(languageOf('Tampa Bay 13, Toronto 2. Cleveland 639 .632 W-2, Baltimore 5 L-1')).toBe('en');
    expect(languageOf('Gwyneth Paltrow sent to court; LL Cool J learns lines; Martin Shkreli sued')).toBe('en');
    expect(languageOf('')).toBe('en');
  });
});
