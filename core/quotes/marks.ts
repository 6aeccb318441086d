// Finding quotations by their marks: straight and typographic double quotes, « » and » «, „ “,
// AP's ``…'' , single quotes (told apart from apostrophes), nested quotes and quotes that run over
// several paragraphs; and the paragraph opened by a dash of Nordic and Finnish copy.

/** One quotation in one paragraph: [open, close) includes the marks, [start, end) is the quoted text. */
export interface QuoteSpan {
  open: number;
  close: number;
  start: number;
  end: number;
  /** Opened in an earlier paragraph (the opening mark repeated at this paragraph's start). */
  continued: boolean;
  /** Runs on into the next paragraph (no closing mark here). */
  runsOn: boolean;
}

interface Open {
  /** The mark that opened, e.g. '"', '“', '„', '«', '»', '``', '‘', "'", '`'. */
  mark: string;
  single: boolean;
  at: number;
  /** Where the quoted text begins (after the mark). */
  from: number;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const MARK = /[`'"“”„«»‘’]/;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;

/** Can a mark at `i` open a quotation, judging by its neighbours? */
function opensHere(text: string, i: number, length: number): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return (before === undefined || OPENING_CONTEXT.test(before) || '"“„«»`‘'.includes(before)) && !isSpace(after);
}

/** Can a mark at `i` close a quotation: after the end of a word or sentence, before a space, punctuation or a new sentence? */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || isSpace(before)) return false;
  return isSpace(after) || /[.,;:!?)\]\u2014]/.test(after) || (/[.!?,]/.test(before) && /\p{Lu}/u.test(after));
}

/**
 * The quotations of one paragraph. `carried` says a quotation from the previous paragraph is still open;
 * it continues here only if this paragraph starts with an opening mark again.
 */
export function scanParagraph(text: string, carried: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  const top = () => stack[stack.length - 1];
  const topDouble = () => [...stack].reverse().find((o) => !o.single);
  let continued = false;

  const push = (mark: string, single: boolean, at: number, length: number) => {
    if (!single && stack.length === 0 && carried && text.slice(0, at).trim() === '') continued = true;
    stack.push({ mark, single, at, from: at + length });
  };
  const close = (opened: Open, at: number, length: number) => {
    // Closing a double drops single quotes left open inside it (apostrophes that looked like marks).
    while (stack.length && top() !== opened) stack.pop();
    stack.pop();
    if (stack.length > 0) return; // a nested quotation belongs to the one around it
    const isContinuation = continued && spans.length === 0;
    const content = trimSpan(text, opened.from, at);
    // A single-letter "quote" is an elision: rock ’n’ roll.
    if (opened.single && content.end - content.start < 2) return;
    spans.push({ open: opened.at, close: at + length, ...content, continued: isContinuation, runsOn: false });
  };

  const marks = new RegExp(MARK.source, 'g');
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const c = text[i];
    const pair = text.slice(i, i + 2);
    const open = topDouble();
    if (pair === '``') {
      push('``', false, i, 2);
      marks.lastIndex = i + 2;
    } else if (pair === "''" && open) {
      close(open, i, 2);
      marks.lastIndex = i + 2;
    } else if (c === '„' || c === '«') {
      if (c === '«' && open?.mark === '»') close(open, i, 1);
      else push(c, false, i, 1);
    } else if (c === '“') {
      if (open?.mark === '„') close(open, i, 1);
      else push(c, false, i, 1);
    } else if (c === '”') {
      if (open) close(open, i, 1);
      else if (opensHere(text, i, 1) && isWordChar(text[i + 1])) push(c, false, i, 1);
    } else if (c === '»') {
      if (open?.mark === '«') close(open, i, 1);
      else if (!open && opensHere(text, i, 1)) push(c, false, i, 1);
    } else if (c === '"') {
      // A straight mark closes a straight one; inside typographic marks it opens a nested quote, unless
      // it stands where a quotation ends: copy that mixes styles closes a “ with a " ("… a Band-Aid."In 2021").
      const straight = [...stack].reverse().find((o) => o.mark === '"');
      if (straight) close(straight, i, 1);
      else if (open?.mark === '“' && closesHere(text, i)) close(open, i, 1);
      else if (opensHere(text, i, 1)) push(c, false, i, 1);
    } else if (c === '‘' || c === "'" || c === '’' || c === '`') {
      scanSingle(text, i, stack, push, close);
    }
  }

  const open = stack.find((o) => !o.single);
  if (open && open.from < text.length) {
    const content = trimSpan(text, open.from, text.length);
    if (content.end > content.start) {
      spans.push({
        open: open.at,
        close: text.length,
        ...content,
        continued: continued && spans.length === 0,
        runsOn: true,
      });
    }
  }
  return spans;
}

/** A single quotation mark: an opener, a closer, or an apostrophe (don't, ’90s, the Smiths’). */
function scanSingle(
  text: string,
  i: number,
  stack: Open[],
  push: (mark: string, single: boolean, at: number, length: number) => void,
  close: (opened: Open, at: number, length: number) => void,
): void {
  const c = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return; // don't, rock'n'roll
  const single = [...stack].reverse().find((o) => o.single);
  const closes = c !== '‘' && c !== '`' && !isSpace(before) && !isWordChar(after);
  if (single && closes) {
    close(single, i, 1);
    return;
  }
  if (/\p{N}/u.test(after ?? '')) return; // ’90s
  if (c !== '’' && opensHere(text, i, 1) && isWordChar(after)) push(c, true, i, 1);
}

function trimSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A quotation opened by a dash, and the name its closing attribution gives as speaker, if it has one. */
export interface DashQuote {
  span: QuoteSpan;
  speaker: { text: string; start: number; end: number } | null;
}

// After the last comma or full stop: one or two capitalised words, a lower-case verb, perhaps one more
// word, the end ("…, Niinistö sanoo.", "… ole. Sonninen kertoi STT:lle.").
const CLOSING_ATTRIBUTION = /([,.])\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+\p{Ll}+(?:\s+[\p{L}:]+)?\.?$/u;

/**
 * The quotation of a paragraph that opens with a dash, as Nordic and Finnish copy writes speech
 * ("– Tässä voi olla kyse …, Niinistö sanoo."): from the dash to the end of the paragraph, or to a
 * closing attribution, whose name is the speaker. Only for copy in those languages: English wires
 * open list items with a dash.
 */
export function dashQuote(text: string): DashQuote | null {
  const opening = /^\s*[–—]\s+/.exec(text);
  if (!opening) return null;
  const from = opening[0].length;
  const attribution = CLOSING_ATTRIBUTION.exec(text.slice(from));
  const to = attribution ? from + attribution.index + 1 : text.length;
  const content = trimSpan(text, from, to);
  if (content.end <= content.start) return null;
  const span: QuoteSpan = { open: opening.index, close: to, ...content, continued: false, runsOn: false };
  if (!attribution) return { span, speaker: null };
  const start = from + attribution.index + attribution[0].indexOf(attribution[2]);
  return { span, speaker: { text: attribution[2], start, end: start + attribution[2].length } };
}

/**
 * A line of an interview or a transcript, which carries speech without marks: an answer ("A: …",
 * "A. …") or a line after its speaker's label ("HENDRY: …", "MODERATOR (Karen Walsh): …"). Questions
 * are no quotations. `answer` lines are the interviewee's; a label names its speaker.
 */
export interface TranscriptLine extends DashQuote {
  answer: boolean;
}

const ANSWER = /^\s*(?:A[:.]|Answer:)\s+(?=\S)/;
const QUESTION = /^\s*(?:Q[:.]|Question:|Interviewer:)\s+/;
// A speaker's label: a name in capitals, perhaps with the person in brackets, or one to three capitalised words.
const LABEL = /^\s*((?:\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2})(?:\s*\((\p{Lu}[\p{L}'’. -]{2,40})\))?|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}):\s+(?=\S)/u;
// Labels that open ordinary paragraphs, not a speaker's line.
const NOT_SPEAKERS = /^(?:note|notes|update|editor'?s note|eds|source|sources|photo|video|watch|read more|related|correction|warning|breaking|factbox|timeline|q|a)$/i;

// People speaking say "I", "we" and "you"; a listing's labels ("CRICKET: First Test …") do not.
const SPEECH_PRONOUN = /\b(?:I|I'm|I've|we|we're|we've|you|you're|my|our|me|us)\b/i;

/**
 * Whether the paragraphs read as an interview (with questions) or a transcript: at least two speakers'
 * labels, on lines that mostly sound like speech.
 */
export function transcriptKind(paragraphs: readonly string[]): 'interview' | 'transcript' | null {
  if (paragraphs.some((p) => QUESTION.test(p))) return 'interview';
  const lines = paragraphs.map((p) => ({ p, label: speakerLabel(p) })).filter(({ label }) => label !== null);
  const labels = new Set(lines.map(({ label }) => label![1]));
  const spoken = lines.filter(({ p, label }) => SPEECH_PRONOUN.test(p.slice(label![0].length))).length;
  return labels.size >= 2 && spoken * 2 >= lines.length ? 'transcript' : null;
}

/** The speech of one line of an interview or a transcript, or null (a question, or no such line). An interview's answers may also carry the speaker's label ("Lindqvist: …"). */
export function transcriptLine(text: string, kind: 'interview' | 'transcript'): TranscriptLine | null {
  if (QUESTION.test(text)) return null;
  const answer = kind === 'interview' ? ANSWER.exec(text) : null;
  const label = answer ? null : speakerLabel(text);
  const opening = answer ?? label;
  if (!opening) return null;
  const content = trimSpan(text, opening[0].length, text.length);
  if (content.end <= content.start) return null;
  const span: QuoteSpan = { open: opening.index, close: text.length, ...content, continued: false, runsOn: false };
  if (!label) return { span, speaker: null, answer: true };
  const name = label[2] ?? label[1];
  const start = text.indexOf(name);
  return { span, speaker: { text: name, start, end: start + name.length }, answer: false };
}

function speakerLabel(text: string): RegExpExecArray | null {
  const label = LABEL.exec(text);
  return label && !NOT_SPEAKERS.test(label[1]) && !QUESTION.test(text) ? label : null;
}
