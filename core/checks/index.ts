// The publish checklist: what an editor must see before a story goes out. Each check points at its
// place (headline or body paragraph, UTF-16 offsets) and, where one exists, carries its fix.
import type { AnalysisText, Story } from '../story/story';
import type { Check, Mention, Quote } from '../story/annotations';
import { boilerplateChecks } from './boilerplate';
import { nameChecks } from './names';
import { quoteChecks } from './quotes';
import { textChecks } from './text';
import { wireChecks } from './wire';

export interface CheckInput {
  story: Story;
  texts: readonly AnalysisText[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
  /** The time now (milliseconds), for embargoes: without it every embargo is shown. */
  now?: number;
}

export function runChecks(input: CheckInput): Check[] {
  const checks = [
    ...headChecks(input.story),
    ...wireChecks(input.story.meta, input.now),
    ...nameChecks(input.mentions),
    ...quoteChecks(input.quotes),
    ...textChecks(input.texts),
    ...boilerplateChecks(input.texts),
  ];
  return checks.sort(byPosition);
}

function headChecks(story: Story): Check[] {
  const checks: Check[] = [];
  if (!story.headline.trim()) checks.push({ kind: 'missing-headline', severity: 'error', message: 'The story has no headline.', in: 'headline', paragraph: 0 });
  if (!story.byline.trim()) checks.push({ kind: 'missing-byline', severity: 'warning', message: 'The story has no byline.', in: 'byline', paragraph: 0 });
  return checks;
}

const PLACE_ORDER = ['headline', 'dek', 'byline', 'dateline', 'body'] as const;

/** Story order: head fields first, then body paragraphs, then offsets. */
function byPosition(a: Check, b: Check): number {
  const place = (c: Check) => (c.in === undefined ? PLACE_ORDER.length : PLACE_ORDER.indexOf(c.in));
  return place(a) - place(b) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0);
}
