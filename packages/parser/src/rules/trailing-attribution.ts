import type { Mention, Token } from '../document';
import type { RuleContext } from '../claims';
import { CLAUSE_LEMMAS, cueAt } from '../lexicon/cue-verbs';
import { isNegatedOrPassive, leftSubject } from '../subject';
import { wordsIn } from '../tokens';

/** A closing attribution: who it names, and its cue's token. */
export interface TrailingAttribution {
  mention: Mention;
  cue: number;
}

/**
 * ", central bank sources said.", ", the newspaper reported on Monday.": an attribution that closes its sentence
 * after a comma at tokens[comma], its subject right after the comma and at most three words after its cue. In
 * "Nakasone agreed that a further cut was not appropriate, central bank sources said." the claim is Nakasone's and
 * the sources relay it: the inner claim ends at the comma, and the closing attribution names its relay, not a claim
 * of its own.
 */
export function trailingAttribution(ctx: RuleContext, tokens: readonly Token[], comma: number, last: number): TrailingAttribution | null {
  // A subject of up to eight tokens, the cue and three words at most: a comma further from the end opens none.
  if (tokens[comma]?.text !== ',' || last - comma > 13) return null;
  for (let c = comma + 2; c < Math.min(last, comma + 10); c += 1) {
    const token = tokens[c];
    if (token === undefined || token.text === ',' || ctx.quoted[token.start] === 1) return null;
    const lemma = cueAt(tokens, c);
    if (lemma === undefined) continue;
    if (!CLAUSE_LEMMAS.has(lemma) || token.lower.endsWith('ing') || isNegatedOrPassive(tokens, c) || wordsIn(tokens, c + 1, last) > 3)
      return null;
    const subject = leftSubject(ctx.doc.text, tokens, c, comma + 1);
    return subject !== null && subject.clauseStart === comma + 1 ? { mention: subject.mention, cue: c } : null;
  }
  return null;
}
