// Story -> publish-ready Markdown and back: front matter, options, escaping, and Markdown import.
import { readFileSync } from 'node:fs';
import { Parser, HtmlRenderer } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { applyReplacements, markdownToStory, smarten, storyToMarkdown, straighten } from '../../core/markdown';
import { bodyTexts, paragraph, storyTexts, type InlineJSON, type Story } from '../../core/story/story';
import type { Mention } from '../../core/story/annotations';
import { exampleFile } from '../support/paths';

function exampleStory(): Story {
  const [headline, ...body] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8').trim().split(/\n\s*\n/);
  return {
    headline,
    dek: 'Talks go on: no deal "so far"',
    byline: 'By Desk Staff',
    dateline: 'MOSCOW',
    body: body.map((p) => paragraph(p.trim())),
    meta: { date: '2022-07-07T09:30:00Z', source: 'wire-prisoner-exchange.txt', slugline: 'RUSSIA-USA/PRISONERS' },
  };
}

const html = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown));
const story = (...body: Story['body']): Story => ({ headline: 'H', dek: '', byline: '', dateline: '', body, meta: {} });
const body = (s: Story) => storyToMarkdown(s, { bodyOnly: true, typographic: 'as-written' });

describe('publish-ready Markdown of the example story', () => {
  const example = exampleStory();
  const markdown = storyToMarkdown(example);

  it('opens with YAML front matter that reads back as the head fields', () => {
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
    const back = markdownToStory(markdown);
    expect(back.headline).toBe('No agreement “yet” on prisoner exchange between Russia and the United States');
    expect(back.dek).toBe('Talks go on: no deal “so far”');
    expect([back.byline, back.dateline]).toEqual(['By Desk Staff', 'MOSCOW']);
    expect(back.meta).toMatchObject({ date: '2022-07-07T09:30:00Z', slugline: 'russia-usa-prisoners', source: 'wire-prisoner-exchange.txt' });
  });

  it('keeps every word of the body, with typographic quotes', () => {
    const back = markdownToStory(markdown);
    expect(bodyTexts(back)).toEqual(bodyTexts(example).map((t) => smarten(t)));
    expect(markdown).toContain('“No concrete result has been reached yet,” Russian Foreign Ministry spokeswoman');
    expect(markdown).toContain('Russia’s invasion');
  });

  it('writes straight quotes when asked', () => {
    const straight = storyToMarkdown({ ...example, body: [paragraph('“No,” she said — it’s over…')] }, { typographic: false });
    expect(straight).toContain(`"No," she said -- it's over...`);
  });

  it('writes the canonical name for each mention it is told to normalize', () => {
    const texts = storyTexts(example);
    const mention = (text: string, canonical: string): Mention => {
      const t = texts.find((x) => x.text.includes(text))!;
      const start = t.text.indexOf(text);
      return { text, in: t.in, paragraph: t.paragraph, start, end: start + text.length, match: 'variant', entity: { id: canonical, canonical, type: 'person' } };
    };
    const normalize = [mention('Britney Greiner', 'Brittney Griner'), mention('Anthony Blinken', 'Antony Blinken'), mention('Grayner', 'Brittney Griner')];
    const out = storyToMarkdown(example, { normalize });
    expect(out).toContain('basketball star Brittney Griner and former Marine');
    expect(out).toContain('US Secretary of State Antony Blinken announced');
    expect(out).toContain('\n\nBrittney Griner, the two-time NBA star');
    expect(out).not.toMatch(/Britney Greiner|Anthony Blinken|Grayner/);
  });

  it('without front matter, heads the story with the headline', () => {
    const out = storyToMarkdown(example, { frontMatter: false });
    expect(out.startsWith('# No agreement “yet” on prisoner exchange')).toBe(true);
    expect(out).toContain('\n\nBy Desk Staff\n\nMOSCOW\n\nMoscow confirmed Thursday');
    expect(markdownToStory(out).headline).toBe('No agreement “yet” on prisoner exchange between Russia and the United States');
  });

  it('writes only the body when asked', () => {
    const out = storyToMarkdown(example, { bodyOnly: true });
    expect(out.startsWith('Moscow confirmed Thursday')).toBe(true);
    expect(out).not.toContain('No agreement');
  });
});

