// The publish checklist on the example wire story, with the mentions and quotes a copy editor finds in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/checks';
import { applyReplacements } from '../../core/markdown';
import { paragraph, storyTexts, type Story } from '../../core/story/story';
import type { Check, Mention, Quote } from '../../core/story/annotations';
import { exampleFile } from '../support/paths';

interface Expected {
  variants: { text: string; canonical: string; context?: string }[];
  quotes: { text: string; speaker: string; partial?: boolean }[];
}

function exampleStory(): Story {
  const [headline, ...body] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8').trim().split(/\n\s*\n/);
  return { headline, dek: '', byline: '', dateline: '', body: body.map((p) => paragraph(p.trim())), meta: {} };
}

const expected = JSON.parse(readFileSync(exampleFile('wire-prisoner-exchange.expected.json'), 'utf8')) as Expected;

/** Mentions of `text` as `entity`, found where `context` (or the text itself) occurs. */
function mentionsOf(story: Story, text: string, canonical: string, match: Mention['match'], context = text): Mention[] {
  return storyTexts(story).flatMap((t) => {
    const at = t.text.indexOf(context);
    if (at < 0) return [];
    const start = at + context.indexOf(text);
    const entity = { id: canonical, canonical, type: 'person' as const };
    return [{ text, in: t.in, paragraph: t.paragraph, start, end: start + text.length, entity, match }];
  });
}

function check(story: Story, mentions: Mention[] = [], quotes: Quote[] = []): Check[] {
  return runChecks({ story, texts: storyTexts(story), mentions, quotes });
}

const storyOf = (...paragraphs: string[]): Story => ({ headline: 'A headline', dek: '', byline: 'By A. Writer', dateline: '', body: paragraphs.map((p) => paragraph(p)), meta: {} });
const kinds = (checks: Check[]) => checks.map((c) => c.kind);
const spanText = (story: Story, c: Check) => storyTexts(story).find((t) => t.in === c.in && t.paragraph === c.paragraph)!.text.slice(c.start, c.end);

describe('publish checklist on the example story', () => {
  const story = exampleStory();
  const variants = expected.variants.filter((v) => !('hard' in v)).flatMap((v) => mentionsOf(story, v.text, v.canonical, 'variant', v.context));

  it('asks about every misspelt name and offers the house spelling', () => {
    const checks = check(story, variants).filter((c) => c.kind === 'variant');
    expect(checks.map((c) => c.message)).toContain('Britney Greiner — did you mean Brittney Griner?');
    expect(checks).toHaveLength(variants.length);
    const fullNames = checks.filter((c) => spanText(story, c).includes(' '));
    for (const c of fullNames) expect(c.fix?.replacement).toBe(variants.find((m) => m.paragraph === c.paragraph && m.start === c.start)!.entity!.canonical);
  });

  it('offers the surname for a misspelt surname, as AP style writes later references', () => {
    const messages = check(story, variants).filter((c) => c.kind === 'variant' && !spanText(story, c).includes(' '));
    expect(messages.map((c) => [spanText(story, c), c.fix?.replacement])).toEqual([
      ['Butt', 'Bout'],
      ['Butt', 'Bout'],
      ['Grayner', 'Griner'],
      ['Greiner', 'Griner'],
    ]);
    expect(messages[0].message).toBe('Butt — did you mean Bout (Viktor Bout)?');
  });

  it('fixes all variants at once through the fixes it offers', () => {
    const fixes = check(story, variants).filter((c) => c.kind === 'variant');
    const fixed = applyReplacements(story, fixes.map((c) => ({ in: 'body', paragraph: c.paragraph!, start: c.start!, end: c.end!, replacement: c.fix!.replacement })));
    const text = storyTexts(fixed).map((t) => t.text).join('\n');
    expect(text).not.toMatch(/Britney Greiner|Anthony Blinken|Sergei Lavrov|Peter Heine|Grayner/);
    expect(text).toContain('basketball star Brittney Griner and former Marine Paul Whelan');
    expect(text).toContain('Former British minister Peter Hain called Bout "the Merchant of Death"');
    expect(text).toContain('Griner, the two-time NBA star');
  });

  it('finds the leftover Google News line and the missing byline', () => {
    const checks = check(story);
    const boilerplate = checks.find((c) => c.kind === 'boilerplate')!;
    expect(spanText(story, boilerplate)).toMatch(/^Follow our latest local and sports news/);
    expect(boilerplate.fix).toEqual({ label: 'Remove', replacement: '' });
    expect(kinds(checks)).toContain('missing-byline');
    expect(kinds(checks)).not.toContain('missing-headline');
    // Straight quotes that pair up, and a quotation that is never left open, raise nothing.
    expect(kinds(checks)).not.toContain('unbalanced-quotes');
    expect(kinds(checks)).not.toContain('unbalanced-brackets');
  });

  it('asks who said a quote with no speaker, and flags quotes that are not the wire’s words', () => {
    const quotes: Quote[] = expected.quotes.slice(0, 3).map((q, i) => {
      const t = storyTexts(story).find((x) => x.text.includes(q.text))!;
      const start = t.text.indexOf(q.text);
      return {
        text: q.text,
        in: t.in,
        paragraph: t.paragraph,
        start,
        end: start + q.text.length,
        partial: q.partial ?? false,
        speaker: i === 0 ? null : { text: q.speaker, canonical: q.speaker },
        integrity: i === 1 ? 'altered' : i === 2 ? 'not-in-source' : 'unchanged',
        diff: i === 1 ? [{ op: 'same', text: 'interests of' }, { op: 'removed', text: 'all' }, { op: 'added', text: 'both' }, { op: 'same', text: 'parties' }] : undefined,
      };
    });
    const checks = check(story, [], quotes).filter((c) => c.kind.endsWith('quote'));
    expect(checks.map((c) => [c.kind, c.message])).toEqual([
      ['unattributed-quote', 'Who said “No concrete result has been reached yet”?'],
      ['altered-quote', '“interests of both parties” differs from the wire copy (2 changes).'],
      ['not-in-source-quote', '“substantial proposal” is not in the wire copy.'],
    ]);
  });

  it('leaves a headline’s quote to the body for its attribution', () => {
    const yet: Quote = { text: 'yet', in: 'headline', paragraph: 0, start: 14, end: 17, partial: true, speaker: null };
    expect(story.headline.slice(yet.start, yet.end)).toBe('yet');
    expect(kinds(check(story, [], [yet]))).not.toContain('unattributed-quote');
  });

  it('lists the checks in story order', () => {
    const checks = check({ ...story, headline: '' }, variants);
    const positions = checks.map((c) => [['headline', 'dek', 'byline', 'dateline', 'body'].indexOf(c.in!), c.paragraph ?? 0, c.start ?? 0]);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(positions).toEqual(sorted);
    expect(checks[0].kind).toBe('missing-headline');
  });
});

