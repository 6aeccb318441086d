// Typing latency in Chromium: keystroke to next paint, p95 over 500 keystrokes typed in the middle of a
// 20,000-word story, in the product's editor (every plugin, live analysis with a real dictionary) and in a
// bare ProseMirror view of the same story, measured in the same run.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { exampleFile, repoDir } from '../support/paths';
import { percentile, type BenchMetric } from './metric';

const KEYSTROKES = 500;
const ROUND = 50;
const STORY_WORDS = 20_000;
const TYPED = 'The harbour council said on Tuesday that the vote would go ahead. ';
const root = join(repoDir, 'dist', 'renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The built bench page, served the way the app is (module scripts and workers need http). */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A real wire story, its paragraphs repeated to 20,000 words. */
function longStory(): { headline: string; paragraphs: string[] } {
  const [headline, ...body] = readFileSync(exampleFile('wire-prisoner-exchange.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < STORY_WORDS; i++) {
    const text = body[i % body.length];
    paragraphs.push(text);
    words += text.split(/\s+/).length;
  }
  return { headline, paragraphs };
}

type Mode = 'product' | 'bare';

async function openEditor(browser: Browser, url: string, mode: Mode): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${url}/bench.html`);
  const entities = JSON.parse(readFileSync(exampleFile('world-desk-dictionary.json'), 'utf8')).entities.map((e: object, i: number) => ({ ...e, id: String(i + 1) }));
  await page.evaluate((setup) => window.benchStart(setup), { mode, ...longStory(), entities });
  return page;
}

/** Types `count` keys, one at a time: the next is sent once this one's sample is in. */
async function typeKeys(page: Page, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const ch = TYPED[i % TYPED.length];
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => window.benchSamples.length >= n, i + 1, { polling: 'raf' });
  }
}

/** Both editors typed into in alternating rounds, so a busy machine weighs on both alike. */
async function measure(browser: Browser, url: string): Promise<Record<Mode, number[]>> {
  const modes: Mode[] = ['bare', 'product'];
  const pages = [await openEditor(browser, url, 'bare'), await openEditor(browser, url, 'product')];
  try {
    for (let typed = 0; typed < KEYSTROKES; typed += ROUND) {
      for (const page of pages) {
        await page.bringToFront();
        await typeKeys(page, typed, ROUND);
      }
    }
    const samples = {} as Record<Mode, number[]>;
    for (const [i, page] of pages.entries()) {
      const typed = await page.evaluate(() => document.querySelector('.ProseMirror')!.textContent!.includes('The harbour council said'));
      if (!typed) throw new Error(`The ${modes[i]} editor did not take the typed text.`);
      samples[modes[i]] = await page.evaluate(() => window.benchSamples);
    }
    return samples;
  } finally {
    for (const page of pages) await page.close();
  }
}

export default async function typingBench(): Promise<BenchMetric[]> {
  const server = await serve();
  // No vsync wait: a frame is drawn as soon as there is something to draw, so the figure is the
  // editor's own cost and not the phase of a 60 Hz display clock.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-gpu-vsync', '--disable-frame-rate-limit', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const samples = await measure(browser, url);
    const bare = percentile(samples.bare, 95);
    const product = percentile(samples.product, 95);
    return [
      { name: 'typing_p95_ms', value: product, target: { text: `<= 16 and <= 1.25x bare`, test: (v) => v <= 16 && v <= 1.25 * bare } },
      { name: 'typing_p95_ms_bare', value: bare },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
