import type { Token } from '../document';
import { PAST_TENSE } from '../subject';

/**
 * Whether the cue's "-s" form is a plural noun, the subject of the past tense after it ("Many questions remained
 * unanswered", "Recent press reports raised the possibility", "Miller's remarks reflected concern"); not after a
 * relative ("an event that Carson says led him to Christ"), nor "says".
 */
export function isPluralNounCue(tokens: readonly Token[], k: number, lemma: string): boolean {
  const t = tokens[k];
  if (t === undefined || lemma === 'say' || !t.lower.endsWith('s') || !PAST_TENSE.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let i = k - 1; i >= Math.max(0, k - 3); i -= 1) if (RELATIVE_WORDS.has(tokens[i]?.lower ?? '')) return false;
  return true;
}
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'what', 'whom']);
