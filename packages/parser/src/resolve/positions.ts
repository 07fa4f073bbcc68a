import type { ParseDocument, Token } from '../document';

/** Index of the sentence holding offset `at` (the next one when `at` falls between sentences), or -1 past the last. */
export function sentenceIndexAt(doc: ParseDocument, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sentences[mid]?.end ?? Infinity) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.sentences.length ? lo : -1;
}

/** Index of the first token starting at or after `at` (binary search). */
export function tokenIndexFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