describe('typing slips', () => {
  it('finds placeholders only as tokens of their own', () => {
    const story = storyOf('The toll was TK, with XXX injured. TKO in round TKTK??? What??? XXL shirts. ??? remains.');
    const found = check(story).filter((c) => c.kind === 'placeholder').map((c) => spanText(story, c));
    expect(found).toEqual(['TK', 'XXX', '???']);
  });

  it('offers one space for a double space', () => {
    const story = storyOf('Moscow  confirmed   talks.');
    const checks = check(story).filter((c) => c.kind === 'double-space');
    expect(checks).toHaveLength(2);
    const fixed = applyReplacements(story, checks.map((c) => ({ in: 'body', paragraph: c.paragraph!, start: c.start!, end: c.end!, replacement: c.fix!.replacement })));
    expect(storyTexts(fixed)[1].text).toBe('Moscow confirmed talks.');
  });

  it('points at the quotation mark that has no partner, but lets a quotation run on into the next paragraph', () => {
    const story = storyOf(
      '“We will talk,” she said. “But not today.',
      '“Tomorrow, perhaps.”',
      'He called it "a start.',
      'Then he left.',
      'A stray” mark.',
    );
    const checks = check(story).filter((c) => c.kind === 'unbalanced-quotes');
    expect(checks.map((c) => [c.paragraph, c.start])).toEqual([
      [2, 'He called it "a start.'.indexOf('"')],
      [4, 'A stray” mark.'.indexOf('”')],
    ]);
  });

  it('points at brackets without partners, not at enumerators', () => {
    const story = storyOf('1) First (of two] items.', 'a) Fine (really).', 'Nested [a (b)] ok), done.');
    const checks = check(story).filter((c) => c.kind === 'unbalanced-brackets');
    expect(checks.map((c) => [c.paragraph, spanText(story, c)])).toEqual([
      [0, '('],
      [0, ']'],
      [2, ')'],
    ]);
  });
});

