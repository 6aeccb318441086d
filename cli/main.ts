// `copydesk`: finds the command, parses its options, runs it and turns every failure into one line and an exit status.
import { parseArgs } from 'node:util';
import { commands, commonOptionHelp, commonOptions, type Command } from './commands';
import { EXIT_DONE, EXIT_REFUSED, EXIT_USAGE, FileRefused, UsageError } from './errors';

export async function main(argv: readonly string[]): Promise<number> {
  // A reader that closes the pipe early (`copydesk list | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    return await dispatch(argv);
  } catch (error) {
    return report(error);
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [word, ...rest] = argv;
  if (word === undefined) {
    process.stderr.write(toolHelp());
    return EXIT_USAGE;
  }
  if (word === '--help' || word === '-h' || word === 'help') {
    process.stdout.write(toolHelp());
    return EXIT_DONE;
  }
  if (word === 'dict' && (rest[0] === '--help' || rest[0] === '-h')) {
    process.stdout.write(groupHelp('dict'));
    return EXIT_DONE;
  }
  if (word === 'dict') return runCommand(dictCommand(rest[0]), rest.slice(1));
  const command = commands.find((c) => c.name === word);
  if (!command) throw new UsageError(`unknown command "${word}"`);
  return runCommand(command, rest);
}

function dictCommand(sub: string | undefined): Command {
  if (sub === undefined) throw new UsageError('dict needs a subcommand: import, export or list');
  const command = commands.find((c) => c.name === `dict ${sub}`);
  if (!command) throw new UsageError(`unknown dict subcommand "${sub}" (import, export or list)`);
  return command;
}

async function runCommand(command: Command, args: string[]): Promise<number> {
  const input = parseCommandLine(command, args);
  if (input.values.help) {
    process.stdout.write(commandHelp(command));
    return EXIT_DONE;
  }
  const { positionals } = input;
  if (positionals.length < command.positionals.min) throw usageError(command, 'missing argument');
  if (positionals.length > command.positionals.max) {
    throw usageError(command, `unexpected argument "${positionals[command.positionals.max]}"`);
  }
  return command.run(input);
}

function parseCommandLine(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options: { ...command.options, ...commonOptions }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs's first sentence says what is wrong (the rest explains '--' escaping); the usage says what is right.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional[\s\S]*$/, '') : String(error);
    throw usageError(command, message);
  }
}

function usageError(command: Command, problem: string): UsageError {
  return new UsageError(`${problem}\nusage: ${usageLine(command)}`);
}

function usageLine(command: Command): string {
  return `copydesk ${command.name} ${command.synopsis}`.trimEnd();
}

function report(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`copydesk: ${message}\n`);
  if (error instanceof UsageError) {
    process.stderr.write("Run 'copydesk --help' for the commands and their options.\n");
    return EXIT_USAGE;
  }
  if (error instanceof FileRefused) return EXIT_REFUSED;
  // Anything else (a part of Copydesk not yet available, a request the store refuses) stops the command.
  return EXIT_USAGE;
}

function toolHelp(): string {
  return [
    'Usage: copydesk <command> [options]',
    '',
    'Wire copy, entity dictionaries and drafts of the Copydesk store, for batch work and pipelines.',
    '',
    'Commands:',
    ...commandLines(commands),
    '',
    'Options for every command:',
    ...optionLines(commonOptionHelp),
    '',
    "Run 'copydesk <command> --help' for a command's arguments and options.",
    'Exit status: 0 done, 1 a file was refused (stderr says which and why), 2 wrong usage.',
    '',
  ].join('\n');
}

function groupHelp(group: string): string {
  const members = commands.filter((c) => c.name.startsWith(`${group} `));
  return [`Usage: copydesk ${group} <${members.map((c) => c.name.slice(group.length + 1)).join('|')}> ...`, '', ...commandLines(members), ''].join('\n');
}

function commandLines(list: readonly Command[]): string[] {
  const width = Math.max(...list.map((c) => c.name.length));
  return list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${usageLine(command)}`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...optionLines([...command.optionHelp, ...commonOptionHelp]),
    '',
  ].join('\n');
}

function optionLines(lines: readonly [string, string][]): string[] {
  const width = Math.max(...lines.map(([flag]) => flag.length));
  return lines.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
}
