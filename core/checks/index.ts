// STUB until the checklist issue lands: the contract only.
import type { Story, AnalysisText } from '../story/story';
import type { Check, Mention, Quote } from '../story/annotations';

export interface CheckInput {
  story: Story;
  texts: readonly AnalysisText[];
  mentions: readonly Mention[];
  quotes: readonly Quote[];
}

export function runChecks(_input: CheckInput): Check[] {
  throw new Error('The publish checklist is not yet available.');
}