describe('names and credits', () => {
  it('shows an alias shared by two people instead of guessing', () => {
    const s = storyOf('Bout was not told.');
    const ambiguous = ['Viktor Bout', 'Alla Bout'].map((canonical) => ({ id: canonical, canonical, type: 'person' as const }));
    const m: Mention = { text: 'Bout', in: 'body', paragraph: 0, start: 0, end: 4, entity: null, match: 'alias', ambiguous };
    const found = check(s, [m]).filter((c) => c.kind === 'ambiguous-name');
    expect(found.map((c) => [c.message, c.start, c.end, c.fix])).toEqual([['Bout could be Viktor Bout or Alla Bout — tag the one you mean.', 0, 4, undefined]]);
  });

  it('offers to remove an agency credit left at the end of a paragraph', () => {
    const s = storyOf('The talks go on, he said. (Reporting by Jane Roe; Editing by John Doe)');
    const found = check(s).filter((c) => c.kind === 'boilerplate');
    expect(found).toHaveLength(1);
    const fixed = applyReplacements(s, [{ in: 'body', paragraph: 0, start: found[0].start!, end: found[0].end!, replacement: found[0].fix!.replacement }]);
    expect(storyTexts(fixed)[1].text).toBe('The talks go on, he said.');
  });
});

describe('AP style for people (suggestions)', () => {
  const story = storyOf(
    'Zakharova spoke on Thursday.',
    'Maria Zakharova, the ministry spokeswoman, said talks went on.',
    'Zakharova added nothing. Later Maria Zakharova repeated it.',
  );
  const mentions = [
    ...mentionsOf(story, 'Zakharova', 'Maria Zakharova', 'alias', 'Zakharova spoke'),
    ...mentionsOf(story, 'Maria Zakharova', 'Maria Zakharova', 'exact', 'Maria Zakharova, the'),
    ...mentionsOf(story, 'Zakharova', 'Maria Zakharova', 'alias', 'Zakharova added'),
    ...mentionsOf(story, 'Maria Zakharova', 'Maria Zakharova', 'exact', 'Maria Zakharova repeated'),
  ];

  it('suggests the full name first and the surname after', () => {
    const checks = check(story, mentions).filter((c) => c.kind === 'first-reference');
    expect(checks.every((c) => c.severity === 'info')).toBe(true);
    expect(checks.map((c) => [c.paragraph, spanText(story, c), c.fix?.replacement])).toEqual([
      [0, 'Zakharova', 'Maria Zakharova'],
      [2, 'Maria Zakharova', 'Zakharova'],
    ]);
  });

  it('is quiet when the story already follows the style', () => {
    const good = storyOf('Maria Zakharova spoke.', 'Zakharova added more.');
    const ms = [...mentionsOf(good, 'Maria Zakharova', 'Maria Zakharova', 'exact'), ...mentionsOf(good, 'Zakharova', 'Maria Zakharova', 'alias', 'Zakharova added')];
    expect(kinds(check(good, ms))).not.toContain('first-reference');
  });
});

describe('what the agency said about the item', () => {
  const withMeta = (meta: Story['meta']): Story => ({ ...storyOf('The council met on Tuesday.'), meta });
  const head = (meta: Story['meta'], now?: number) =>
    runChecks({ story: withMeta(meta), texts: storyTexts(withMeta(meta)), mentions: [], quotes: [], now }).map((c) => [c.kind, c.severity]);

  it('a withheld item is held, a usable one raises nothing', () => {
    expect(head({ pubStatus: 'withheld' })).toEqual([['withheld', 'error']]);
    expect(head({ pubStatus: 'usable' })).toEqual([]);
  });

  it('an embargo is shown when the time now is not known, and until it passes when it is', () => {
    const embargo = '2026-11-27T06:00:00Z';
    expect(head({ embargo })).toEqual([['embargo', 'error']]);
    expect(head({ embargo }, Date.parse('2026-11-27T05:59:00Z'))).toEqual([['embargo', 'error']]);
    expect(head({ embargo }, Date.parse('2026-11-27T06:00:00Z'))).toEqual([]);
  });

  it('an item marked embargoed with no time asks the editor to find out', () => {
    expect(head({ pubStatus: 'embargoed' })).toEqual([['embargo', 'warning']]);
  });

  it('a note to editors is for reading; one that holds the story back is a warning', () => {
    expect(head({ ednote: 'Eds: Adds quote from mayor.' })).toEqual([['editors-note', 'info']]);
    expect(head({ ednote: 'HOLD FOR RELEASE UNTIL 6 P.M. EDT' })).toEqual([['editors-note', 'warning']]);
  });

  it('a long note is cut at a word in the checklist', () => {
    const ednote = `Eds: ${'a long note to editors '.repeat(20)}`;
    const [check] = runChecks({ story: withMeta({ ednote }), texts: storyTexts(withMeta({ ednote })), mentions: [], quotes: [] });
    expect(check.message.length).toBeLessThan(230);
    expect(check.message).toMatch(/ (?:a|long|note|to|editors) …$/);
  });
});
