// E-mail (RFC 822 / MIME) through postal-mime: encoded-word headers, multipart, quoted-printable,
// base64 and each part's charset. The subject is the headline; the body is the plain-text part, or
// the HTML part sanitised. A body that is a JSON form (newsroom web forms mail these) gives its fields.
import PostalMime from 'postal-mime';
import type { BlockJSON, StoryMeta } from '../story/story';
import { blockText, textBlocks } from './blocks';
import { bylineOfLines } from './byline';
import { opensWithDateline } from './dateline';
import { decodeWireBytes, repairWindows1252 } from './decode';
import { MBOX_FROM_LINE } from './detect';
import { WireError } from './error';
import { htmlToBlocks } from './html';
import type { RawWireItem } from './raw';
import { parsePlainText, textParagraphs } from './text';

export async function parseEmail(bytes: Uint8Array): Promise<RawWireItem> {
  // Some mail stores put blank padding before the headers, mbox files a "From " separator line.
  let start = Math.max(0, bytes.findIndex((byte) => byte !== 0x20 && byte !== 0x0d && byte !== 0x0a && byte !== 0x09));
  const separator = MBOX_FROM_LINE.exec(Buffer.from(bytes.subarray(start, start + 1000)).toString('latin1'));
  if (separator) start += separator[0].length;
  const parsed = await PostalMime.parse(bytes.subarray(start));
  // postal-mime decodes each part with a TextDecoder, which loses Windows-1252's quotes and dashes here.
  const email = {
    ...parsed,
    subject: parsed.subject && repairWindows1252(parsed.subject),
    text: parsed.text && repairWindows1252(parsed.text),
    html: parsed.html && repairWindows1252(parsed.html),
  };
  const meta: StoryMeta = {};
  if (email.from) meta.source = `e-mail from ${email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address}`;
  if (email.date && !Number.isNaN(Date.parse(email.date))) meta.date = new Date(email.date).toISOString();
  if (email.messageId) meta.ids = { messageId: email.messageId };
  const { note: forwardNote, text } = splitForwarded(withoutSignature(email.text ?? ''));
  if (forwardNote) meta.ednote = forwardNote;
  const subject = (email.subject ?? '').replace(FORWARD_PREFIX, '');
  // A short cover note with the story attached as text: the attachment is the story, the note the editor's.
  const textAttachment = email.attachments.find(isTextStory);
  const story = textAttachment && text.trim().length <= COVER_NOTE_CHARS ? textAttachment : undefined;
  const notImported = email.attachments.filter((a) => a !== story).map((a) => a.filename ?? a.mimeType);
  if (notImported.length) meta.ednote = `Attachments not imported: ${notImported.join(', ')}`;
  if (story) {
    const item = parsePlainText(decodeWireBytes(attachmentBytes(story)).text);
    const note = text.trim().replace(/\s+/g, ' ');
    return { ...item, headline: item.headline || subject, meta: { ...meta, ednote: [note, meta.ednote].filter(Boolean).join('\n') || undefined } };
  }
  const form = jsonForm(text);
  if (form) return formItem(form, subject, meta);
  const body = withoutOutlookHeaderBlock(text.trim() ? textBlocks(textParagraphs(text)) : htmlToBlocks(email.html ?? ''));
  if (!body.length && !subject) throw new WireError('e-mail has neither a subject nor a text body');
  // A picture or a PDF mailed with no text is no story to import.
  if (!body.length && notImported.length) throw new WireError(`e-mail has no story text, only attachments (${notImported.join(', ')})`);
  const own = text.trim() ? storyWithOwnHeadline(text, subject) : null;
  if (!own) return { headline: subject, body, meta };
  // The mail's own notes (a forwarder's, attachments left out) go with the text's ("Eds: …").
  const ednote = [meta.ednote, own.meta.ednote].filter(Boolean).join('\n') || undefined;
  return { ...own, meta: { ...meta, ...own.meta, ednote } };
}

/**
 * Wire copy mailed as it was sent: its own headline above the text (the subject is often the slug, a
 * shortened headline or "EMBARGOED: …"). The text's first line is the headline when it repeats the
 * subject's words, or when a byline or a dateline follows it. Null when the text has no such line.
 */
