// `copydesk list`, `search` and `export`: the drafts in the store.
import type { DraftSummary, SearchHit } from '../db/types';
import type { CommandInput, jsonOptions, outputOptions } from './commands';
import { loadMatcher } from './dictionaries';
import { EXIT_DONE, UsageError } from './errors';
import { writeTextFile } from './files';
import { publishMarkdown } from './publish';
import { withStore } from './store';
import { formatTable } from './table';

export async function list({ values }: CommandInput<typeof jsonOptions>): Promise<number> {
  const drafts = await withStore(values.db, (store) => store.listDrafts());
  process.stdout.write(values.json ? `${JSON.stringify(drafts)}\n` : draftTable(drafts, 'No drafts in the store.'));
  return EXIT_DONE;
}

export async function search({ values, positionals }: CommandInput<typeof jsonOptions>): Promise<number> {
  const query = positionals.join(' ');
  const hits = await withStore(values.db, (store) => store.searchDrafts(query));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(hits)}\n`);
    return EXIT_DONE;
  }
  process.stdout.write(draftTable(hits, `No drafts match "${query}".`));
  for (const hit of hits) process.stdout.write(`\n${hit.id}: ${highlight(hit.snippet)}\n`);
  return EXIT_DONE;
}

export async function exportDraft({ values, positionals }: CommandInput<typeof outputOptions>): Promise<number> {
  const [idOrSlug] = positionals;
  const draft = await withStore(values.db, (store) => store.getDraft(idOrSlug));
  if (!draft) throw new UsageError(`no draft "${idOrSlug}" in the store (see copydesk list)`);
  const markdown = publishMarkdown(draft.story, await loadMatcher(undefined, values.db));
  if (values.output === undefined) process.stdout.write(markdown);
  else await writeTextFile(values.output, markdown);
  return EXIT_DONE;
}

function draftTable(drafts: readonly DraftSummary[], none: string): string {
  if (drafts.length === 0) return `${none}\n`;
  return formatTable(
    ['ID', 'SLUG', 'STATUS', 'WORDS', 'UPDATED', 'HEADLINE'],
    drafts.map((d) => [d.id, d.slug, d.status, String(d.wordCount), d.updatedAt.slice(0, 16).replace('T', ' '), d.headline]),
  );
}

/** Search matches come wrapped in \u0002…\u0003: bold on a terminal, plain text anywhere else. */
function highlight(snippet: SearchHit['snippet']): string {
  const [open, close] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['', ''];
  return snippet.replaceAll('\u0002', open).replaceAll('\u0003', close);
}
