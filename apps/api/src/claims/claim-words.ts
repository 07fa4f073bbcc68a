import { createHash } from 'node:crypto';

// Editorial insertions ("[the president]") and elisions ("...") differ between outlets carrying one
// statement; the speaker's own words are what make it the same claim.
const INSERTIONS = /\[[^\]]*\]/g;

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

/** A claim text key: 16 hex characters of SHA-256 over the normalized words, the same for the same words. */
export function claimTextKey(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
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