function storyWithOwnHeadline(text: string, subject: string): RawWireItem | null {
  const item = parsePlainText(text);
  const headline = item.headline ?? '';
  const next = item.body[0] ? blockText(item.body[0]) : '';
  const looksLikeHeadline = item.body.length > 0 && /^[\p{Lu}\p{N}"“‘']/u.test(headline) && headline.length <= 200 && !/[.:;,]$/.test(headline);
  if (!looksLikeHeadline) return null;
  return sharesWords(headline, subject) || bylineOfLines(next) !== null || opensWithDateline(next) ? item : null;
}

/** Whether most words of the shorter of two lines are in the other: a subject and the headline it shortens. */
function sharesWords(a: string, b: string): boolean {
  const words = (line: string) => new Set(line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const [shorter, longer] = x.size <= y.size ? [x, y] : [y, x];
  if (shorter.size < 3) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared / shorter.size >= 0.7;
}

/** How long a mail's own text may be and still only cover an attached story ("Please find … attached."). */
const COVER_NOTE_CHARS = 400;

type Attachment = Awaited<ReturnType<typeof PostalMime.parse>>['attachments'][number];

function isTextStory(attachment: Attachment): boolean {
  return attachment.mimeType === 'text/plain' || /\.txt$/i.test(attachment.filename ?? '');
}

function attachmentBytes(attachment: Attachment): Uint8Array {
  const content = attachment.content;
  return typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : new Uint8Array(content);
}

// The header block an Outlook-style client writes above forwarded copy: "From: … Sent: … To: … Subject: …",
// in the desk's language; the greeting above it goes with it.
const HEADER_FIELD = /^(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum|de|envoyé|à|objet|da|inviato|oggetto|från|skickat|till|ämne)\s*:/i;

/** The blocks after an Outlook-style forwarded message's header block, if the mail has one near its top. */
function withoutOutlookHeaderBlock(body: BlockJSON[]): BlockJSON[] {
  for (let i = 0; i < Math.min(body.length, 4); i++) {
    const lines = blockText(body[i]).split('\n').map((line) => line.trim()).filter(Boolean);
    const fields = lines.filter((line) => HEADER_FIELD.test(line)).length;
    if (fields >= 3 && fields === lines.length) return body.slice(i + 1);
  }
  return body;
}

// Copy forwarded to the desk: "Fwd: " before the subject, and the forwarded message's own header block.
const FORWARD_PREFIX = /^(?:\s*(?:fwd?|fw|wg|tr)\s*:\s*)+/i;
const FORWARDING_HEADER = /^[ \t]*-{2,}[ \t]*(?:forwarded message|original message|weitergeleitete nachricht)[ \t]*-{2,}[ \t]*\r?\n(?:[ \t]*[\w-]+:[^\n]*\r?\n)*/im;

/** The forwarded message below the header block a mail client writes, and the forwarder's short note above it. */
function splitForwarded(text: string): { note: string; text: string } {
  const header = FORWARDING_HEADER.exec(text);
  if (!header) return { note: '', text };
  const note = text.slice(0, header.index).trim().replace(/\s+/g, ' ');
  return { note: note.length <= COVER_NOTE_CHARS ? note : '', text: text.slice(header.index + header[0].length) };
}

/** The text above the "-- " signature line. */
function withoutSignature(text: string): string {
  const signature = /^-- ?$/m.exec(text);
  return signature ? text.slice(0, signature.index) : text;
}

type Form = Record<string, string>;

/** A body that is one JSON object of fields ({"Headline": ["…"], …}), else null. */
function jsonForm(text: string): Form | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  let parsed: unknown;
  try {
    // Mail clients wrap long lines, and a wrap inside a JSON string is not valid JSON.
    parsed = JSON.parse(trimmed.replace(/\r?\n/g, ' '));
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const form: Form = {};
  for (const [key, value] of Object.entries(parsed)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' || typeof first === 'number') form[key.toLowerCase()] = String(first).trim();
  }
  return 'headline' in form || 'body' in form ? form : null;
}

/**
 * A form's fields become the story. The sender's newsroom account ("Username") is kept as the
 * source only: Copydesk has no user directory, so an unknown user is no reason to refuse the copy.
 */
function formItem(form: Form, subject: string, meta: StoryMeta): RawWireItem {
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  const keywords = ['category', 'genre', 'desk', 'place'].map((key) => form[key]).filter((v): v is string => !!v);
  const signOff = form['sign off'];
  return {
    headline: form.headline ?? subject,
    dek: form.abstract,
    byline: form.byline,
    dateline: form.dateline,
    body: textBlocks(textParagraphs(form.body ?? '')),
    meta: {
      ...meta,
      slugline: form.slugline,
      priority: number(form.priority),
      urgency: number(form['news value'] ?? form.urgency),
      keywords: keywords.length ? keywords : undefined,
      credits: signOff ? [`Sign-off: ${signOff}`] : undefined,
      ednote: form['legal flag'] ? `Legal flag: ${form['legal flag']}` : meta.ednote,
      source: form.username ? `${meta.source ?? 'e-mail'} (form user ${form.username})` : meta.source,
    },
  };
}
