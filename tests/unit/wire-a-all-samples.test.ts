// Every shared wire sample the README lists imports cleanly: a headline, a body, and text with no
// replacement characters, no mojibake and no control characters, whatever its format or encoding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyTexts, type Story } from '../../core/story/story';
import { parseWire, WireError } from '../../core/wire';
import { wireSample } from '../support/paths';

const samples = [...readFileSync(wireSample('README.md'), 'utf8').matchAll(/^## (\S.*)$/gm)].map((m) => m[1].trim());

// Documented in the README as items that are not readable stories.
const REFUSED = new Set(['newsml-g2/001_incomplete_file.xml']); // schema-invalid, no content
const WITHOUT_BODY = new Set([
  'newsml-g2/text.xml', // truncated: its only paragraph is the byline, which moves to the byline
  'newsml-g2/LISTING 1 A NewsML-G2 News Item.xml', // the guideline example's body is a placeholder comment
  'newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538', // a cancellation notice
  'ap-media-json/ap_media_text_item.json', // AP Media API metadata without the story text
]);

const MOJIBAKE = /Ã|Â(?=\S)|â€/;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

function allText(story: Story): string {
  const meta = Object.values(story.meta).flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : []));
  return [story.headline, story.dek, story.byline, story.dateline, ...bodyTexts(story), ...meta].join('\n');
}

describe('all shared wire samples', () => {
  it('are all listed in the README (43 files)', () => {
    expect(samples).toHaveLength(43);
  });

  it.each(samples)('%s', async (relative) => {
    const bytes = new Uint8Array(readFileSync(wireSample(relative)));
    if (REFUSED.has(relative)) {
      await expect(parseWire(bytes)).rejects.toBeInstanceOf(WireError);
      return;
    }
    const result = await parseWire(bytes);
    for (const story of result.stories) {
      expect(story.headline.trim()).not.toBe('');
      if (!WITHOUT_BODY.has(relative)) expect(bodyTexts(story).join('').trim()).not.toBe('');
      const text = allText(story);
      expect(text).not.toContain('\uFFFD');
      expect(text).not.toMatch(MOJIBAKE);
      expect(text).not.toMatch(CONTROL);
    }
    expect(result.text).not.toContain('\uFFFD');
    expect(result.text).not.toMatch(MOJIBAKE);
  });
});
