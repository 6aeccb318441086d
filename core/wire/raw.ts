// What a format parser hands to the shared clean-up (clean.ts) before it becomes a Story.
import type { BlockJSON, StoryMeta } from '../story/story';

export interface RawWireItem {
  headline?: string;
  dek?: string;
  byline?: string;
  dateline?: string;
  /** Body blocks as the format gives them; clean-up normalises their text afterwards. */
  body: BlockJSON[];
  meta: StoryMeta;
}