describe('front matter', () => {
  it('keeps a title that YAML would misread', () => {
    for (const headline of ['No: agreement', '- yes', '"Quoted" title', "it's #1", 'null', '2022-07-07', '---', '@ home: [1, 2]']) {
      const out = storyToMarkdown({ ...story(paragraph('x')), headline }, { typographic: 'as-written' });
      expect(markdownToStory(out).headline).toBe(headline);
    }
  });

  it('lists the story’s tagged entities as tags, canonical names, once each', () => {
    const tagged = (text: string, canonical: string): InlineJSON => ({ type: 'text', text, marks: [{ type: 'entity', attrs: { id: canonical, canonical, kind: 'person' } }] });
    const s = story({ type: 'paragraph', content: [tagged('Griner', 'Brittney Griner'), { type: 'text', text: ' and ' }, tagged('Bout', 'Viktor Bout')] }, { type: 'paragraph', content: [tagged('Griner', 'Brittney Griner')] });
    expect(storyToMarkdown(s)).toContain('tags:\n  - Brittney Griner\n  - Viktor Bout\n');
    expect(markdownToStory(storyToMarkdown(s)).meta.keywords).toEqual(['Brittney Griner', 'Viktor Bout']);
  });

  it('links a tagged entity that has a URL', () => {
    const s = story({ type: 'paragraph', content: [{ type: 'text', text: 'Griner', marks: [{ type: 'entity', attrs: { id: '1', canonical: 'Brittney Griner', kind: 'person' } }] }, { type: 'text', text: ' spoke.' }] });
    const links = new Map([['Brittney Griner', 'https://example.org/people/griner (profile)']]);
    const out = storyToMarkdown(s, { entityLinks: links, bodyOnly: true });
    expect(out).toBe('[Griner](<https://example.org/people/griner (profile)>) spoke.\n');
    expect(storyToMarkdown(s, { bodyOnly: true })).toBe('Griner spoke.\n');
  });

  it('does not take a rule at the top of a document for front matter', () => {
    const s = story({ type: 'horizontal_rule' }, paragraph('Between rules.'), { type: 'horizontal_rule' });
    const out = storyToMarkdown(s, { bodyOnly: true });
    expect(markdownToStory(out).body).toEqual(s.body);
  });

  it('refuses front matter that is not YAML with one clear line', () => {
    expect(() => markdownToStory('---\ntitle: [unclosed\n---\n\nBody')).toThrow(/^The front matter is not valid YAML: [^\n]+$/);
    expect(() => markdownToStory('---\n- a list\n---\n\nBody')).toThrow('The front matter is not a list of fields (key: value).');
  });
});

