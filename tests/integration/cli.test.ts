// The `copydesk` command as a user runs it: the real bin, real files, a real store file in a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile, repoDir, tempDir, wireSample } from '../support/paths';

const bin = join(repoDir, 'cli', 'copydesk.mjs');
// Each test starts the real bin several times; on a busy machine that takes a while.
const slow = { timeout: 90_000 };
const exampleStory = exampleFile('wire-prisoner-exchange.txt');
const exampleDictionary = exampleFile('world-desk-dictionary.json');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs copydesk on its own store file (COPYDESK_DB), as `npx copydesk …` would. */
function copydesk(db: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_DB: db },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function freshStore(): { dir: string; db: string } {
  const dir = tempDir();
  return { dir, db: join(dir, 'store.db') };
}

function draftsIn(db: string): { id: string; slug: string; headline: string }[] {
  const run = copydesk(db, 'list', '--json');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toMatch(/\n\s+at /);
}

// A story of our own, in plain agency-style text.
const ownStory = [
  'Harbour board approves night ferry trial',
  '',
  'PORTSMOUTH, May 3 - The harbour board on Tuesday approved a six-month trial of night ferries to the islands.',
  '',
  '"We have waited a long time for this," said board chair Agnes Whitlow, adding that tickets would go on sale in June.',
  '',
].join('\n');

