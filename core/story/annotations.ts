// What analysis says about a story: mentions of entities, quotes and publish checks.
// These shapes are the `analyze --json` contract of DESIGN.md (plus a few fields the UI needs).
import type { EntityKind } from './story';

/** A span in one analysed text: UTF-16 offsets into that paragraph's text. */
export interface TextSpan {
  in: 'headline' | 'body';
  paragraph: number;
  start: number;
  end: number;
}

export interface EntityRef {
  id: string;
  canonical: string;
  type: EntityKind;
}

export type MatchKind = 'exact' | 'alias' | 'variant' | 'candidate';

export interface Mention extends TextSpan {
  text: string;
  /** null for candidates and for ambiguous aliases. */
  entity: EntityRef | null;
  match: MatchKind;
  /** An alias shared by several entities: shown, never guessed. */
  ambiguous?: readonly EntityRef[];
  /** For variants: how sure the detector is, 0..1. */
  confidence?: number;
}

export interface Speaker {
  /** The speaker as the story names them ("Maria Zakharova", "his wife, Alla"). */
  text: string;
  /** The dictionary's canonical name, null when the speaker is in no dictionary. */
  canonical: string | null;
  entityId?: string | null;
  /** How the speaker was found. */
  via?: 'attribution' | 'pronoun' | 'context' | 'editor';
}

export type QuoteIntegrity = 'unchanged' | 'altered' | 'not-in-source';

export interface WordDiff {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface Quote extends TextSpan {
  /** The quoted words, without their quotation marks. */
  text: string;
  partial: boolean;
  speaker: Speaker | null;
  /** Set when the story has a wire original to compare with. */
  integrity?: QuoteIntegrity;
  /** Word-level difference from the closest passage of the original, for altered quotes. */
  diff?: WordDiff[];
}

export type CheckSeverity = 'error' | 'warning' | 'info';

export interface Check {
  kind: string;
  severity: CheckSeverity;
  message: string;
  in?: 'headline' | 'body' | 'dek' | 'byline' | 'dateline';
  paragraph?: number;
  start?: number;
  end?: number;
  /** A one-click fix: replace the span with this text. */
  fix?: { label: string; replacement: string };
}
