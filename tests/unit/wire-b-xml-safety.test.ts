// Hostile and broken XML is refused fast with a one-line reason; harmless DOCTYPEs and prefixes are fine.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { WireError } from '../../core/wire/error';
import { parseNewsmlG2 } from '../../core/wire/newsml-g2';
import { parseNitf } from '../../core/wire/nitf';
import { detectXmlFormat } from '../../core/wire/xml';

const ENTITY_REFUSAL = 'DOCTYPE with entity declarations is refused (possible entity expansion attack)';

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n  ')}
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>`;

const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE nitf [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<nitf><body><body.head><hedline><hl1>&secret;</hl1></hedline></body.head></body></nitf>`;

const smallNitf = (doctype: string) => `<?xml version="1.0" encoding="UTF-8"?>
${doctype}
<nitf><body><body.head><hedline><hl1>Harbour bridge reopens</hl1></hedline></body.head>
<body.content><p>The bridge reopened on Monday.</p></body.content></body></nitf>`;

function refusal(parse: () => unknown): WireError {
  try {
    parse();
  } catch (error) {
    if (error instanceof WireError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('XML safety', () => {
  it('refuses a billion-laughs file with a clear message, before expanding anything', () => {
    const error = refusal(() => parseNitf(billionLaughs));
    expect(error.message).toBe(ENTITY_REFUSAL);
  });

  it('refuses an external entity and never reads the file it names', () => {
    const error = refusal(() => parseNewsmlG2(externalEntity));
    expect(error.message).toBe(ENTITY_REFUSAL);
  });

  it('finds an entity declaration after a ">" inside a quoted system id', () => {
    const hidden = `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "a>b" [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>`;
    expect(refusal(() => parseNitf(hidden)).message).toBe(ENTITY_REFUSAL);
  });

  it("reads HTML's named characters, which the NITF DTD declares, without reading the DTD", () => {
    const doctype = '<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.iptc.org/std/NITF/3.6/specification/dtd/nitf-3-6.dtd">';
    const named = smallNitf(doctype).replace('The bridge reopened on Monday.', '&ldquo;Caf&eacute;&nbsp;owners&rdquo; &mdash; cheered &amp; waved.');
    const [item] = parseNitf(named);
    expect(bodyTexts(item)).toEqual(['“Café\u00a0owners” — cheered & waved.']);
    expect(refusal(() => parseNitf(smallNitf('').replace('Monday.', 'Monday &madeup;'))).message).toMatch(/^XML is malformed: /);
  });

  it('stays fast on a file that repeats DOCTYPE openings without end', () => {
    const started = performance.now();
    expect(() => parseNitf('<!DOCTYPE nitf ['.repeat(200_000))).toThrow(WireError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads a file with a plain DOCTYPE pointing at a DTD, without loading it', () => {
    const [item] = parseNitf(smallNitf('<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.4/specification/dtd/nitf-3-4.dtd">'));
    expect(item.headline).toBe('Harbour bridge reopens');
    expect(bodyTexts(item)).toEqual(['The bridge reopened on Monday.']);
  });

  it('refuses truncated XML with one line naming the problem and the line', () => {
    const whole = smallNitf('');
    const error = refusal(() => parseNitf(whole.slice(0, whole.indexOf('</p>'))));
    expect(error.message).toMatch(/^XML is malformed: .+, line \d+$/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses mismatched tags and text that is not XML at all', () => {
    expect(refusal(() => parseNitf('<nitf><body></nitf>')).message).toMatch(/^XML is malformed: .*line 1$/);
    expect(refusal(() => parseNitf('just some words')).message).toMatch(/^XML is malformed: /);
  });

  it('refuses well-formed XML of another kind', () => {
    expect(refusal(() => parseNitf('<rss><channel/></rss>')).message).toBe('Not an NITF document: the root element is <rss>.');
  });

  it('reads namespace-prefixed NITF the same as plain NITF', () => {
    const prefixed = `<n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/"><n:head><n:docdata><n:doc-id id-string="X-1"/></n:docdata></n:head>
      <n:body><n:body.head><n:hedline><n:hl1>Ferry service resumes</n:hl1></n:hedline><n:byline>By Ann Example</n:byline></n:body.head>
      <n:body.content><n:p>Ferries ran again on <n:em>Tuesday</n:em>.</n:p><n:hl2>Delays</n:hl2><n:p>Some were late.</n:p></n:body.content></n:body></n:nitf>`;
    expect(detectXmlFormat(prefixed)).toBe('nitf');
    const [item] = parseNitf(prefixed);
    expect(item).toMatchObject({ headline: 'Ferry service resumes', byline: 'By Ann Example', meta: { ids: { guid: 'X-1' } } });
    expect(item.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Ferries ran again on ' }, { type: 'text', text: 'Tuesday', marks: [{ type: 'em' }] }, { type: 'text', text: '.' }] },
      { type: 'subhead', attrs: { level: 2 }, content: [{ type: 'text', text: 'Delays' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Some were late.' }] },
    ]);
  });
});

describe('detectXmlFormat', () => {
  it('tells the formats from the root element, past declarations, comments and a BOM', () => {
    expect(detectXmlFormat('\uFEFF<?xml version="1.0"?>\n<!-- feed -->\n<nitf/>')).toBe('nitf');
    expect(detectXmlFormat('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>')).toBe('newsml-g2');
    expect(detectXmlFormat('<ns0:newsItem xmlns:ns0="http://iptc.org/std/nar/2006-10-01/"/>')).toBe('newsml-g2');
    expect(detectXmlFormat('<!DOCTYPE NewsML SYSTEM "x.dtd"><NewsML Version="1.2"/>')).toBe('newsml-1');
    expect(detectXmlFormat('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>')).toBe('agency-xml');
    expect(detectXmlFormat('<RBNews><NewsID>1</NewsID></RBNews>')).toBe('agency-xml');
  });

  it('says null for other XML, HTML, JSON and text', () => {
    for (const text of ['<rss version="2.0"/>', '<!DOCTYPE html><html></html>', '{"headline": "x"}', 'NEW YORK (AP) — Text.', '']) {
      expect(detectXmlFormat(text)).toBeNull();
    }
  });
});