describe('copydesk help and usage', slow, () => {
  it('prints the whole tool’s help with every command, and each command’s own help', () => {
    const { db } = freshStore();
    const help = copydesk(db, '--help');
    expect(help.status).toBe(0);
    for (const command of ['analyze', 'convert', 'import', 'list', 'search', 'export', 'dict import', 'dict export', 'dict list']) {
      expect(help.stdout).toContain(command);
    }
    const convertHelp = copydesk(db, 'convert', '--help');
    expect(convertHelp.status).toBe(0);
    expect(convertHelp.stdout).toContain('Usage: copydesk convert FILE... [--dict FILE]... [--format F] [--normalize] [--body-only] [-o OUT]');
    expect(convertHelp.stdout).toContain('--db FILE');
  });

  it.each([
    [[], /Usage: copydesk/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['list', '--bogus'], /Unknown option '--bogus'/],
    [['analyze'], /missing argument/],
    [['export', 'a', 'b'], /unexpected argument "b"/],
    [['analyze', 'story.txt', '--format', 'telex'], /unknown format "telex"/],
    [['convert', 'a.txt', 'b.txt'], /several files need -o/],
    [['dict'], /dict needs a subcommand/],
    [['dict', 'shred'], /unknown dict subcommand "shred"/],
  ])('exits 2 with a one-line reason for wrong usage: copydesk %j', (args, reason) => {
    const { db } = freshStore();
    const run = copydesk(db, ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });

  it('refuses a store file that is not a store, naming it, without touching it', () => {
    const { dir } = freshStore();
    const notAStore = join(dir, 'notes.db');
    writeFileSync(notAStore, 'shopping list\n');
    const run = copydesk(join(dir, 'unused.db'), 'list', '--db', notAStore);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(notAStore);
    expect(readFileSync(notAStore, 'utf8')).toBe('shopping list\n');
    expectNoStackTrace(run);
  });
});

describe('copydesk import, list, search and export', slow, () => {
  it('imports a folder of real wire copy and a dictionary, then says it is already imported', () => {
    const { db } = freshStore();
    const folder = wireSample('nitf');
    const files = readdirSync(folder).filter((f) => !f.startsWith('.'));

    const first = copydesk(db, 'import', folder, '--dict', exampleDictionary);
    expect(first.stderr).toBe(files.map((f, i) => `[${i + 1}/${files.length}] ${join(folder, f)}\n`).join(''));
    const entities = (JSON.parse(readFileSync(exampleDictionary, 'utf8')) as { entities: unknown[] }).entities.length;
    expect(first.stdout).toBe(`Dictionary "World desk": ${entities} entities\nImported ${files.length}, already imported 0, refused 0\n`);
    expect(first.status).toBe(0);
    const drafts = draftsIn(db);
    expect(drafts).toHaveLength(files.length);
    expect(drafts.map((d) => d.headline)).toContain('Can trading pollution like stocks help fight climate change?');

    expect(copydesk(db, 'dict', 'list').stdout).toContain('World desk');

    const again = copydesk(db, 'import', folder);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`Imported 0, already imported ${files.length}, refused 0\n`);
    expect(draftsIn(db)).toHaveLength(files.length);
  });

  it('refuses junk files with exit 1 and a reason naming each, and imports nothing of them', () => {
    const { dir, db } = freshStore();
    const folder = join(dir, 'incoming');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ferry.txt'), ownStory);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'noise.bin'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(folder, 'cut-off.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Harbour board appr');
    writeFileSync(join(folder, '.DS_Store'), 'hidden');

    const run = copydesk(db, 'import', folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Imported 1, already imported 0, refused 3\n');
    for (const junk of ['empty.txt', 'noise.bin', 'cut-off.xml']) {
      expect(run.stderr).toMatch(new RegExp(`^copydesk: refused ${escapeRegExp(join(folder, junk))}: \\S.*$`, 'm'));
    }
    expect(run.stderr).not.toContain('.DS_Store');
    expectNoStackTrace(run);

    const drafts = draftsIn(db);
    expect(drafts.map((d) => d.headline)).toEqual(['Harbour board approves night ferry trial']);
  });

  it('imports a folder bigger than one read batch in full, counting every file', () => {
    const { dir, db } = freshStore();
    const folder = join(dir, 'big');
    mkdirSync(folder);
    const count = 230;
    for (let i = 1; i <= count; i++) {
      writeFileSync(join(folder, `story-${String(i).padStart(3, '0')}.txt`), ownStory.replace('night ferry trial', `night ferry trial number ${i}`));
    }
    const run = copydesk(db, 'import', folder);
    expect(run.stdout).toBe(`Imported ${count}, already imported 0, refused 0\n`);
    expect(run.status).toBe(0);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(`[${count}/${count}] ${join(folder, `story-${count}.txt`)}`);
    const headlines = draftsIn(db).map((d) => d.headline);
    expect(new Set(headlines).size).toBe(count);
    expect(headlines).toContain(`Harbour board approves night ferry trial number ${count}`);
  });

  it('refuses a file that does not exist, saying so', () => {
    const { dir, db } = freshStore();
    const missing = join(dir, 'nowhere.xml');
    const run = copydesk(db, 'import', missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: no such file or folder`);
    expectNoStackTrace(run);
  });

  it('lists and searches the drafts, for people and as JSON', () => {
    const { dir, db } = freshStore();
    writeFileSync(join(dir, 'ferry.txt'), ownStory);
    expect(copydesk(db, 'import', join(dir, 'ferry.txt'), wireSample('nitf/ap-nitf.xml')).status).toBe(0);

    const list = copydesk(db, 'list');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('Harbour board approves night ferry trial');
    expect(list.stdout).toContain('Can trading pollution like stocks help fight climate change?');

    const hits = copydesk(db, 'search', 'ferries', '--json');
    expect(hits.status).toBe(0);
    const found = JSON.parse(hits.stdout) as { headline: string; snippet: string }[];
    expect(found.map((h) => h.headline)).toEqual(['Harbour board approves night ferry trial']);
    expect(found[0].snippet).toContain('\u0002ferries\u0003');

    const human = copydesk(db, 'search', 'night', 'ferries');
    expect(human.stdout).toContain('Harbour board approves night ferry trial');
    expect(human.stdout).not.toContain('\u0002');
    expect(copydesk(db, 'search', 'zeppelin').stdout).toBe('No drafts match "zeppelin".\n');
  });

  it('exports a draft by its slug as publish-ready Markdown, to stdout or a file', () => {
    const { dir, db } = freshStore();
    writeFileSync(join(dir, 'ferry.txt'), ownStory);
    copydesk(db, 'import', join(dir, 'ferry.txt'));
    const [draft] = draftsIn(db);

    const run = copydesk(db, 'export', draft.slug);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\n/);
    expect(run.stdout).toMatch(/^title: .*Harbour board approves night ferry trial/m);
    expect(run.stdout).toContain('six-month trial of night ferries');

    const out = join(dir, 'ferry.md');
    expect(copydesk(db, 'export', draft.id, '-o', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);

    const missing = copydesk(db, 'export', 'no-such-story');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no draft "no-such-story"');
  });
});

describe('copydesk dict', slow, () => {
  interface DictionaryFile {
    name: string;
    entities: { canonical: string; type: string; aliases: string[]; description: string }[];
  }
  const example = JSON.parse(readFileSync(exampleDictionary, 'utf8')) as DictionaryFile;
  const essentials = (d: DictionaryFile) =>
    d.entities.map(({ canonical, type, aliases, description }) => ({ canonical, type, aliases, description }));

  it('imports, lists and exports a dictionary through JSON and CSV without losing anything', () => {
    const { dir, db } = freshStore();
    const imported = copydesk(db, 'dict', 'import', exampleDictionary);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`"${example.name}": ${example.entities.length} entities`);

    const listed = copydesk(db, 'dict', 'list');
    expect(listed.stdout).toMatch(new RegExp(`on\\s+${example.entities.length}\\s+${example.name}`));

    const csv = join(dir, 'desk.csv');
    expect(copydesk(db, 'dict', 'export', example.name, '-o', csv).status).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^canonical,type,aliases,description\r?\n/);
    expect(copydesk(db, 'dict', 'import', csv, '--name', 'From CSV').status).toBe(0);

    const json = copydesk(db, 'dict', 'export', 'From CSV');
    expect(json.status).toBe(0);
    const roundTripped = JSON.parse(json.stdout) as DictionaryFile;
    expect(roundTripped.name).toBe('From CSV');
    expect(essentials(roundTripped)).toEqual(essentials(example));

    const jsonFile = join(dir, 'desk.json');
    expect(copydesk(db, 'dict', 'export', example.name, '-o', jsonFile).status).toBe(0);
    expect(essentials(JSON.parse(readFileSync(jsonFile, 'utf8')))).toEqual(essentials(example));
  });

  it('refuses a dictionary file it cannot read, and an unknown dictionary name', () => {
    const { dir, db } = freshStore();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "name": "Half", "entities": [ { "canonical": ');
    const run = copydesk(db, 'dict', 'import', broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^copydesk: ${escapeRegExp(broken)}: \\S`));
    expectNoStackTrace(run);
    expect(copydesk(db, 'dict', 'list').stdout).toBe('No dictionaries in the store.\n');

    expect(copydesk(db, 'dict', 'export', 'Sports desk').status).toBe(2);
  });
});

