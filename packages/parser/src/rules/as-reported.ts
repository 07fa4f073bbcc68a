import type { Mention, Paragraph, Range, Sentence, Token } from '../document';
import { DETERMINERS } from '../lexicon/function-words';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention, withRole } from '../classify-mention';
import { cueAt } from '../lexicon/cue-verbs';
import { isWord, wordsIn } from '../tokens';
import { pastDateline } from '../subject';

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
  // "But as Clyburn noted, ...": a conjunction may open the sentence before the idiom.
  asReportedAt(
    ctx,
    paragraph,
    sentence,
    OPENING_CONJUNCTIONS.has(tokens[sentence.first]?.lower ?? '') ? sentence.first + 1 : sentence.first,
  );
  // "..., and as Comey noted, people involved in the Clinton case could still be subject to sanctions": the idiom opening a
  // clause after a comma and a conjunction, the claim that clause.
  for (let k = sentence.first + 2; k < sentence.last - 4; k += 1) {
    if (tokens[k]?.lower === 'as' && OPENING_CONJUNCTIONS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',')
      asReportedAt(ctx, paragraph, sentence, k);
  }
}

/** The idiom read from tokens[at] ("as"), the claim the clause after its comma to the sentence's end. */
function asReportedAt(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence, at: number): void {
  const { tokens } = paragraph;
  const text = ctx.doc.text;
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
  addAsReported(ctx, span, cueToken, lemma, mention);
}

/** Cues of the idiom closing a sentence ("..., as Dr. Robert Redfield has warned."): those of its opening form, and warnings (not "as X had suggested", said of a part of the clause as often). */
const TRAILING_CUES = new Set([...AS_CUES, 'warn', 'predict']);
/** The longest source with its description the closing idiom names ("Dr. Robert Redfield, director of the U.S. Centers ..."). */
const MAX_TRAILING_TOKENS = 24;
/** Lowercase words that open the source of the closing idiom besides determiners and pronouns ("as one analyst noted"). */
const SOURCE_OPENERS = new Set(['one', 'many', 'some']);
/** Auxiliaries between the source and its cue ("as X has warned", "as X had predicted"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does']);

/**
 * Rule: "Another outbreak is likely next fall, as Dr. Robert Redfield, director of the CDC, has warned.": the idiom
 * closing the sentence; what comes before its comma is the source's claim, and a description set off by commas is its
 * role. It runs before reported speech, which would read the description as the subject of "has warned".
 */
export function asReportedAtEnd(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  const { tokens } = paragraph;
  let end = sentence.last;
  while (end > sentence.first && !isWord(tokens[end - 1])) end -= 1;
  const cue = end - 1;
  const lemma = cueAt(tokens, cue);
  if (lemma === undefined || !TRAILING_CUES.has(lemma) || ctx.claimed[tokens[cue]?.start ?? 0] === 1) return;
  let sourceEnd = cue;
  while (sourceEnd > sentence.first && AUXILIARIES.has(tokens[sourceEnd - 1]?.lower ?? '')) sourceEnd -= 1;
  // Back to ", as": the source and a description after it, in at most two comma-separated pieces.
  let as = sourceEnd - 1;
  while (as > sentence.first && sourceEnd - as <= MAX_TRAILING_TOKENS && !(tokens[as]?.lower === 'as' && tokens[as - 1]?.text === ','))
    as -= 1;
  if (tokens[as]?.lower !== 'as' || tokens[as - 1]?.text !== ',' || sourceEnd - as > MAX_TRAILING_TOKENS) return;
  // The source opens as a noun phrase does ("as Dr. Robert Redfield", "as the company", "as he"; not "as well as ...",
  // "as was the case", "as required by ...").
  const opener = tokens[as + 1];
  const opens = (w: string) => DETERMINERS.has(w) || SPEAKER_PRONOUNS.has(w) || SOURCE_OPENERS.has(w);
  if (opener === undefined || !(opener.cap || opens(opener.lower)) || opener.lower === 'well') return;
  let nameEnd = sourceEnd;
  // "Dr. Robert Redfield, director of the ... Prevention,": the name before the description's comma.
  for (let i = as + 1; i < sourceEnd; i += 1) {
    if (tokens[i]?.text === ',') {
      nameEnd = i;
      break;
    }
  }
  // A description is set off by commas up to the cue ("Redfield, director of the CDC, has warned"); "..., as well as
  // Hawaii, Riedel said" is another sentence's subject.
  if (nameEnd < sourceEnd && tokens[sourceEnd - 1]?.text !== ',') return;
  const text = ctx.doc.text;
  const name = classifyMention(text, tokens, as + 1, nameEnd);
  if (name === null) return;
  const description =
    nameEnd < sourceEnd ? text.slice(tokens[nameEnd + 1]?.start ?? 0, tokens[sourceEnd - 1]?.end ?? 0).replace(/,$/, '') : null;
  const mention = description === null || name.kind !== 'name' || name.role !== null ? name : withRole(name, description);
  // (Not "Abrams said the administration will not try ..., as some Republican leaders have suggested": a cue before it
  // has its own claim, which the idiom only qualifies.)
  for (let i = sentence.first; i < as - 1; i += 1) if (cueAt(tokens, i) !== undefined) return;
  const first = tokens[pastDateline(tokens, sentence.first, as)];
  const comma = tokens[as - 1];
  if (first === undefined || comma === undefined || wordsIn(tokens, sentence.first, as - 1) < 4) return;
  const span = trimContent(text, { start: first.start, end: comma.start });
  if (isClaimed(ctx, span)) return;
  const cueToken = tokens[cue];
  if (cueToken === undefined) return;
  addAsReported(ctx, span, cueToken, lemma, mention);
}

/** Adds the idiom's claim: mixed when quoted words are inside it. */
function addAsReported(ctx: RuleContext, span: Range, cueToken: Token, lemma: string, mention: Mention): void {
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
