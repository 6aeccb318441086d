// `copydesk convert`: wire or Markdown in, publish-ready Markdown out (stdout, a file, or a folder of NAME.md).
import { basename, extname, join } from 'node:path';
import type { CommandInput, convertOptions } from './commands';
import { loadMatcher } from './dictionaries';
import { EXIT_DONE, EXIT_REFUSED, UsageError } from './errors';
import { isFolder, makeFolder, writeTextFile } from './files';
import { publishMarkdown } from './publish';
import { forEachFile, formatOption, readWireFile } from './wire-input';

export async function convert({ values, positionals }: CommandInput<typeof convertOptions>): Promise<number> {
  const format = formatOption(values.format);
  const output = values.output;
  const several = positionals.length > 1;
  if (several && output === undefined) throw new UsageError('several files need -o FOLDER to write them into');
  const intoFolder = several || (output !== undefined && (await isFolder(output)));
  if (intoFolder && output !== undefined) await makeFolder(output);

  const matcher = await loadMatcher(values.dict, values.db);
  const names = new MarkdownNames();
  const refused = await forEachFile(positionals, async (file) => {
    const wire = await readWireFile(file, { format, bodyOnly: values['body-only'] });
    const markdown = publishMarkdown(wire.story, matcher, { normalize: values.normalize, bodyOnly: values['body-only'] });
    if (output === undefined) process.stdout.write(markdown);
    else await writeTextFile(intoFolder ? join(output, names.for(file)) : output, markdown);
  });
  return refused > 0 ? EXIT_REFUSED : EXIT_DONE;
}

/** NAME.md for each input; a second story.xml from another folder becomes story-2.md rather than overwrite the first. */
class MarkdownNames {
  private readonly taken = new Set<string>();

  for(file: string): string {
    // Only a real extension goes ("tag_reuters.com,0000_newsml_…" keeps its dots).
    const extension = extname(file);
    const stem = /^\.[a-z0-9]{1,5}$/i.test(extension) ? basename(file, extension) : basename(file);
    let name = `${stem}.md`;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.md`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
