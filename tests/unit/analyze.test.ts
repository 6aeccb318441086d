// The analysis glue: an editor's speaker choice, kept as a mark in the draft, wins over attribution.
import { describe, expect, it } from 'vitest';
import { analyzeStory, speakerOverridesFromStory } from '../../core/analyze';
import { buildMatcher } from '../../core/entities';
import { emptyStory, type Story } from '../../core/story/story';

const speaker = { type: 'speaker' as const, attrs: { name: 'Ada Holm', canonical: 'Ada Holm' } };

function storyWith(body: Story['body']): Story {
  return { ...emptyStory(), headline: 'Council votes on the bridge', body };
}

describe('speaker choices kept in the draft', () => {
  const story = storyWith([
    { type: 'paragraph', content: [{ type: 'text', text: 'The mayor spoke first.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Later, one line:' },
        { type: 'hard_break' },
        { type: 'text', text: '“' },
        { type: 'text', text: 'We will ', marks: [speaker] },
        { type: 'text', text: 'not', marks: [{ type: 'em' }, speaker] },
        { type: 'text', text: ' wait,', marks: [speaker] },
        { type: 'text', text: '” said the mayor.' },
      ],
    },
  ]);

  it('reads the speaker mark as one span in the paragraph text, a hard break counting as one character', () => {
    const [override] = speakerOverridesFromStory(story);
    expect(override).toMatchObject({ in: 'body', paragraph: 1, start: 18, end: 35 });
    expect(override.speaker).toMatchObject({ text: 'Ada Holm', canonical: 'Ada Holm', via: 'editor' });
  });

  it('makes the chosen speaker win over the attribution in the text', () => {
    const matcher = buildMatcher([{ canonical: 'Ada Holm', type: 'person', aliases: [], description: '' }]);
    const { quotes } = analyzeStory(story, { matcher });
    const quote = quotes.find((q) => q.text.startsWith('We will not wait'));
    expect(quote?.speaker).toMatchObject({ text: 'Ada Holm', canonical: 'Ada Holm' });
  });

  it('leaves attribution alone where the editor chose nothing', () => {
    const plain = storyWith([{ type: 'paragraph', content: [{ type: 'text', text: '“We will not wait,” said the mayor.' }] }]);
    expect(speakerOverridesFromStory(plain)).toEqual([]);
    expect(analyzeStory(plain).quotes[0].speaker?.text).not.toBe('Ada Holm');
  });
});
