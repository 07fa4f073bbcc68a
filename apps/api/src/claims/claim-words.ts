import { hash } from 'node:crypto';

// Editorial insertions ("[the president]") and elisions ("...") differ between outlets carrying one
// statement; the speaker's own words are what make it the same claim.
// No "[" inside either: a run of "[" with no "]" then fails at once instead of rescanning from each one.
const INSERTIONS = /\[[^[\]]*\]/g;

/**
 * The words of a quote as claims compare them: Unicode-normalized (NFKC), lower-case, letters and
 * digits only, so quotation marks, dashes, punctuation, case, spacing and bracketed insertions no
 * longer tell two carryings of one statement apart. Apostrophes inside a word are dropped
 * ("we're" and "we’re" both give "were") rather than splitting it.
 */
export function claimWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(INSERTIONS, ' ')
    .toLowerCase()
    .replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A claim text key: 16 hex characters of SHA-256 over the normalized words, the same for the same words.
 * One-shot `hash` (0.9 µs) rather than a Hash object (2.3 µs): seven digests a quote text at ingest.
 */
export function claimTextKey(words: readonly string[]): string {
  return hash('sha256', words.join(' '), 'hex').slice(0, 16);
}

/** Jaccard similarity of two quotes' word sets: |A ∩ B| / |A ∪ B|, 1 for two empty sets. */
export function wordJaccard(a: readonly string[], b: readonly string[]): number {
  return setJaccard(new Set(a), new Set(b));
}

/** wordJaccard on sets already built: ingest compares each new text with many stored ones. */
export function setJaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * setJaccard when it is at least `min`, else undefined, without counting every shared word: two
 * sets whose sizes differ by more than `min` allows cannot reach it (|A ∩ B| / |A ∪ B| ≤
 * min(|A|, |B|) / max(|A|, |B|)), and the count stops once the words left cannot. The score it
 * returns is setJaccard's, to the last bit: near-duplicate matching compares each new quote with up
 * to 48 stored ones, most of them far apart.
 */
export function jaccardAtLeast(left: ReadonlySet<string>, right: ReadonlySet<string>, min: number): number | undefined {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  if (large.size === 0) return 1 >= min ? 1 : undefined;
  if (small.size / large.size < min) return undefined;
  const total = small.size + large.size;
  let shared = 0;
  let missed = 0;
  for (const w of small) {
    if (large.has(w)) shared += 1;
    else {
      missed += 1;
      const best = small.size - missed;
      // The score only grows with the shared count, and division rounds monotonically: below here, below at the end.
      if (best / (total - best) < min) return undefined;
    }
  }
  const score = shared / (total - shared);
  return score >= min ? score : undefined;
}
