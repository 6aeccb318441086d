// Formats told from content, e-mail, HTML, Word and Markdown files, and the refusals for bad input.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../core/story/story';
import { MAX_WIRE_BYTES, parseWire, WireError } from '../../core/wire';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await parseWire(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WireError);
  const message = (error as WireError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('e-mail', () => {
  const email = [
    'From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <desk@example.org>',
    'To: news@example.org',
    'Subject: =?ISO-8859-1?Q?Stra=DFenbahn_f=E4hrt_wieder?=',
    'Date: Tue, 3 Mar 2015 11:27:36 +1100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=ISO-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'K=D6LN (dpa) - Die Stra=DFenbahn f=E4hrt wieder, sagte ein Sprecher am Morgen=',
    ' in K=F6ln.',
    '',
    'Zweiter Absatz mit =E4=F6=FC.',
    '',
    '-- ',
    'Sent from my phone',
    '--inner',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('<p>HTML version</p>').toString('base64'),
    '--inner--',
    '--outer',
    'Content-Type: application/pdf; name="schedule.pdf"',
    'Content-Disposition: attachment; filename="schedule.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 not really').toString('base64'),
    '--outer--',
    '',
  ].join('\r\n');

  it('decodes encoded-word headers, quoted-printable text in its charset, and leaves out the signature', async () => {
    const result = await parseWire(utf8(email));
    expect(result.format).toBe('email');
    expect(result.story.headline).toBe('Straßenbahn fährt wieder');
    expect(result.story.dateline).toBe('KÖLN (dpa)');
    expect(bodyTexts(result.story)).toEqual(['Die Straßenbahn fährt wieder, sagte ein Sprecher am Morgen in Köln.', 'Zweiter Absatz mit äöü.']);
    expect(result.story.meta.source).toContain('Jürgen Müller');
    expect(result.story.meta.ednote).toContain('schedule.pdf');
  });

  it('keeps the curly quotes, dashes and euro signs of Windows-1252 text and headers', async () => {
    const latin = [
      'From: desk@example.org',
      'Subject: =?windows-1252?Q?Caf=E9_owners_=93furious=94?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '=93We can=92t wait=94 =96 the plan costs =801.9 billion.',
    ].join('\r\n');
    const { story } = await parseWire(utf8(latin));
    expect(story.headline).toBe('Café owners “furious”');
    expect(bodyTexts(story)).toEqual(['“We can’t wait” – the plan costs €1.9 billion.']);
  });

  it('reads a message saved in an mbox file, and copy forwarded to the desk without the forwarding', async () => {
    const forwarded = [
      'From jane@example.org Tue Mar  5 09:12:00 2024',
      'From: Jane Roe <jane@example.org>',
      'Subject: Fwd: Harbour plan approved',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Desk <desk@example.org>',
      'Date: Tue, 5 Mar 2024 08:00:00 +0000',
      'Subject: Harbour plan approved',
      '',
      'The council approved the harbour plan on Monday.',
    ].join('\r\n');
    const result = await parseWire(utf8(forwarded));
    expect(result.format).toBe('email');
    expect(result.story.headline).toBe('Harbour plan approved');
    expect(bodyTexts(result.story)).toEqual(['The council approved the harbour plan on Monday.']);
  });

  it('uses the sanitised HTML part (base64) when there is no plain text', async () => {
    const html = [
      'From: desk@example.org',
      'Subject: HTML only',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<p>First <b>bold</b> paragraph.</p><script>alert(1)</script><p>Second.</p>').toString('base64'),
    ].join('\r\n');
    const { story } = await parseWire(utf8(html));
    expect(bodyTexts(story)).toEqual(['First bold paragraph.', 'Second.']);
    expect(JSON.stringify(story.body)).not.toContain('alert');
  });
});

