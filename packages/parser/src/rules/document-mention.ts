import type { Mention, Token } from '../document';
import { DOCUMENT_NOUNS } from '../lexicon/statement-nouns';

/**
 * The words tokens[a, b) as a document standing for its author ("the Civic Action study", "Acme
 * Canada's public database"), for "according to" only: there the phrase is an attribution whatever
 * its head, while "the study found" elsewhere is left alone.
 */
export function documentMention(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  const last = tokens[b - 1];
  const first = tokens[a];
  if (last === undefined || first === undefined || b - a > 8 || !DOCUMENT_NOUNS.has(last.lower)) return null;
  const whole = text.slice(first.start, last.end);
  return { text: whole, start: first.start, end: last.end, kind: 'nominal', name: whole.replace(/^the\s+/i, ''), role: null };
}
