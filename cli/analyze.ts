// `copydesk analyze`: each file's mentions, quotes and checks, as JSON lines or a summary to read.
import { analyzeStory, type Analysis } from '../core/analyze';
import { bodyTexts, type Check, type Mention, type Quote } from '../core/story';
import type { WireResult } from '../core/wire';
import type { CommandInput, analyzeOptions } from './commands';
import { loadMatcher } from './dictionaries';
import { EXIT_DONE, EXIT_REFUSED } from './errors';
import { forEachFile, formatOption, readWireFile } from './wire-input';

export async function analyze({ values, positionals }: CommandInput<typeof analyzeOptions>): Promise<number> {
  const format = formatOption(values.format);
  const matcher = await loadMatcher(values.dict, values.db);
  const refused = await forEachFile(positionals, async (file) => {
    const wire = await readWireFile(file, { format });
    const analysis = analyzeStory(wire.story, { matcher, now: Date.now() });
    process.stdout.write(values.json ? `${JSON.stringify(analysisJson(file, wire, analysis))}\n` : humanSummary(file, wire, analysis));
  });
  return refused > 0 ? EXIT_REFUSED : EXIT_DONE;
}

/** The `analyze --json` line of DESIGN.md, field for field. */
export function analysisJson(file: string, wire: WireResult, analysis: Analysis) {
  const { story } = wire;
  return {
    file,
    format: wire.format,
    story: {
      headline: story.headline,
      byline: story.byline,
      dateline: story.dateline,
      slugline: story.meta.slugline ?? '',
      body: bodyTexts(story),
    },
    mentions: analysis.mentions.map((m) => ({
      text: m.text,
      ...spanJson(m),
      entity: m.entity && { canonical: m.entity.canonical, type: m.entity.type },
      match: m.match,
    })),
    quotes: analysis.quotes.map((q) => ({
      text: q.text,
      ...spanJson(q),
      partial: q.partial,
      speaker: q.speaker && { text: q.speaker.text, canonical: q.speaker.canonical },
    })),
    checks: analysis.checks.map((c) => ({
      kind: c.kind,
      severity: c.severity,
      message: c.message,
      in: c.in,
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
    })),
  };
}

function spanJson(span: Mention | Quote) {
  return { in: span.in, paragraph: span.paragraph, start: span.start, end: span.end };
}

function humanSummary(file: string, wire: WireResult, { mentions, quotes, checks }: Analysis): string {
  const lines = [`${file} (${wire.format})`, `  headline: ${wire.story.headline || '(none)'}`];
  const flagged = mentions.filter((m) => m.match === 'variant');
  const candidates = mentions.filter((m) => m.match === 'candidate').length;
  lines.push(`  mentions: ${mentions.length} (${flagged.length} variants, ${candidates} not in any dictionary)`);
  for (const m of flagged) lines.push(`    ${where(m)} "${m.text}" is a variant of ${m.entity?.canonical ?? '?'}`);
  const unattributed = quotes.filter((q) => !q.speaker).length;
  lines.push(`  quotes: ${quotes.length} (${unattributed} without a speaker)`);
  for (const q of quotes) lines.push(`    ${where(q)} "${ellipsis(q.text, 60)}" — ${q.speaker?.canonical ?? q.speaker?.text ?? 'no speaker'}`);
  lines.push(`  checks: ${checks.length}`);
  for (const c of checks) lines.push(`    ${c.severity} ${checkWhere(c)}${c.message}`);
  return `${lines.join('\n')}\n\n`;
}

function where(span: Mention | Quote): string {
  return span.in === 'headline' ? 'headline' : `¶${span.paragraph + 1}`;
}

function checkWhere(check: Check): string {
  if (check.in === undefined) return '';
  return check.in === 'body' && check.paragraph !== undefined ? `¶${check.paragraph + 1}: ` : `${check.in}: `;
}

function ellipsis(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