describe('wire copy mailed as it was sent', () => {
  const mail = (subject: string, ...lines: string[]) =>
    utf8(['From: Wire <wire@agency.example>', `Subject: ${subject}`, 'Content-Type: text/plain; charset=utf-8', '', ...lines].join('\r\n'));

  it("takes the text's own headline over a subject that is the slug, and reads the kill notice", async () => {
    const { story } = await parseWire(
      mail('KILL: BC-EU--Mine-Blast', 'BC-EU--Mine-Blast, KILL', 'Editors: KILL — KILL — KILL', '', 'Explosion at coal mine traps 14 miners', '',
        'WARSAW, Poland (AP) — The Associated Press has withdrawn the story. Please delete it from all your files.', '', 'The AP'),
    );
    expect(story).toMatchObject({ headline: 'Explosion at coal mine traps 14 miners', dateline: 'WARSAW, Poland (AP)', meta: { pubStatus: 'canceled' } });
    expect(bodyTexts(story)).toEqual(['The Associated Press has withdrawn the story. Please delete it from all your files.']);
  });

  it('takes a fuller headline that repeats the subject, and the embargo line above it for the note', async () => {
    const { story } = await parseWire(
      mail('EMBARGOED: Study links walks to lower risk', 'EMBARGOED UNTIL 2100 GMT MAY 4', '', 'Study links brisk walks to lower dementia risk', '', 'By Rachel Osei', '', 'NEW YORK (AP) — Walking helps.'),
    );
    expect(story).toMatchObject({ headline: 'Study links brisk walks to lower dementia risk', byline: 'By Rachel Osei', dateline: 'NEW YORK (AP)' });
    expect(story.meta.ednote).toBe('EMBARGOED UNTIL 2100 GMT MAY 4');
  });

  it("keeps the subject when the text has no headline of its own, and a forwarder's note for the editor", async () => {
    const forwarded = await parseWire(
      mail('Fwd: Senate passes law', 'Worth a read for tomorrow.', '', '---------- Forwarded message ---------', 'From: Lusa <desk@lusa.example>', 'Subject: Senate passes law', '', 'Brasília, 25 nov (Lusa) - The Senate passed the law today.'),
    );
    expect(forwarded.story).toMatchObject({ headline: 'Senate passes law', dateline: 'Brasília, 25 nov (Lusa)', meta: { ednote: 'Worth a read for tomorrow.' } });
    const withNotes = await parseWire(
      mail('Fwd: Senate passes law', 'Worth a read.', '', '---------- Forwarded message ---------', 'Subject: Senate passes law', '', 'Eds: Adds vote count.', 'Senate passes law', '', 'Brasília, 25 nov (Lusa) - The Senate passed the law.'),
    );
    expect(withNotes.story.meta.ednote).toBe('Worth a read.\nEds: Adds vote count.');
    const plain = await parseWire(mail('Single image test', 'this is a test of a single image'));
    expect(plain.story.headline).toBe('Single image test');
  });
});

describe('bylines below the headline', () => {
  it.each([
    ['Liam Fraser\nAustralian Associated Press', 'Liam Fraser, Australian Associated Press'],
    ['Kemal Arslan   |05.04.2026 - Update : 05.04.2026', 'Kemal Arslan'],
  ])('reads %j as the byline', async (lines, byline) => {
    const { story } = await parseWire(utf8(`Reef bookings fall\n\n${lines}\n\nTourism operators say bookings fell.\n`));
    expect(story.byline).toBe(byline);
    expect(bodyTexts(story)).toEqual(['Tourism operators say bookings fell.']);
  });

  it('reads the agency on a line of its own under the byline of indented copy', async () => {
    const text = 'Wildfire forces evacuation\nBy MARCO DELGADO and JUNE PARK\nAssociated Press\n   RENO, Nev. (AP) _ A wildfire forced the evacuation\nof about 3,000 residents.\n   Flames jumped a highway.\n';
    const { story } = await parseWire(utf8(text));
    expect(story).toMatchObject({ byline: 'By MARCO DELGADO and JUNE PARK, Associated Press', dateline: 'RENO, Nev. (AP)' });
    expect(bodyTexts(story)).toEqual(['A wildfire forced the evacuation of about 3,000 residents.', 'Flames jumped a highway.']);
  });

  it('does not take a line of text below a byline for its agency', async () => {
    const { story } = await parseWire(utf8('Harbour reopens\n\nBy Jane Roe\n\nText.\n\nMore text.\n'));
    expect(story.byline).toBe('By Jane Roe');
    expect(bodyTexts(story)).toEqual(['Text.', 'More text.']);
  });
});

