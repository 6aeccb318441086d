// Every command of `copydesk`: its synopsis, help, options and where its code lives.
// Code is loaded only for the command that runs, so `--help` and small commands start quickly.
import type { ParseArgsConfig, parseArgs } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs makes of a command's options (plus the ones every command takes). */
export type CommandInput<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O & typeof commonOptions; allowPositionals: true; strict: true }>
>;

export interface Command<O extends OptionsConfig = OptionsConfig> {
  /** 'analyze', or 'dict import' for a subcommand. */
  name: string;
  /** The arguments after the name, as DESIGN.md writes them. */
  synopsis: string;
  summary: string;
  /** Option lines for --help: [flag, what it does]. */
  optionHelp: [string, string][];
  options: O;
  positionals: { min: number; max: number };
  run(input: CommandInput<O>): Promise<number>;
}

export const commonOptions = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

export const commonOptionHelp: [string, string][] = [
  ['--db FILE', "the store file (default: $COPYDESK_DB, else the desktop app's own store)"],
  ['-h, --help', 'show this help'],
];

const dictHelp: [string, string] = [
  '--dict FILE',
  "an entity dictionary, JSON or CSV (repeat for several); without it, the store's enabled dictionaries",
];
const formatHelp: [string, string] = [
  '--format F',
  'auto (default: told from the content), text, nitf, newsml-g2, newsml-1, anpa-1312, iptc-7901, ninjs, email, html, markdown, docx',
];

export const analyzeOptions = {
  dict: { type: 'string', multiple: true },
  format: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies OptionsConfig;
export const convertOptions = {
  dict: { type: 'string', multiple: true },
  format: { type: 'string' },
  normalize: { type: 'boolean' },
  'body-only': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
} as const satisfies OptionsConfig;
export const importOptions = { dict: { type: 'string', multiple: true } } as const satisfies OptionsConfig;
export const jsonOptions = { json: { type: 'boolean' } } as const satisfies OptionsConfig;
export const outputOptions = { output: { type: 'string', short: 'o' } } as const satisfies OptionsConfig;
export const dictImportOptions = { name: { type: 'string' } } as const satisfies OptionsConfig;
export const noOptions = {} as const satisfies OptionsConfig;

const many = Number.POSITIVE_INFINITY;

// Infers each entry's own options, so its run() is typed by them; the table then holds all alike.
function command<O extends OptionsConfig>(spec: Command<O>): Command {
  return spec as unknown as Command;
}

export const commands: readonly Command[] = [
  command({
    name: 'analyze',
    synopsis: 'FILE... [--dict FILE]... [--format F] [--json]',
    summary: 'parse each file, find mentions, quotes and checks',
    optionHelp: [dictHelp, formatHelp, ['--json', 'one JSON object per file per line']],
    options: analyzeOptions,
    positionals: { min: 1, max: many },
    run: async (input) => (await import('./analyze')).analyze(input),
  }),
  command({
    name: 'convert',
    synopsis: 'FILE... [--dict FILE]... [--format F] [--normalize] [--body-only] [-o OUT]',
    summary: 'wire or Markdown in, publish-ready Markdown out',
    optionHelp: [
      dictHelp,
      formatHelp,
      ['--normalize', 'write every variant and alias with its canonical spelling'],
      ['--body-only', 'take the whole input as body (no headline) and write only the body'],
      ['-o, --output OUT', 'one file: write it to OUT (default: stdout); several files: into the folder OUT, each as NAME.md'],
    ],
    options: convertOptions,
    positionals: { min: 1, max: many },
    run: async (input) => (await import('./convert')).convert(input),
  }),
  command({
    name: 'import',
    synopsis: 'PATH... [--dict FILE]...',
    summary: 'files or folders into the store as drafts, with progress and a summary',
    optionHelp: [['--dict FILE', 'also import this dictionary (JSON or CSV) into the store; repeatable']],
    options: importOptions,
    positionals: { min: 1, max: many },
    run: async (input) => (await import('./import')).importPaths(input),
  }),
  command({
    name: 'list',
    synopsis: '[--json]',
    summary: 'the drafts in the store, newest first',
    optionHelp: [['--json', 'a JSON array of drafts']],
    options: jsonOptions,
    positionals: { min: 0, max: 0 },
    run: async (input) => (await import('./drafts')).list(input),
  }),
  command({
    name: 'search',
    synopsis: 'QUERY [--json]',
    summary: 'drafts whose text matches QUERY',
    optionHelp: [['--json', 'a JSON array of matching drafts']],
    options: jsonOptions,
    positionals: { min: 1, max: many },
    run: async (input) => (await import('./drafts')).search(input),
  }),
  command({
    name: 'export',
    synopsis: 'DRAFT [-o OUT]',
    summary: 'a draft (id or slug) as publish-ready Markdown',
    optionHelp: [['-o, --output OUT', 'write to OUT (default: stdout)']],
    options: outputOptions,
    positionals: { min: 1, max: 1 },
    run: async (input) => (await import('./drafts')).exportDraft(input),
  }),
  command({
    name: 'dict import',
    synopsis: 'FILE [--name NAME]',
    summary: 'a dictionary file (JSON or CSV) into the store; one of the same name is replaced',
    optionHelp: [['--name NAME', "the dictionary's name (default: the name in the file, else the file name)"]],
    options: dictImportOptions,
    positionals: { min: 1, max: 1 },
    run: async (input) => (await import('./dict')).importDictionary(input),
  }),
  command({
    name: 'dict export',
    synopsis: 'NAME [-o OUT]',
    summary: 'a dictionary of the store as JSON, or CSV when OUT ends in .csv',
    optionHelp: [['-o, --output OUT', 'write to OUT (default: JSON on stdout)']],
    options: outputOptions,
    positionals: { min: 1, max: 1 },
    run: async (input) => (await import('./dict')).exportDictionary(input),
  }),
  command({
    name: 'dict list',
    synopsis: '',
    summary: 'the dictionaries in the store',
    optionHelp: [],
    options: noOptions,
    positionals: { min: 0, max: 0 },
    run: async (input) => (await import('./dict')).listDictionaries(input),
  }),
];
