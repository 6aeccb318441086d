// Telling English copy from the other languages of the wires, by the story's lower-case words.
import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../core/story/language';

const lowerCaseWords = (text: string) => new Set(text.match(/(?<!\p{L})\p{Ll}{3,}/gu) ?? []);

describe('readsAsEnglish', () => {
  it('reads English agency copy as English, and German, Finnish and Danish copy not', () => {
    expect(readsAsEnglish(lowerCaseWords('The minister said on Monday that talks with the unions would resume after the holiday.'))).toBe(true);
    expect(readsAsEnglish(lowerCaseWords('Der Minister sagte am Montag, die Gespräche mit den Gewerkschaften würden nach dem Feiertag fortgesetzt.'))).toBe(false);
    expect(readsAsEnglish(lowerCaseWords('Ministeri sanoi maanantaina, että neuvottelut ammattiliittojen kanssa jatkuvat loman jälkeen.'))).toBe(false);
    expect(readsAsEnglish(lowerCaseWords('Ministeren sagde mandag, at forhandlingerne med fagforeningerne genoptages efter ferien.'))).toBe(false);
  });

  it('assumes English for a line too short to tell', () => {
    expect(readsAsEnglish(lowerCaseWords('New York is big.'))).toBe(true);
    expect(readsAsEnglish([])).toBe(true);
  });
});
