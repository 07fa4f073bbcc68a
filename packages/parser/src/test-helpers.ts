import { expect } from 'vitest';
import type { ParseResult } from '@claimline/schema';
import { parseArticle } from './index';

/** A fixed ingestion time, so that parses in tests are deterministic. */
export const INGESTED_AT = '2024-05-25T00:00:00.000Z';

/** What a test expects of one quote: its exact text, and optionally its speaker, cue and kind. */
export interface ExpectedQuote {
  text: string;
  speaker?: string | null;
  /** The resolved source's canonical name. */
  source?: string | null;
  cue?: string | null;
  kind?: 'direct' | 'indirect' | 'mixed';
}

/** Parses `text` and asserts it yields exactly the expected quotes, checking offsets against the text. */
export function expectQuotes(text: string, expected: readonly ExpectedQuote[]): ParseResult {
  const result = parseArticle(text, { ingestedAt: INGESTED_AT });
  const body = result.article.text;
  const actual = result.quotes.map((q) => {
    expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
    if (q.speaker !== null) expect(body.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    if (q.cue !== null) expect(body.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    const source = result.sources.find((s) => s.id === q.sourceId);
    return { text: q.text, speaker: q.speaker?.text ?? null, source: source?.name ?? null, cue: q.cue?.text ?? null, kind: q.kind };
  });
  expect(actual.map((a, i) => pick(a, expected[i]))).toEqual(expected.map((e) => ({ ...e })));
  return result;
}

/** The quotes of `text` as [start, end, the speaker's words], for assertions on exact offsets. */
export function quoteSpans(text: string): [number, number, string | undefined][] {
  return parseArticle(text, { ingestedAt: INGESTED_AT }).quotes.map((q) => [q.span.start, q.span.end, q.speaker?.text]);
}

/** The quotes of `text` as [start, end, the speaker's words, the resolved source's name], and each source's kind in order. */
export function attributed(text: string): { quotes: [number, number, string | undefined, string | undefined][]; kinds: string[] } {
  const result = parseArticle(text, { ingestedAt: INGESTED_AT });
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return {
    quotes: result.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.text, names.get(q.sourceId ?? '')]),
    kinds: result.sources.map((s) => s.kind),
  };
}

/** Parses `text` and asserts one quote, as `expectQuotes` does. */
export function expectQuote(text: string, expected: ExpectedQuote): ParseResult {
  return expectQuotes(text, [expected]);
}

/** Asserts that the text yields no quote at all. */
export function expectNoQuotes(text: string): void {
  expect(parseArticle(text, { ingestedAt: INGESTED_AT }).quotes.map((q) => q.text)).toEqual([]);
}

function pick(actual: Record<string, unknown>, expected: ExpectedQuote | undefined): Record<string, unknown> {
  if (expected === undefined) return actual;
  return Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k]]));
}