describe('e-mail that carries the story elsewhere', () => {
  it('takes a story attached as text under a short cover note, the note kept for the editor', async () => {
    const mail = [
      'From: Desk <desk@example.org>',
      'Subject: Markets close',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Please find the markets story attached.',
      '--b',
      'Content-Type: text/plain; charset=us-ascii; name="markets.txt"',
      'Content-Disposition: attachment; filename="markets.txt"',
      '',
      'Shares close higher',
      '',
      'OSAKA, May 9 Kyodo - Shares closed higher on Friday.',
      '',
      'Chipmakers led the gains.',
      '--b--',
      '',
    ].join('\r\n');
    const { story } = await parseWire(utf8(mail));
    expect(story).toMatchObject({ headline: 'Shares close higher', dateline: 'OSAKA, May 9 Kyodo', meta: { ednote: 'Please find the markets story attached.' } });
    expect(bodyTexts(story)).toEqual(['Shares closed higher on Friday.', 'Chipmakers led the gains.']);
  });

  it('refuses a mail with no text, only a picture', async () => {
    const mail = [
      'From: Desk <desk@example.org>', 'Subject: IMG_0001.jpg', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: image/jpeg; name="IMG_0001.jpg"', 'Content-Disposition: attachment; filename="IMG_0001.jpg"', 'Content-Transfer-Encoding: base64', '',
      '/9j/4AAQSkZJRgABAQAAAQABAAD/', '--b--', '',
    ].join('\r\n');
    expect(await refusal(utf8(mail))).toBe('e-mail has no story text, only attachments (IMG_0001.jpg)');
  });

  it('leaves out the greeting and the header block of copy forwarded from Outlook', async () => {
    const html = '<p>Hi desk, please run this.</p><p><b>From:</b> Agency Desk<br><b>Sent:</b> Monday<br><b>To:</b> News<br><b>Subject:</b> Trams</p><p>Trams ran again on Friday.</p>';
    const mail = ['From: Editor <ed@example.org>', 'Subject: FW: Trams', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n');
    const { story } = await parseWire(utf8(mail));
    expect(story.headline).toBe('Trams');
    expect(bodyTexts(story)).toEqual(['Trams ran again on Friday.']);
  });
});

describe('HTML files', () => {
  it('take the title as headline and keep only schema content', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Council votes</title><style>body{}</style></head>
      <body><h1>Council votes</h1><p>LONDON (PA) - The council <em>voted</em> <a href="javascript:void(0)" onclick="x()">yes</a>.</p></body></html>`;
    const result = await parseWire(utf8(page));
    expect(result.format).toBe('html');
    expect(result.story.headline).toBe('Council votes');
    expect(result.story.dateline).toBe('LONDON (PA)');
    expect(bodyTexts(result.story)).toEqual(['The council voted yes.']);
    expect(JSON.stringify(result.story.body)).not.toMatch(/javascript|onclick|link/);
    expect(result.story.meta.language).toBe('en');
  });
});

describe('web pages', () => {
  it('read the <article> without the page chrome: headline, byline, story text and no site furniture', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Tram strike ends | The Harbour Herald</title></head><body>
      <header class="site-header"><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>
      <div class="cookie-banner">We use cookies. <a href="/privacy">Learn more</a></div>
      <main><article><h1>Tram strike ends</h1><p class="byline">By Ola Dahl</p><time datetime="2031-05-02">May 2, 2031</time>
      <p>Trams ran again on <time datetime="2031-05-02">Friday</time> after a week.</p><div class="ad">Advertisement</div><p>Drivers won a raise.</p></article>
      <aside class="related"><h3>Read more</h3><a href="/a/1">Buses late again</a></aside></main>
      <footer><p>© 2031 The Harbour Herald. All rights reserved.</p></footer></body></html>`;
    const { story } = await parseWire(utf8(page));
    expect(story).toMatchObject({ headline: 'Tram strike ends', byline: 'By Ola Dahl' });
    expect(bodyTexts(story)).toEqual(['Trams ran again on Friday after a week.', 'Drivers won a raise.']);
  });

  it("take the standfirst for the dek, and leave the page's label, time line, picture caption and comments out", async () => {
    const page = `<html><body><article><span class="kicker">Transport</span><h1>Tram strike ends</h1>
      <p class="standfirst">Drivers won a raise after a week.</p><p class="autore">di Ola Dahl</p>
      <p class="meta"><span class="source">Harbour Wire</span> · <time>May 2, 2031</time> · 3 min read</p>
      <figure><img src="t.jpg" alt=""><figcaption>A tram on Friday. (Photo: Ola Dahl)</figcaption></figure>
      <p>OSLO (NTB) - Trams ran again on Friday.</p><p>Drivers won a raise.</p>
      <p class="read-more">Read more: <a href="/a">Buses late</a></p><section class="comments"><h2>Comments</h2><p>Comments are closed.</p></section></article></body></html>`;
    const { story } = await parseWire(utf8(page));
    expect(story).toMatchObject({ headline: 'Tram strike ends', dek: 'Drivers won a raise after a week.', byline: 'di Ola Dahl', dateline: 'OSLO (NTB)' });
    expect(bodyTexts(story)).toEqual(['Trams ran again on Friday.', 'Drivers won a raise.']);
  });

  it("keep the byline a page sets among its lines about the story", async () => {
    const page = '<html><body><article><h1>Tram strike ends</h1><div class="article-meta"><span class="byline">By Ola Dahl</span> · <time>May 2</time></div><p>Trams ran again.</p></article></body></html>';
    const { story } = await parseWire(utf8(page));
    expect(story.byline).toBe('By Ola Dahl');
    expect(bodyTexts(story)).toEqual(['Trams ran again.']);
  });

  it('read a table that lays out the page as its cells\' paragraphs, and a table of data as one paragraph', async () => {
    const page = `<html><body><table><tr><td><table><tr><td><h1>Tram strike ends</h1><p>Trams ran again.</p><p>Drivers won a raise.</p>
      <table><tr><th>Line</th><th>Status</th></tr><tr><td>4</td><td>running</td></tr></table></td></tr></table></td></tr></table></body></html>`;
    const { story } = await parseWire(utf8(page));
    expect(story.headline).toBe('Tram strike ends');
    expect(bodyTexts(story)).toEqual(['Trams ran again.', 'Drivers won a raise.', 'Line | Status\n4 | running']);
  });

  it('take the title without the site name when there is no <h1>, and keep a dash that is the headline\'s', async () => {
    const page = (title: string, head = '') => utf8(`<html><head>${head}<title>${title}</title></head><body><p>Trams ran again.</p></body></html>`);
    expect((await parseWire(page('Tram strike ends | The Harbour Herald'))).story.headline).toBe('Tram strike ends');
    const named = '<meta property="og:site_name" content="The Harbour Herald">';
    expect((await parseWire(page('Tram strike ends – The Harbour Herald', named))).story.headline).toBe('Tram strike ends');
    expect((await parseWire(page('Biden - Putin summit ends'))).story.headline).toBe('Biden - Putin summit ends');
  });
});

