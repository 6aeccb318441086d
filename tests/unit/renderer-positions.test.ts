import { describe, expect, it } from 'vitest';
import { blockStarts, spanRange } from '../../renderer/src/editor/positions';
import { bodyTexts, paragraph, storyToDoc, type Story } from '../../core/story/story';

const story: Story = {
  headline: 'Harbour vote',
  dek: 'A dek',
  byline: 'By A. Writer',
  dateline: 'PORTSMOUTH',
  body: [
    paragraph('First paragraph.'),
    { type: 'subhead', attrs: { level: 1 }, content: [{ type: 'text', text: 'Reaction' }] },
    { type: 'blockquote', content: [paragraph('Quoted one.'), paragraph('Quoted two.')] },
    { type: 'horizontal_rule' },
    { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph('Item one')] }, { type: 'list_item', content: [paragraph('Line\nbreak here')] }] },
    { type: 'ordered_list', attrs: { order: 3 }, content: [{ type: 'list_item', content: [paragraph('Numbered')] }] },
  ],
  meta: {},
};

describe('analysis offsets to document positions', () => {
  it('finds every body block in bodyBlocks order, rules skipped', () => {
    const doc = storyToDoc(story);
    const starts = blockStarts(doc);
    const texts = bodyTexts(story);
    expect(starts.body).toHaveLength(texts.length);
    texts.forEach((text, paragraphIndex) => {
      const range = spanRange(starts, { in: 'body', paragraph: paragraphIndex, start: 0, end: text.length })!;
      expect(doc.textBetween(range.from, range.to, undefined, '\n')).toBe(text);
    });
  });

  it('counts a hard break as one position, like the "\\n" in the text', () => {
    const doc = storyToDoc(story);
    const texts = bodyTexts(story);
    const index = texts.indexOf('Line\nbreak here');
    const start = texts[index].indexOf('break');
    const range = spanRange(blockStarts(doc), { in: 'body', paragraph: index, start, end: start + 5 })!;
    expect(doc.textBetween(range.from, range.to)).toBe('break');
  });

  it('places head fields and refuses blocks that are not there', () => {
    const doc = storyToDoc(story);
    const starts = blockStarts(doc);
    const headline = spanRange(starts, { in: 'headline', paragraph: 0, start: 8, end: 12 })!;
    expect(doc.textBetween(headline.from, headline.to)).toBe('vote');
    const dateline = spanRange(starts, { in: 'dateline', start: 0, end: 10 })!;
    expect(doc.textBetween(dateline.from, dateline.to)).toBe('PORTSMOUTH');
    expect(spanRange(starts, { in: 'body', paragraph: 99, start: 0, end: 1 })).toBeNull();
  });
});