describe('escaping', () => {
  it('keeps text that looks like Markdown as text, escaping only what would be read as syntax', () => {
    const cases: [string, string][] = [
      ['1. Not a list', '1\\. Not a list'],
      ['# Not a heading', '\\# Not a heading'],
      ['#hashtag stays', '#hashtag stays'],
      ['- not an item', '\\- not an item'],
      ['> not a quote', '\\> not a quote'],
      ['*not emphasis*', '\\*not emphasis\\*'],
      ['snake_case_name and _this_', 'snake_case_name and \\_this\\_'],
      ['[not](a link) <b>no</b> &amp; `code`', '\\[not\\](a link) \\<b>no\\</b> \\&amp; \\`code\\`'],
      ['    four spaces', '&#32;   four spaces'],
      ['AT&T and Q&A', 'AT&T and Q&A'],
      ['2024 was good', '2024 was good'],
    ];
    for (const [text, expected] of cases) {
      const out = body(story(paragraph(text)));
      expect(out).toBe(expected + '\n');
      expect(html(out)).toBe(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</p>\n`);
    }
  });

  it('writes emphasis that any parser reads back, even where the plain delimiter would fail', () => {
    const em = (text: string): InlineJSON => ({ type: 'text', text, marks: [{ type: 'em' }] });
    const plain = (text: string): InlineJSON => ({ type: 'text', text });
    const cases: InlineJSON[][] = [
      [plain('un'), em('believ'), plain('able')],
      [plain('a'), em('.b')],
      [em('"Quoted"'), plain('s')],
      [{ type: 'text', text: 'both', marks: [{ type: 'em' }, { type: 'strong' }] }, { type: 'text', text: ' strong', marks: [{ type: 'strong' }] }],
    ];
    for (const content of cases) {
      const out = body(story({ type: 'paragraph', content }));
      expect(markdownToStory(out, { bodyOnly: true }).body).toEqual([{ type: 'paragraph', content }]);
    }
    expect(body(story({ type: 'paragraph', content: [plain('It is '), em('very'), plain(' good.')] }))).toBe('It is *very* good.\n');
  });

  it('moves spaces at the edges of emphasis outside it, keeping the words', () => {
    const strong = (text: string): InlineJSON => ({ type: 'text', text, marks: [{ type: 'strong' }] });
    const s = story({ type: 'paragraph', content: [strong('MOSCOW (Reuters) - '), { type: 'text', text: 'Talks went on.' }] });
    expect(body(s)).toBe('**MOSCOW (Reuters) -** Talks went on.\n');
    expect(markdownToStory(body(s), { bodyOnly: true }).body).toEqual([
      { type: 'paragraph', content: [strong('MOSCOW (Reuters) -'), { type: 'text', text: ' Talks went on.' }] },
    ]);
  });

  it('writes hard breaks, subheads, quotes, lists and rules as CommonMark', () => {
    const item = (text: string) => ({ type: 'list_item' as const, content: [paragraph(text)] as [ReturnType<typeof paragraph>] });
    const s = story(
      paragraph('Line one\n1. line two'),
      { type: 'subhead', attrs: { level: 1 }, content: [{ type: 'text', text: 'Issue #' }] },
      { type: 'subhead', attrs: { level: 2 }, content: [{ type: 'text', text: 'Detail' }] },
      { type: 'blockquote', content: [paragraph('Said one.'), paragraph('- Said two.')] },
      { type: 'bullet_list', content: [item('First'), item('Second\nmore')] },
      { type: 'bullet_list', content: [item('Another list')] },
      { type: 'ordered_list', attrs: { order: 3 }, content: [item('Three'), item('Four')] },
      { type: 'horizontal_rule' },
    );
    const out = body(s);
    expect(out).toBe(
      'Line one\\\n1\\. line two\n\n## Issue \\#\n\n### Detail\n\n> Said one.\n>\n> \\- Said two.\n\n- First\n- Second\\\n  more\n\n* Another list\n\n3. Three\n4. Four\n\n---\n',
    );
    expect(markdownToStory(out, { bodyOnly: true }).body).toEqual(s.body);
  });

  it('writes link destinations and titles that come back whole', () => {
    const link = (href: string, title: string | null): InlineJSON => ({ type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href, title } }] });
    for (const [href, title] of [
      ['https://example.org/a_(b)', 'The "best" one'],
      ['https://example.org/?q=1&amp;x', null],
      ['', 'empty'],
      ['https://example.org/<x>', 'back\\slash'],
    ] as const) {
      const s = story({ type: 'paragraph', content: [link(href, title)] });
      const back = markdownToStory(body(s), { bodyOnly: true }).body[0];
      expect(back).toEqual({ type: 'paragraph', content: [link(encodeURI(href).replace(/%25/g, '%'), title)] });
    }
  });
});

describe('Markdown import', () => {
  it('takes the first # heading as the headline when there is no front matter title', () => {
    const s = markdownToStory('# The headline\n\nFirst paragraph.\n\n# Later h1\n\n#### Deep');
    expect(s.headline).toBe('The headline');
    expect(s.body).toEqual([
      paragraph('First paragraph.'),
      { type: 'subhead', attrs: { level: 1 }, content: [{ type: 'text', text: 'Later h1' }] },
      { type: 'subhead', attrs: { level: 2 }, content: [{ type: 'text', text: 'Deep' }] },
    ]);
    expect(markdownToStory('---\ntitle: From front matter\n---\n# Heading').body[0].type).toBe('subhead');
    expect(markdownToStory('# Heading', { bodyOnly: true }).headline).toBe('');
  });

  it('keeps the words of what the schema cannot hold', () => {
    const s = markdownToStory('```\ncode line 1\ncode line 2\n```\n\n![a photo of Moscow](m.jpg) and `inline code` and <span>raw</span>\n\n- item\n  - nested\n\n> # quoted heading\n> - quoted item', { bodyOnly: true });
    expect(bodyTexts(s)).toEqual(['code line 1\ncode line 2', 'a photo of Moscow and inline code and <span>raw</span>', 'item', 'nested', 'quoted heading', 'quoted item']);
  });

  it('gives an empty story one empty paragraph', () => {
    expect(markdownToStory('').body).toEqual([{ type: 'paragraph' }]);
  });
});

describe('typography and replacements', () => {
  it('curls quotes by context and turns -- and ... into a dash and an ellipsis', () => {
    expect(smarten(`"Hello," she said -- it's the '90s... 'Right?'`)).toBe('“Hello,” she said — it’s the ’90s… ‘Right?’');
    expect(smarten('"', 'word')).toBe('”');
    expect(straighten('“Hello,” — it’s…')).toBe(`"Hello," -- it's...`);
  });

  it('replaces spans across marks, the new text taking the marks of the old', () => {
    const s = story({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Britney ' }, { type: 'text', text: 'Greiner', marks: [{ type: 'em' }] }, { type: 'text', text: ' spoke.' }],
    });
    const fixed = applyReplacements(s, [{ in: 'body', paragraph: 0, start: 0, end: 15, replacement: 'Brittney Griner' }]);
    expect(fixed.body[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Brittney Griner spoke.' }] });
    const inside = applyReplacements(s, [{ in: 'body', paragraph: 0, start: 8, end: 15, replacement: 'Griner' }]);
    expect(inside.body[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Britney ' }, { type: 'text', text: 'Griner', marks: [{ type: 'em' }] }, { type: 'text', text: ' spoke.' }] });
    expect(s.body[0]).not.toEqual(fixed.body[0]);
    const headline = applyReplacements({ ...s, headline: 'Greiner freed' }, [{ in: 'headline', paragraph: 0, start: 0, end: 7, replacement: 'Griner' }]);
    expect(headline.headline).toBe('Griner freed');
  });
});
