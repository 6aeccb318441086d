// The shared wire samples, read at run time as UTF-8 text (never copied into the repo).
import { readFileSync } from 'node:fs';
import { wireSample } from '../support/paths';

export function sampleText(relative: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(wireSample(relative)));
}
