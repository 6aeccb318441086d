// Import throughput: 5,000 generated wire files of every text format, through importWireFiles into a fresh store.
// The stories are synthetic (our own sentences, invented names), a few hundred words each, all different.
import { join } from 'node:path';
import { importWireFiles, type WireFile } from '../../db/import';
import { openStore } from '../../db/store';
import { tempDir } from '../support/paths';
import { seededRandom, type Random } from '../support/random';
import { atLeast, type BenchMetric } from './metric';

const FILES = 5_000;
const RSS_EVERY = 25;

export default async function importBench(): Promise<BenchMetric[]> {
  const run = await timedImport(syntheticWireFiles(FILES));
  return [
    { name: 'import_files_per_s', value: run.filesPerSecond, target: atLeast(500, ' files/s') },
    { name: 'import_peak_rss_mb', value: run.peakRssMb },
    // Files per second of this process's own CPU time: near the wall-clock rate on an idle machine, so a run
    // on a machine busy with other work still tells how fast the import itself is.
    { name: 'import_files_per_cpu_s', value: run.filesPerCpuSecond },
  ];
}

async function timedImport(files: readonly WireFile[]) {
  const store = openStore(join(tempDir('copydesk-bench-'), 'bench.db'));
  try {
    // Peak RSS: process RSS sampled every RSS_EVERY files, the high-water mark of this run alone
    // (resourceUsage().maxRSS would count whatever ran before in the same process). Reading RSS costs
    // a /proc read, so not after every file.
    let peakRss = process.memoryUsage.rss();
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const summary = await importWireFiles(store, files, {
      onProgress: (done) => {
        if (done % RSS_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (summary.imported.length !== files.length) {
      const [first] = summary.refused;
      throw new Error(`bench: ${summary.refused.length} files refused${first ? `, e.g. ${first.name}: ${first.reason}` : ''}`);
    }
    return {
      filesPerSecond: files.length / seconds,
      filesPerCpuSecond: files.length / ((cpu.user + cpu.system) / 1e6),
      peakRssMb: peakRss / (1024 * 1024),
    };
  } finally {
    store.close();
  }
}

/** `count` different wire files, the formats in turn; the same ones on every run. */
export function syntheticWireFiles(count: number): WireFile[] {
  const random = seededRandom(20_260_503);
  return Array.from({ length: count }, (_, i) => wireFile(syntheticStory(random, i), i));
}

// --- synthetic stories -------------------------------------------------------------------------

interface SyntheticStory {
  id: number;
  headline: string;
  byline: string;
  city: string;
  slug: string;
  date: Date;
  paragraphs: string[];
}


const FIRST = ['Agnes', 'Tomasz', 'Leila', 'Oskar', 'Priya', 'Mateo', 'Ingrid', 'Kwame', 'Hana', 'Rafael', 'Sunniva', 'Dmitri', 'Aoife', 'Yusuf', 'Marta', 'Chen', 'Beatriz', 'Emeka', 'Lotte', 'Farid'];
const LAST = ['Whitlow', 'Brzezinski', 'Haddad', 'Lindqvist', 'Raman', 'Ortega', 'Solberg', 'Mensah', 'Novak', 'Albuquerque', 'Kerrigan', 'Volkov', 'Tanaka', 'Okafor', 'Ferreira', 'Dubois', 'Castellanos', 'Nakamura', 'Achterberg', 'Sato'];
const CITIES = ['Portsmouth', 'Lisbon', 'Gdansk', 'Mombasa', 'Valparaiso', 'Tromso', 'Osaka', 'Accra', 'Porto Alegre', 'Rotterdam', 'Hobart', 'Tbilisi'];
const BODIES = ['harbour board', 'city council', 'regional water authority', 'ministry of transport', 'teachers union', 'port workers federation', 'national rail operator', 'coastal guard'];
const SUBJECTS = ['night ferries', 'a new bridge toll', 'school meal prices', 'flood barriers', 'bus lanes', 'a fishing quota', 'library opening hours', 'wind farm permits'];
const ACTIONS = ['approved', 'rejected', 'postponed a vote on', 'opened talks on', 'asked for a review of', 'set aside money for'];
const SPEECH = ['said', 'told reporters', 'said in a statement', 'added', 'wrote in a letter to members'];
const CLAUSES = [
  'the decision follows months of public meetings',
  'residents had collected signatures for more than a year',
  'the budget for the coming year is already stretched',
  'similar plans failed twice in the past decade',
  'opposition members called the process rushed',
  'local businesses welcomed the news on Wednesday',
  'the cost was put at several million euros',
  'a final report is due before the end of the summer',
];

function syntheticStory(random: Random, id: number): SyntheticStory {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const body = pick(BODIES);
  const subject = pick(SUBJECTS);
  const action = pick(ACTIONS);
  const city = pick(CITIES);
  const speaker = person();
  const date = new Date(Date.UTC(2024, Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 24), Math.floor(random() * 60)));
  const paragraphs = [`The ${body} in ${city} on ${weekday(date)} ${action} ${subject}, item ${id} of the day's agenda, after a debate that ran late into the evening.`];
  const count = 8 + Math.floor(random() * 6);
  for (let i = 1; i < count; i++) {
    const quoteFirst = random() < 0.4;
    if (quoteFirst) {
      paragraphs.push(`"We have listened to ${pick(CITIES)} and to our own staff, and ${pick(CLAUSES)}," ${i === 1 ? speaker : person()} ${pick(SPEECH)}.`);
    } else {
      paragraphs.push(
        `${capitalise(pick(CLAUSES))}, and ${pick(CLAUSES)}. ${person()}, who chairs a ${pick(BODIES)} committee, said ${pick(CLAUSES)}; ${pick(CLAUSES)}.`,
      );
    }
  }
  return {
    id,
    headline: `${capitalise(body)} ${action} ${subject} in ${city}`,
    byline: `By ${person()}`,
    city,
    slug: `${city.replace(/\s+/g, '')}-${subject.replace(/\W+/g, '-')}-${id}`,
    date,
    paragraphs,
  };
}

// --- one writer per format ---------------------------------------------------------------------

const WRITERS: ((s: SyntheticStory) => string)[] = [plainText, nitf, newsmlG2, anpa, iptc7901, ninjs, email, html, markdown];

function wireFile(story: SyntheticStory, index: number): WireFile {
  const writer = WRITERS[index % WRITERS.length];
  return { name: `${writer.name}-${story.id}`, bytes: new TextEncoder().encode(writer(story)) };
}

function plainText(s: SyntheticStory): string {
  return [s.headline, '', s.byline, '', `${s.city.toUpperCase()}, ${monthDay(s.date)} - ${s.paragraphs[0]}`, ...s.paragraphs.slice(1).flatMap((p) => ['', p]), ''].join('\n');
}

function nitf(s: SyntheticStory): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf>
  <head>
    <title>${xml(s.headline)}</title>
    <docdata><doc-id id-string="synthetic.${s.id}"/><date.issue norm="${compactDate(s.date)}"/><du-key key="${xml(s.slug)}"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>${xml(s.headline)}</hl1></hedline>
      <byline>${xml(s.byline)}</byline>
      <dateline><location><city>${xml(s.city)}</city></location></dateline>
    </body.head>
    <body.content>
${s.paragraphs.map((p) => `      <p>${xml(p)}</p>`).join('\n')}
    </body.content>
  </body>
</nitf>
`;
}

function newsmlG2(s: SyntheticStory): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:synthetic.example:${s.id}" version="1" standard="NewsML-G2" standardversion="2.29">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="Synthetic Press"/>
    <versionCreated>${s.date.toISOString()}</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <slugline>${xml(s.slug)}</slugline>
    <headline>${xml(s.headline)}</headline>
    <by>${xml(s.byline)}</by>
    <dateline>${xml(s.city)}</dateline>
    <language tag="en"/>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
${s.paragraphs.map((p) => `        <p>${xml(p)}</p>`).join('\n')}
      </body.content></body></nitf>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

function anpa(s: SyntheticStory): string {
  const keyword = `BC-${s.slug}`;
  const words = s.paragraphs.join(' ').split(/\s+/).length;
  const lines = [
    `\x16\x16\x01W${String(1000 + (s.id % 9000))}\x1fsynth`,
    `r a\x13\x11 ${keyword}\t${monthDayNumeric(s.date)} ${String(words).padStart(4, '0')}`,
    `\x02\x02${keyword},${words}<`,
    `^${s.headline}<`,
    `^${s.byline.toUpperCase().replace(/^BY/, 'By')}=`,
    '^Synthetic Press Writer=',
    ...s.paragraphs.flatMap((p, i) => [`\t   ${i === 0 ? `${s.city.toUpperCase()} (SP) _ ` : ''}${p} `, ' ']),
    `\x03SP-WF-${monthDayNumeric(s.date)}-${String(s.date.getUTCFullYear()).slice(2)} ${hhmm(s.date)}GMT<`,
    '\x0c',
    '\x04',
  ];
  return lines.join('\n');
}

function iptc7901(s: SyntheticStory): string {
  const words = s.paragraphs.join(' ').split(/\s+/).length;
  const lines = [
    `\x01eca${String(s.id % 1000).padStart(3, '0')} 4 i ${words} ccccb   dpa 061`,
    '',
    `${s.slug}/`,
    `\x02${s.headline} =`,
    '',
    ...s.paragraphs.flatMap((p, i) => [`   ${i === 0 ? `${s.city} (dpa) - ` : ''}${p}`, '']),
    `\x03${hhmm(s.date)}${monthDay(s.date)}`,
    '\x04',
  ];
  return lines.join('\r\n');
}

function ninjs(s: SyntheticStory): string {
  return JSON.stringify(
    {
      uri: `urn:synthetic.example:${s.id}`,
      type: 'text',
      version: '1',
      versioncreated: s.date.toISOString(),
      language: 'en',
      headline: s.headline,
      byline: s.byline,
      located: s.city,
      slugline: s.slug,
      body_html: s.paragraphs.map((p) => `<p>${xml(p)}</p>`).join(''),
    },
    null,
    2,
  );
}

function email(s: SyntheticStory): string {
  const headers = [
    'From: Synthetic Desk <desk@synthetic.example>',
    'To: copy@newsroom.example',
    `Subject: ${s.headline}`,
    `Date: ${s.date.toUTCString()}`,
    `Message-ID: <${s.id}.${s.date.getTime()}@synthetic.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${s.byline}\r\n\r\n${s.paragraphs.join('\r\n\r\n')}\r\n`;
}

function html(s: SyntheticStory): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${xml(s.headline)}</title></head>
<body><article>
<h1>${xml(s.headline)}</h1>
<p class="byline">${xml(s.byline)}</p>
${s.paragraphs.map((p) => `<p>${xml(p)}</p>`).join('\n')}
</article></body></html>
`;
}

function markdown(s: SyntheticStory): string {
  return `---\ntitle: "${s.headline}"\nbyline: "${s.byline}"\ndateline: "${s.city.toUpperCase()}"\ndate: ${s.date.toISOString()}\nslug: ${s.slug}\n---\n\n${s.paragraphs.join('\n\n')}\n`;
}

// --- small helpers ----------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const two = (n: number) => String(n).padStart(2, '0');
const weekday = (d: Date) => DAYS[d.getUTCDay()];
const monthDay = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const monthDayNumeric = (d: Date) => `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
const hhmm = (d: Date) => `${two(d.getUTCHours())}${two(d.getUTCMinutes())}`;
const compactDate = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
