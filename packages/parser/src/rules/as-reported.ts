import type { Paragraph, Sentence, Token } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention } from '../classify-mention';
import { cueAt } from '../lexicon/cue-verbs';
import { isWord, wordsIn } from '../tokens';

/** Cues of the idiom: "As reported by X," "As X noted," (not "As expected," nor "As reported earlier,"). */
const AS_CUES = new Set(['say', 'report', 'note', 'write', 'explain', 'point', 'observe', 'tell', 'tweet', 'put', 'reveal', 'disclose']);
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
/** The longest source the idiom names ("As the Associated Press and several other outlets reported"). */
const MAX_SOURCE_TOKENS = 12;

/** Whether tokens from `from` to `end` open the idiom "As X reported," (its cue before the first comma). */
export function opensAsReported(tokens: readonly Token[], from: number, end: number): boolean {
  let i = from;
  if (OPENING_CONJUNCTIONS.has(tokens[i]?.lower ?? '')) i += 1;
  if (tokens[i]?.lower !== 'as') return false;
  for (let k = i + 1; k < end && tokens[k]?.text !== ','; k += 1) {
    const lemma = cueAt(tokens, k);
    if (lemma !== undefined && AS_CUES.has(lemma)) return true;
  }
  return false;
}

/**
 * Rule: "As reported by X, ..." and "As X reported, ..." (also noted, wrote, said): the clause
 * after the comma is X's claim. A sentence-opening idiom of PolNeAR's news; the reported-speech
 * rule sees no content after such a cue, whose clause ends at the comma.
 */
export function asReported(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  // "But as Clyburn noted, ...": a conjunction may open the sentence before the idiom.
  const at = OPENING_CONJUNCTIONS.has(tokens[sentence.first]?.lower ?? '') ? sentence.first + 1 : sentence.first;
  const as = tokens[at];
  if (as?.lower !== 'as' || ctx.claimed[as.start] === 1) return;
  const limit = Math.min(sentence.last, at + 3 + MAX_SOURCE_TOKENS);
  let comma = at + 1;
  while (comma < limit && tokens[comma]?.text !== ',') comma += 1;
  if (tokens[comma]?.text !== ',') return;
  const k = at + 1;
  const asCue = (i: number) => {
    const lemma = cueAt(tokens, i);
    return lemma !== undefined && AS_CUES.has(lemma) ? lemma : undefined;
  };
  let cue: number;
  let lemma: string | undefined;
  let source: [number, number];
  if (tokens[k + 1]?.lower === 'by' && (lemma = asCue(k)) !== undefined) {
    // "As reported by Western Journalism,"
    cue = k;
    source = [k + 2, comma];
  } else {
    // "As The Washington Post reported,": the cue ends the clause, or only a word of time follows it.
    cue = comma - 1;
    while (cue > k && (lemma = asCue(cue)) === undefined) cue -= 1;
    // "As the Global Times noted in an op-ed Thursday,": a short phrase of place or time may follow the cue.
    if (cue <= k || lemma === undefined || comma - cue > 6) return;
    source = [k, cue];
  }
  const cueToken = tokens[cue];
  const mention = classifyMention(text, tokens, source[0], source[1]);
  const last = tokens[sentence.last - 1];
  if (cueToken === undefined || mention === null || last === undefined || !isWord(tokens[comma + 1])) return;
  const span = trimContent(text, { start: tokens[comma + 1]?.start ?? last.end, end: last.end });
  if (wordsIn(tokens, comma + 1, sentence.last) < 4 || isClaimed(ctx, span)) return;
  const quoted = ctx.quoted.subarray(span.start, span.end).includes(1);
  addClaim(ctx, {
    span,
    kind: quoted ? 'mixed' : 'indirect',
    cue: { text: cueToken.text, lemma, start: cueToken.start, end: cueToken.end },
    mention,
    rule: 'as-reported',
    confidence: 0.8,
  });
}
