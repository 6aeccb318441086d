// `npm run bench`: runs every tests/bench/*.bench.ts, prints a table, writes bench-results.json.
// A bench module's default export returns its metrics; a metric compared with a baseline
// reports the baseline as a metric of its own, measured in the same run.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchMetric } from './metric';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: Record<string, number> = {};
const rows: BenchMetric[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchMetric[]> };
  process.stderr.write(`bench: ${file} …\n`);
  for (const metric of await mod.default()) {
    results[metric.name] = metric.value;
    rows.push(metric);
  }
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('metric', 28)} ${pad('value', 12)} ${pad('target', 14)} ok`);
for (const m of rows) {
  const ok = m.target === undefined ? '' : m.target.test(m.value) ? 'yes' : 'NO';
  console.log(`${pad(m.name, 28)} ${pad(String(round(m.value)), 12)} ${pad(m.target?.text ?? '', 14)} ${ok}`);
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('wrote bench-results.json');

function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000;
}
