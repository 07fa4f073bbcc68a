import type { Mention, Token } from './document';

/** Spans of this many tokens or more are read afresh: a key is the first token's offset times this, plus the span's length. */
const SPAN_LIMIT = 1024;

/** A span's reading, with the tokens it was read in (a second parse of the same text has tokens of its own). */
interface Reading {
  tokens: readonly Token[];
  mention: Mention | null;
}

/**
 * The readings of the spans of the article being parsed, by its text. One slot, for the one article parsed at a time:
 * the rules classify a cue's subject, and resolution classifies the same words again as its sentence's subject or a
 * name of the index (56k of the 193k spans classified in a pass over Reuters had been classified before in the article).
 * (The slot keeps the last article until the next.)
 */
const article = { text: null as string | null, readings: new Map<number, Reading>() };

/**
 * `read(text, tokens, a, b)`, once per span of the article: a span is the same words, and its reading the same, wherever
 * in the article it is asked for. Readings are shared, so a caller must not change the mention it is given (none does).
 */
export function mentionOnce(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  read: (text: string, tokens: readonly Token[], a: number, b: number) => Mention | null,
): Mention | null {
  const first = tokens[a];
  if (first === undefined || b < a || b - a >= SPAN_LIMIT) return read(text, tokens, a, b);
  if (article.text !== text) {
    article.text = text;
    article.readings = new Map();
  }
  // (A number, not a string of the offsets: the key of every span classified is made and hashed.)
  const key = first.start * SPAN_LIMIT + (b - a);
  const kept = article.readings.get(key);
  if (kept !== undefined && kept.tokens === tokens) return kept.mention;
  const mention = read(text, tokens, a, b);
  article.readings.set(key, { tokens, mention });
  return mention;
}
