// STUB until the quotes issue lands: the contract only.
import type { AnalysisText } from '../story/story';
import type { Mention, Quote, TextSpan, Speaker } from '../story/annotations';

/** An editor's speaker choice for the quote covering this span. */
export interface SpeakerOverride extends TextSpan {
  speaker: Speaker;
}

export interface QuoteOptions {
  mentions?: readonly Mention[];
  overrides?: readonly SpeakerOverride[];
}

export function findQuotes(_texts: readonly AnalysisText[], _options: QuoteOptions = {}): Quote[] {
  throw new Error('Quote finding is not yet available.');
}

/** Marks each quote unchanged, altered (with a word diff) or not in the wire original. */
export function compareWithSource(_quotes: readonly Quote[], _sourceText: string): Quote[] {
  throw new Error('Quote integrity is not yet available.');
}
