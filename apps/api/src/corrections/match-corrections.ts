import type { quoteCorrections } from '../db/schema';

/** A stored analyst correction of one quote. */
export type Correction = typeof quoteCorrections.$inferSelect;

/** What matching needs of a parsed quote: where it is and what it says. */
export interface QuoteToMatch {
  text: string;
  span: { start: number; end: number };
}

/**
 * The quote's text folded to lower-case letters and digits separated by single spaces, so the
 * same quote matches whether a parser keeps its quotation marks, a trailing comma or a line break.
 */
export function quoteKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

const overlaps = (a: QuoteToMatch['span'], b: { spanStart: number; spanEnd: number }) => a.start < b.spanEnd && b.spanStart < a.end;
const distance = (a: QuoteToMatch['span'], b: { spanStart: number; spanEnd: number }) =>
  Math.abs(a.start - b.spanStart) + Math.abs(a.end - b.spanEnd);

/**
 * Pairs each correction with at most one parsed quote, and each quote with at most one correction,
 * in three passes so a stronger match is never taken by a weaker one: (1) the exact span; (2) the
 * same quote key, nearest span first (the parser's offsets moved: a new boilerplate rule, a changed
 * normalization); (3) overlapping spans whose keys contain one another (the quote grew or shrank by
 * a few words). Returns the correction for each quote index.
 */
export function matchCorrections(quotes: readonly QuoteToMatch[], corrections: readonly Correction[]): Map<number, Correction> {
  const matched = new Map<number, Correction>();
  const used = new Set<Correction>();
  const keys = quotes.map((q) => quoteKey(q.text));
  const pair = (i: number, c: Correction) => {
    matched.set(i, c);
    used.add(c);
  };
  quotes.forEach((q, i) => {
    const exact = corrections.find((c) => !used.has(c) && c.spanStart === q.span.start && c.spanEnd === q.span.end);
    if (exact) pair(i, exact);
  });
  const candidates = (accept: (q: QuoteToMatch, key: string, c: Correction) => boolean) =>
    quotes
      .flatMap((q, i) =>
        corrections.map((c) => ({ i, c, ok: !matched.has(i) && !used.has(c) && accept(q, keys[i] ?? '', c), d: distance(q.span, c) })),
      )
      .filter((x) => x.ok)
      .sort((a, b) => a.d - b.d);
  for (const { i, c } of candidates((_q, key, c) => c.quoteKey !== null && c.quoteKey !== '' && c.quoteKey === key)) {
    if (!matched.has(i) && !used.has(c)) pair(i, c);
  }
  const contains = (key: string, c: Correction) => !!c.quoteKey && !!key && (key.includes(c.quoteKey) || c.quoteKey.includes(key));
  for (const { i, c } of candidates((q, key, c) => overlaps(q.span, c) && contains(key, c))) {
    if (!matched.has(i) && !used.has(c)) pair(i, c);
  }
  return matched;
}
