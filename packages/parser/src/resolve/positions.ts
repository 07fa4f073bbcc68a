import type { ParseDocument, Range, Token } from '../document';
import { startsUpper } from '../tokens';

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

const CLAIM_END_SO_FAR = new WeakMap<readonly ParseDocument['claims'][number][], number[]>();

/**
 * Whether a claim of the document overlaps `range` (claims are in text order: a binary search over their starts and the
 * furthest end reached so far, kept once per article, so that asking for every pronoun stays linear).
 */
export function claimOverlaps(doc: ParseDocument, range: Range): boolean {
  const claims = doc.claims;
  let ends = CLAIM_END_SO_FAR.get(claims);
  if (ends === undefined) {
    ends = [];
    for (const c of claims) ends.push(Math.max(c.span.end, ends.at(-1) ?? 0));
    CLAIM_END_SO_FAR.set(claims, ends);
  }
  // The claims that start before the range ends: whether the furthest of their ends passes its start.
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((claims[mid]?.span.start ?? Infinity) < range.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (ends[lo - 1] ?? 0) > range.start;
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

/** Whether offset `at` opens its sentence (after any quotation marks or brackets). */
export function opensSentenceAt(doc: ParseDocument, at: number): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, at)];
  return sentence !== undefined && sentence.start <= at && /^[\s"“”'‘’([—–-]*$/.test(doc.text.slice(sentence.start, at));
}

/** Whether a description names something: a capitalized word in it, other than the capital opening its sentence ("Acme Bank", not "Company"). */
export function hasProperWord(doc: ParseDocument, m: { text: string; start: number }): boolean {
  return m.text.split(/\s+/).some((w, i) => startsUpper(w) && (i > 0 || !opensSentenceAt(doc, m.start)));
}

/** Index of the paragraph holding offset `at` (the next one when `at` falls between paragraphs). */
export function paragraphIndexAt(doc: ParseDocument, at: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.paragraphs[mid]?.end ?? Infinity) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether tokens[i] opens a sentence, where a capital says nothing of a name (after a stop, a quotation mark or a colon). */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || SENTENCE_OPENERS.test(tokens[i - 1]?.text ?? '');
}
const SENTENCE_OPENERS = /^[.?!"“”:]$/;
