// The hashes the matcher's tables of numbers file their keys by.

/** FNV-1a, 32 bits: its start, and one character (code) more. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** A hash of two 32-bit numbers, spread over all 32 bits (a table takes its low bits). */
export function pairHash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  return (h ^ (h >>> 15)) >>> 0;
}
