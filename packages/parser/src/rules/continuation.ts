import type { Mention, Paragraph, Quotation, Token } from '../document';
import { addClaim, isClaimed, type RuleContext } from '../claims';
import { PAST_TENSE, leftSubject, sentenceSubject } from '../subject';
import { cueAt } from '../lexicon/cue-verbs';
import { tokenAt } from '../tokens';
import { endsSentence } from '../sentences';

/**
 * Rule: a quotation with no cue of its own that opens its paragraph or sentence and reads as
 * speech (several words, or a paragraph-long quote running on): it continues the speaker before it.
 * Short quoted words inside a sentence (scare quotes, titles, nicknames) are not claims.
 */
export function continuation(ctx: RuleContext, paragraph: Paragraph, q: Quotation): void {
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const i = tokenAt(tokens, q.start);
  const prev = tokens[i - 1];
  // A short sentence of its own right after an attributed one ('“He carried the weight,” she said. “I was super-green.”').
  const afterClaim =
    prev !== undefined &&
    ['.', '!', '?'].includes(prev.text) &&
    ctx.claimed[tokens[i - 2]?.start ?? 0] !== 1 &&
    isClaimed(ctx, { start: paragraph.start, end: q.start });
  if (words < (afterClaim ? 3 : 4)) return;
  // (Or an abbreviation's period ends the sentence before it: "... in Santa Monica, Calif. “The reality is ...”".)
  const opensSentence =
    prev === undefined ||
    ['.', '?', '!', ':'].includes(prev.text) ||
    prev.text === '"' ||
    prev.text === '”' ||
    (prev.text.endsWith('.') && endsSentence(tokens, i - 1) === i - 1);
  // (The stop may sit inside a nested quotation's mark: "... saying, 'Yes I am; I was adopted.'")
  const isSentence = /[.!?…]["”’']?$/.test(inner) || !q.closed || /[,]$/.test(inner);
  if (!opensSentence || !isSentence || isClaimed(ctx, q)) return;
  const mention = prev?.text === ':' ? colonSubject(ctx, tokens, i - 1) : null;
  addClaim(ctx, {
    span: { start: q.start, end: q.end },
    kind: 'direct',
    cue: null,
    mention,
    rule: 'continuation',
    confidence: 0.6,
    inherits: mention === null,
  });
}

/**
 * "When Trump suggested ..., Rubio fired back forcefully: “...”": the named subject of the sentence that a colon
 * closes introduces the quotation, not the speaker before it. Null for a pronoun (who it is, the speaker before
 * tells) or no subject.
 */
function colonSubject(ctx: RuleContext, tokens: readonly Token[], colon: number): Mention | null {
  let floor = colon;
  while (floor > 0 && !['.', '!', '?'].includes(tokens[floor - 1]?.text ?? '')) floor -= 1;
  // ("But the Royal College of Nursing’s general secretary, Donna Kinnair, told BBC’s “Breakfast” show:": the name set
  // between commas before the sentence's cue.)
  const subject = sentenceSubject(ctx.doc.text, tokens, floor, colon)?.mention ?? appositiveBeforeCue(ctx.doc.text, tokens, floor, colon);
  if (subject === null || (subject.kind !== 'name' && subject.kind !== 'nominal') || ctx.claimed[subject.start] === 1) return null;
  // A heading with no verb introduces nothing said ("Winners\n\nDigital mortgage companies:").
  if (!verbAfter(tokens, subject.end, colon)) return null;
  // One capitalized word is a name only if the text writes it so inside a sentence too ("Wear cloth face coverings
  // ...:" opens with a verb).
  return subject.kind === 'name' && !subject.name.includes(' ') && !writtenMidSentence(ctx.doc.text, subject.name) ? null : subject;
}

/** Whether a cue or a verb in the past stands in tokens from the offset `from` to the colon ("fired back forcefully:"). */
function verbAfter(tokens: readonly Token[], from: number, colon: number): boolean {
  for (let k = colon - 1; k >= 0 && (tokens[k]?.start ?? 0) >= from; k -= 1) {
    const t = tokens[k];
    if (t !== undefined && (cueAt(tokens, k) !== undefined || (!t.cap && PAST_TENSE.test(t.text)))) return true;
  }
  return false;
}

/** The name between commas right before the first cue of tokens[floor, colon) ("..., Donna Kinnair, told"), or null. */
function appositiveBeforeCue(text: string, tokens: readonly Token[], floor: number, colon: number): Mention | null {
  for (let k = floor + 2; k < colon; k += 1) {
    if (cueAt(tokens, k) === undefined) continue;
    if (tokens[k - 1]?.text !== ',') return null;
    const subject = leftSubject(text, tokens, k, floor)?.mention ?? null;
    return subject?.kind === 'name' ? subject : null;
  }
  return null;
}

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`.
const LOWERCASE_OR_COMMA = /[\p{Ll},]/u;

/** Whether `word` stands after a lowercase word or a comma somewhere in the text ("..., Rubio said"). */
function writtenMidSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at >= 2 && text[at - 1] === ' ' && LOWERCASE_OR_COMMA.test(text[at - 2] ?? '')) return true;
  }
  return false;
}