describe('HTML fragments', () => {
  it('reads HTML that starts with inline markup or a title as HTML, paragraphs parted by two line breaks', async () => {
    const fragment = await parseWire(utf8('<strong>WELLINGTON</strong> — The harbour reopened.<br><br>Ferries ran again.'));
    expect(fragment.format).toBe('html');
    // Two line breaks in a row part paragraphs; the dateline leaves the first.
    expect(bodyTexts(fragment.story)).toEqual(['The harbour reopened.', 'Ferries ran again.']);
    expect((await parseWire(utf8('<title>Harbour reopens</title><p>Ferries ran again.</p>'))).format).toBe('html');
  });
});

describe('Word documents', () => {
  /** Paragraphs as text, or [style, text] for a styled one ("Title", "Subtitle"). */
  async function docx(paragraphs: (string | [string, string])[]): Promise<Uint8Array> {
    const zip = new JSZip();
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    const body = paragraphs
      .map((p) => (typeof p === 'string' ? ['', p] : p))
      .map(([style, text]) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
      .join('');
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`);
    const style = (id: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/></w:style>`;
    zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles xmlns:w="${w}">${style('Title')}${style('Subtitle')}</w:styles>`);
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  }

  it('read through mammoth: a short first line is the headline, the rest is body', async () => {
    const result = await parseWire(await docx(['Flood waters recede', 'PARIS (AFP) - The Seine fell overnight.', 'Shops reopened.']));
    expect(result.format).toBe('docx');
    expect(result.story.headline).toBe('Flood waters recede');
    expect(result.story.dateline).toBe('PARIS (AFP)');
    expect(bodyTexts(result.story)).toEqual(['The Seine fell overnight.', 'Shops reopened.']);
  });

  it('take the Title style as headline and the Subtitle style as dek, the dateline after them', async () => {
    const result = await parseWire(await docx([['Title', 'Flood waters recede'], ['Subtitle', 'Shops reopen in Paris'], 'PARIS, France — The Seine fell.']));
    expect(result.story).toMatchObject({ headline: 'Flood waters recede', dek: 'Shops reopen in Paris', dateline: 'PARIS, France' });
    expect(bodyTexts(result.story)).toEqual(['The Seine fell.']);
  });

  it('refuses a document whose XML uses an undefined entity, in words an editor reads', async () => {
    expect(await refusal(await docx(['Flood &xxe; recedes']))).toBe('Word document cannot be read: its XML uses an entity it does not define (&xxe;)');
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    expect(await refusal(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).toMatch(/ZIP archive that is not a Word document/);
  });
});

describe('notes and subtitles among the head fields', () => {
  it("keeps an NITF note to editors in the body out of the story, as the editor's note", async () => {
    const nitf = `<?xml version="1.0"?><nitf><head><title>Bridge closes</title></head><body><body.head><hedline><hl1>Bridge closes</hl1></hedline></body.head>
      <body.content><p>The bridge closed at noon.</p><note noteclass="editorsnote"><p>Eds: Not for publication.</p></note><p>It reopens on Monday.</p></body.content></body></nitf>`;
    const { story } = await parseWire(utf8(nitf));
    expect(bodyTexts(story)).toEqual(['The bridge closed at noon.', 'It reopens on Monday.']);
    expect(story.meta.ednote).toBe('Eds: Not for publication.');
  });

  it('reads an IPTC 7901 subtitle heading line ("Utl.: … =") as the dek', async () => {
    const iptc = '\x01apa0001 4 pl 120 AI/APA\nBahn/Tarife/\n\x02Bahn erhöht Tarife =\nUtl.: Jahreskarte wird teurer =\n\n   Wien (APA) - Die Bahn erhöht die Tarife.\n\x03';
    const { story } = await parseWire(utf8(iptc));
    expect(story).toMatchObject({ headline: 'Bahn erhöht Tarife', dek: 'Jahreskarte wird teurer', dateline: 'Wien (APA)' });
    expect(bodyTexts(story)).toEqual(['Die Bahn erhöht die Tarife.']);
  });
});

describe('NewsML 1.2 packages', () => {
  const newsml = (components: string) =>
    utf8(`<?xml version="1.0"?><NewsML><NewsEnvelope><DateAndTime>20310502T100000Z</DateAndTime></NewsEnvelope><NewsItem>
      <Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20310502</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId><PublicIdentifier>urn:1</PublicIdentifier></NewsIdentifier></Identification>
      <NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20310502T100000Z</FirstCreated><ThisRevisionCreated>20310502T100000Z</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement>
      <NewsComponent>${components}</NewsComponent></NewsItem></NewsML>`);

  it("take the head fields of the text's own component, not a photo's before it", async () => {
    const { story } = await parseWire(
      newsml(`<NewsComponent><NewsLines><HeadLine>PHOTO - Cranes at dusk</HeadLine><ByLine>PHOTO DESK</ByLine></NewsLines>
        <ContentItem><MediaType FormalName="Photo"/><DataContent>cranes.jpg</DataContent></ContentItem></NewsComponent>
        <NewsComponent><NewsLines><HeadLine>Port volumes fall</HeadLine><ByLine>By Ida Berg</ByLine></NewsLines>
        <ContentItem><MediaType FormalName="Text"/><DataContent>Volumes fell in May.</DataContent></ContentItem></NewsComponent>`),
    );
    expect(story).toMatchObject({ headline: 'Port volumes fall', byline: 'By Ida Berg' });
    expect(bodyTexts(story)).toEqual(['Volumes fell in May.']);
  });

  it('read XHTML written into the data as elements, paragraph by paragraph', async () => {
    const { story } = await parseWire(
      newsml(`<NewsLines><HeadLine>Rates held</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Rates held</title></head><body><p>The bank held rates.</p><p>It meets again in June.</p></body></html>
        </DataContent></ContentItem>`),
    );
    expect(bodyTexts(story)).toEqual(['The bank held rates.', 'It meets again in June.']);
  });
});

describe('JSON items that point at their text', () => {
  it("keep the summary as dek and say that the story's text is a separate download", async () => {
    const item = {
      data: {
        item: {
          type: 'text',
          headline: 'Miners reached',
          summary: 'Rescuers reached 12 miners.',
          renditions: { nitf: { type: 'text', href: 'https://example.org/story.xml' }, main: { type: 'picture' } },
        },
      },
    };
    const { story } = await parseWire(utf8(JSON.stringify(item)));
    expect(story).toMatchObject({ headline: 'Miners reached', dek: 'Rescuers reached 12 miners.', body: [] });
    expect(story.meta.ednote).toBe('The story text is not in this file: it is a separate download (nitf).');
  });
});

describe('schema.org articles', () => {
  it('read as JSON news items: articleBody is the body, description the dek, authors the byline', async () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry service resumes',
      description: 'Crossings restart after the storm.',
      author: [{ '@type': 'Person', name: 'Ines Holm' }],
      articleBody: 'The first ferry left at six.\n\nBookings are full until Friday.',
    };
    const { story } = await parseWire(utf8(JSON.stringify(article)));
    expect(story).toMatchObject({ headline: 'Ferry service resumes', dek: 'Crossings restart after the storm.', byline: 'Ines Holm' });
    expect(bodyTexts(story)).toEqual(['The first ferry left at six.', 'Bookings are full until Friday.']);
  });
});

describe('format detection', () => {
  it('goes by content, never by file name', async () => {
    const text = utf8('Storm hits coast\n\nMIAMI (AP) — The storm arrived.\n');
    expect((await parseWire(text, { fileName: 'story.xml' })).format).toBe('text');
    expect((await parseWire(utf8('<p>Short</p>'), { fileName: 'story.txt' })).format).toBe('html');
  });

  it('reads Markdown files through the Markdown module', async () => {
    const result = await parseWire(utf8('# Storm hits coast\n\nThe storm **arrived** at [dawn](https://example.org).\n'));
    expect(result.format).toBe('markdown');
    expect(result.story.headline).toBe('Storm hits coast');
    expect(bodyTexts(result.story)).toEqual(['The storm arrived at dawn.']);
  });

  it("plain text from AP: the slug line and notes to editors before the headline go to the metadata", async () => {
    const text = 'BC-US--Harbour-Strike, 2nd Ld-Writethru,640\nEds: UPDATES with vote.\nDock strike ends\n\nOAKLAND, Calif. (AP) — The strike ended.\n';
    const { story } = await parseWire(utf8(text));
    expect(story).toMatchObject({ headline: 'Dock strike ends', dateline: 'OAKLAND, Calif. (AP)' });
    expect(story.meta).toMatchObject({ slugline: 'US--Harbour-Strike', takeKey: '2nd Ld-Writethru', ednote: 'Eds: UPDATES with vote.' });
  });

  it('plain text split one paragraph per line when it has no blank lines', async () => {
    const { story } = await parseWire(utf8('Headline\nFirst paragraph here.\nSecond paragraph here.\n'));
    expect(bodyTexts(story)).toEqual(['First paragraph here.', 'Second paragraph here.']);
  });

  it('plain text joins prose wrapped at a narrow width but keeps the lines of a short list', async () => {
    const text = 'Headline\n\nThe council met on Monday and\nvoted to close the bridge, which\nhad been damaged.\n\nResults:\nNorth 12\nSouth 9\n';
    const { story } = await parseWire(utf8(text));
    expect(bodyTexts(story)).toEqual(['The council met on Monday and voted to close the bridge, which had been damaged.', 'Results:\nNorth 12\nSouth 9']);
  });

  it('body-only input keeps the first line as body', async () => {
    const { story } = await parseWire(utf8('Not a headline.\n\nSecond.\n'), { bodyOnly: true });
    expect(story.headline).toBe('');
    expect(bodyTexts(story)).toEqual(['Not a headline.', 'Second.']);
  });
});

describe('bad input gets a one-line reason and no story', () => {
  it('empty and blank files', async () => {
    expect(await refusal(new Uint8Array())).toBe('empty file');
    expect(await refusal(utf8(' \r\n\t\n'))).toBe('empty file');
  });

  it('binary junk', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await refusal(junk)).toBe('not a wire file: binary data');
  });

  it('documents and images renamed to text, by their first bytes', async () => {
    const pdf = utf8('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages >> endobj\n');
    expect(await refusal(pdf)).toBe('not a wire file: a PDF document (copy its text into a new story instead)');
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 65, 66]))).toBe('not a wire file: a PNG image');
  });

  it('files over the size limit, before reading them', async () => {
    expect(await refusal(new Uint8Array(MAX_WIRE_BYTES + 1))).toBe('file is 20.0 MB, over the 20 MB limit');
    expect(await refusal(new Uint8Array(Math.round(25.3 * 1024 * 1024)))).toBe('file is 25.3 MB, over the 20 MB limit');
  });

  it('markup nested thousands deep is refused in words an editor reads', async () => {
    const deep = `<nitf><body><body.content>${'<block>'.repeat(20_000)}<p>x</p>${'</block>'.repeat(20_000)}</body.content></body></nitf>`;
    expect(await refusal(utf8(deep))).toBe('nitf file cannot be read: it is nested too deeply to be a news story');
  });

  it('a billion-laughs DOCTYPE fails fast', async () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><nitf><body>&lol10;</body></nitf>`;
    const started = Date.now();
    expect(await refusal(utf8(bomb))).toBe('DOCTYPE with entity declarations is refused (possible entity expansion attack)');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // 100,000 DOCTYPE openings (1.3 MB): the check must stay linear. The vitest timeout is the bound.
  it('answers quickly on a file that repeats DOCTYPE openings, for unknown markup and HTML alike', { timeout: 10_000 }, async () => {
    const openings = '<!DOCTYPE a ['.repeat(100_000);
    expect(await refusal(utf8(openings))).toBe('not a wire file: markup of an unknown kind');
    // An entity declared far past the start is still found, in HTML as in XML.
    const html = `<!DOCTYPE html [${'<!DOCTYPE html ['.repeat(100_000)}<!ENTITY x "y">]><html><body><p>&x;</p></body></html>`;
    expect(await refusal(utf8(html))).toBe('DOCTYPE with entity declarations is refused (possible entity expansion attack)');
  });

  it('XML and JSON of kinds Copydesk does not read', async () => {
    expect(await refusal(utf8('<?xml version="1.0"?><invoice><total>3</total></invoice>'))).toBe(
      'not a wire format Copydesk reads: XML with root <invoice>',
    );
    expect(await refusal(utf8('{"price": 3}'))).toBe('not a wire format Copydesk reads: JSON that is not NINJS');
  });
});
