// YAML front matter: the head of a published story (DESIGN.md, "Publish-ready Markdown").
import { parse, stringify } from 'yaml';

export interface FrontMatter {
  title?: string;
  dek?: string;
  byline?: string;
  dateline?: string;
  /** ISO 8601. */
  date?: string;
  slug?: string;
  tags?: string[];
  source?: string;
}

const FIELDS = ['title', 'dek', 'byline', 'dateline', 'date', 'slug', 'tags', 'source'] as const;

/** The front matter block, `---` lines included; empty fields are left out, the title never is. */
export function writeFrontMatter(fields: FrontMatter): string {
  const data: Record<string, string | string[]> = {};
  for (const key of FIELDS) {
    const value = fields[key];
    if (key === 'title' || (Array.isArray(value) ? value.length : value)) data[key] = value ?? '';
  }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

// Front matter starts on the first line and its fields right after: a document that opens with a
// thematic break (`---` and a blank line) is Markdown, not front matter.
const OPENING = /^\uFEFF?---[ \t]*\r?\n(?![ \t]*\r?\n)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits front matter off a Markdown document. A document without it has empty fields. */
export function readFrontMatter(markdown: string): { fields: FrontMatter; body: string } {
  const opening = OPENING.exec(markdown);
  if (!opening) return { fields: {}, body: markdown.replace(/^\uFEFF/, '') };
  const rest = markdown.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { fields: {}, body: markdown.replace(/^\uFEFF/, '') };
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  return { fields: frontMatterFields(yaml), body };
}

function frontMatterFields(yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 10 });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(`The front matter is not valid YAML: ${reason}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('The front matter is not a list of fields (key: value).');
  const record = data as Record<string, unknown>;
  const fields: FrontMatter = {};
  for (const key of FIELDS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (key === 'tags') fields.tags = (Array.isArray(value) ? value : [value]).map(scalar(key));
    else fields[key] = scalar(key)(value);
  }
  return fields;
}

const scalar =
  (key: string) =>
  (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString();
    throw new Error(`The front matter field "${key}" should be text.`);
  };
