import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from 'prosemirror-model';
import { storySchema } from '../../core/story/schema';
import { smartenSlice } from '../../renderer/src/editor/paste';

const { nodes, marks } = storySchema;

/** The text of each block of a pasted slice, after the editor has made it typographic. */
function pasted(...blocks: Parameters<typeof storySchema.text>[][]): string[] {
  const content = Fragment.fromArray(blocks.map((runs) => nodes.paragraph.create(null, runs.map(([text, m]) => storySchema.text(text, m)))));
  const out: string[] = [];
  smartenSlice(new Slice(content, 1, 1)).content.forEach((block) => out.push(block.textContent));
  return out;
}

describe('pasted copy gets typographic quotes', () => {
  it('opens after a space or at the start and closes after a word', () => {
    expect(pasted([['He said "no" and left.']])).toEqual(['He said “no” and left.']);
    expect(pasted([["'Tis 'fine,' she said"]])).toEqual(['‘Tis ‘fine,’ she said']);
  });

  it('writes apostrophes right, including AP decades and rock ’n’ roll', () => {
    expect(pasted([["It's the '90s"]], [["in '22 and the 1990s"]], [["rock 'n' roll"]])).toEqual(['It’s the ’90s', 'in ’22 and the 1990s', 'rock ’n’ roll']);
  });

  it('reads the text before a run, so a quote after an italic word closes', () => {
    expect(pasted([['She called it ', []], ['Dune', [marks.em.create()]], ['" and smiled.', []]])).toEqual(['She called it Dune” and smiled.']);
  });

  it('starts each block afresh and turns -- and ... into a dash and an ellipsis', () => {
    expect(pasted([['wait--what...']], [['"Yes," she said.']])).toEqual(['wait—what…', '“Yes,” she said.']);
  });
});
