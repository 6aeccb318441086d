import { describe, expect, it } from 'vitest';
import { curlyQuote, smartenText } from '../../renderer/src/editor/typography';

describe('typographic quotes', () => {
  it('opens after a space or at the start and closes after a word', () => {
    expect(smartenText('He said "no" and left.')).toBe('He said “no” and left.');
    expect(smartenText("'Tis 'fine,' she said")).toBe('‘Tis ‘fine,’ she said');
  });

  it('writes apostrophes right, including AP decades and rock ’n’ roll', () => {
    expect(smartenText("It's the '90s")).toBe('It’s the ’90s');
    expect(smartenText("in '22 and the 1990s")).toBe('in ’22 and the 1990s');
    expect(smartenText("rock 'n' roll")).toBe('rock ’n’ roll');
  });

  it('turns -- into an em dash and ... into an ellipsis', () => {
    expect(smartenText('wait--what...')).toBe('wait—what…');
  });

  it('chooses the quote from the text before it while typing', () => {
    expect(curlyQuote('"', '')).toBe('“');
    expect(curlyQuote('"', 'word')).toBe('”');
    expect(curlyQuote("'", 'don')).toBe('’');
    expect(curlyQuote("'", '(')).toBe('‘');
  });
});