describe('copydesk analyze', slow, () => {
  interface AnalysisLine {
    file: string;
    format: string;
    story: { headline: string; byline: string; dateline: string; slugline: string; body: string[] };
    mentions: { text: string; in: string; paragraph: number; start: number; end: number; entity: { canonical: string; type: string } | null; match: string }[];
    quotes: { text: string; in: string; paragraph: number; start: number; end: number; partial: boolean; speaker: { text: string; canonical: string | null } | null }[];
    checks: { kind: string; severity: string; message: string }[];
  }
  const expected = JSON.parse(readFileSync(exampleFile('wire-prisoner-exchange.expected.json'), 'utf8')) as {
    story: { headline: string };
    variants: { text: string; canonical: string; hard?: boolean }[];
  };

  function textAt(line: AnalysisLine, span: { in: string; paragraph: number; start: number; end: number }): string {
    const text = span.in === 'headline' ? line.story.headline : line.story.body[span.paragraph];
    return text.slice(span.start, span.end);
  }

  function expectVariantsFound(line: AnalysisLine): void {
    for (const variant of expected.variants.filter((v) => !v.hard)) {
      expect(line.mentions).toContainEqual(
        expect.objectContaining({ text: variant.text, match: 'variant', entity: expect.objectContaining({ canonical: variant.canonical }) }),
      );
    }
  }

  it('writes one JSON line per file in DESIGN.md’s shape, with the example’s variants', () => {
    const { db } = freshStore();
    const run = copydesk(db, 'analyze', exampleStory, '--dict', exampleDictionary, '--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as AnalysisLine;

    expect(Object.keys(line)).toEqual(['file', 'format', 'story', 'mentions', 'quotes', 'checks']);
    expect(Object.keys(line.story)).toEqual(['headline', 'byline', 'dateline', 'slugline', 'body']);
    expect(line.file).toBe(exampleStory);
    expect(line.story.headline).toBe(expected.story.headline);
    expect(line.story.body.length).toBeGreaterThan(10);
    expectVariantsFound(line);

    for (const mention of line.mentions) {
      expect(Object.keys(mention)).toEqual(['text', 'in', 'paragraph', 'start', 'end', 'entity', 'match']);
      expect(textAt(line, mention)).toBe(mention.text);
    }
    expect(line.quotes.length).toBeGreaterThan(0);
    for (const quote of line.quotes) {
      expect(Object.keys(quote)).toEqual(['text', 'in', 'paragraph', 'start', 'end', 'partial', 'speaker']);
      expect(textAt(line, quote)).toBe(quote.text);
    }
    expect(line.checks.some((c) => c.kind === 'variant')).toBe(true);
  });

  it('uses the store’s enabled dictionaries when no --dict is given', () => {
    const { db } = freshStore();
    copydesk(db, 'dict', 'import', exampleDictionary);
    const run = copydesk(db, 'analyze', exampleStory, '--json');
    expect(run.status).toBe(0);
    expectVariantsFound(JSON.parse(run.stdout) as AnalysisLine);
  });

  it('goes on past a refused file and exits 1 naming it', () => {
    const { dir, db } = freshStore();
    const empty = join(dir, 'empty.xml');
    writeFileSync(empty, '');
    const run = copydesk(db, 'analyze', empty, exampleStory, '--dict', exampleDictionary);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^copydesk: ${escapeRegExp(empty)}: \\S`, 'm'));
    expect(run.stdout).toContain(`${exampleStory} (text)`);
    expect(run.stdout).toMatch(/"Britney Greiner" is a variant of Brittney Griner/);
    expectNoStackTrace(run);
  });
});

describe('copydesk convert', slow, () => {
  it('writes several files into a folder as NAME.md', () => {
    const { dir, db } = freshStore();
    const ferry = join(dir, 'ferry.txt');
    writeFileSync(ferry, ownStory);
    const out = join(dir, 'out');
    const run = copydesk(db, 'convert', ferry, exampleStory, wireSample('nitf/ap-nitf.xml'), '--dict', exampleDictionary, '-o', out);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ap-nitf.md', 'ferry.md', 'wire-prisoner-exchange.md']);
    expect(readFileSync(join(out, 'ferry.md'), 'utf8')).toMatch(/^title: .*Harbour board approves night ferry trial/m);
    expect(readFileSync(join(out, 'ap-nitf.md'), 'utf8')).toContain('Can trading pollution like stocks help fight climate change?');
  });

  it('normalises variants to the canonical spelling only when asked', () => {
    const { db } = freshStore();
    const plain = copydesk(db, 'convert', exampleStory, '--dict', exampleDictionary);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('Britney Greiner');
    expect(plain.stdout).toMatch(/^tags:/m);
    expect(plain.stdout).toContain('Brittney Griner');

    const normalized = copydesk(db, 'convert', exampleStory, '--dict', exampleDictionary, '--normalize');
    expect(normalized.status).toBe(0);
    expect(normalized.stdout).not.toContain('Britney Greiner');
    expect(normalized.stdout).not.toContain('Anthony Blinken');
    expect(normalized.stdout).toContain('Antony Blinken');
  });

  it('writes only the body with --body-only, to the file -o names', () => {
    const { dir, db } = freshStore();
    const ferry = join(dir, 'ferry.txt');
    writeFileSync(ferry, ownStory);
    const out = join(dir, 'body.md');
    const run = copydesk(db, 'convert', ferry, '--body-only', '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const body = readFileSync(out, 'utf8');
    expect(body).not.toMatch(/^---/);
    expect(body.startsWith('Harbour board approves night ferry trial')).toBe(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
