// Word documents through mammoth (semantic HTML from the .docx), then the same sanitising
// HTML-to-blocks as every other HTML. A first heading (the Title or Heading 1 style) or a short
// first paragraph is the headline. External files linked from the document are never read.
import mammoth from 'mammoth';
import type { BlockJSON } from '../story/story';
import { blockText } from './blocks';
import { WireError } from './error';
import { htmlToBlocks } from './html';
import type { RawWireItem } from './raw';

// The Subtitle style is marked apart from real h2 subheads, to be taken as the dek.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2.subtitle:fresh"];

export async function parseDocx(bytes: Uint8Array): Promise<RawWireItem> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, externalFileAccess: false }));
  } catch (error) {
    throw new WireError(`Word document cannot be read: ${readableReason((error as Error).message)}`);
  }
  const subtitle = /<h2 class="subtitle">([^]*?)<\/h2>/.exec(html);
  const body = htmlToBlocks(subtitle ? html.replace(subtitle[0], '') : html);
  const dek = subtitle ? blockText(htmlToBlocks(subtitle[1])[0] ?? { type: 'paragraph' }) : undefined;
  const first = body[0];
  if (first && isHeadline(first)) return { headline: blockText(first), dek, body: body.slice(1), meta: {} };
  return { dek, body, meta: {} };
}

/** mammoth's XML parser names itself in its messages: "error: [xmldom error]\tentity not found:&xxe;". */
function readableReason(message: string): string {
  const reason = message.split('\n')[0].replace(/^(?:error:\s*)?\[xmldom [a-z]+\]\s*/i, '').replace(/\s+/g, ' ').trim();
  return /^entity not found/i.test(reason) ? `its XML uses an entity it does not define (${reason.replace(/^entity not found:\s*/i, '')})` : reason;
}

function isHeadline(block: BlockJSON): boolean {
  if (block.type === 'subhead') return true;
  const text = blockText(block);
  return block.type === 'paragraph' && text.length <= 160 && !/[.!?]["”’]?$/.test(text) && !text.includes('\n');
}
