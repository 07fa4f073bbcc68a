import { hash } from 'node:crypto';

/** Band keys per quote: 6 bands of 2 MinHash values each. */
export const BANDS = 6;
const ROWS = 2;

/** Quotes shorter than this many distinct words are grouped by exact words only: a few words say too little. */
export const MIN_NEAR_WORDS = 6;

// 32-bit FNV-1a, seeded per hash function: MinHash needs many cheap, independent hashes of each word.
function fnv1a(word: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < word.length; i += 1) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche (murmur3's fmix32), so seeds that differ in few bits still give unrelated orders.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Locality-sensitive keys of a word set (MinHash, 6 bands of 2): two quotes whose word sets have
 * Jaccard similarity J share at least one key with probability 1 - (1 - J²)⁶ — 0.98 at J = 0.7,
 * 0.18 at J = 0.2 — so near-duplicates are found by an index lookup on these keys, never by
 * comparing a quote with every stored one. Empty below MIN_NEAR_WORDS distinct words.
 */
export function minHashBands(words: readonly string[]): string[] {
  const set = [...new Set(words)];
  if (set.length < MIN_NEAR_WORDS) return [];
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b += 1) {
    const mins: number[] = [];
    for (let r = 0; r < ROWS; r += 1) {
      const seed = b * ROWS + r + 1;
      let min = 0xffffffff;
      for (const w of set) min = Math.min(min, fnv1a(w, Math.imul(seed, 0x9e3779b1)));
      mins.push(min);
    }
    bands.push(hash('sha256', `${b}:${mins.join(',')}`, 'hex').slice(0, 16));
  }
  return bands;
}
