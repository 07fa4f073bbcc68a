import type { Paragraph, Sentence } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention } from '../classify-mention';
import { isWord } from '../tokens';
import { documentMention } from './document-mention';

/** Where "ccording" occurs in the text, found once per article (searching per sentence would be quadratic). */
function hasWordIn(ctx: RuleContext, start: number, end: number): boolean {
  if (ctx.accordingAt === null) {
    const found: number[] = [];
    for (let at = ctx.doc.text.indexOf('ccording'); at >= 0; at = ctx.doc.text.indexOf('ccording', at + 1)) found.push(at);
    ctx.accordingAt = found;
  }
  const list = ctx.accordingAt;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return (list[lo] ?? Infinity) < end;
}

/**
 * Rule: "According to X, ..." and "..., according to X." The cue is the phrase "according to",
 * the speaker the noun phrase after it up to the comma or the sentence's end.
 */
export function accordingTo(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  // Most sentences have no "according": look it up in the article's list instead of at every word.
  if (!hasWordIn(ctx, sentence.start, sentence.end)) return;
  for (let k = sentence.first; k + 2 < sentence.last; k += 1) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (a === undefined || b === undefined || a.lower !== 'according' || b.lower !== 'to' || ctx.quoted[a.start] === 1) continue;
    let end = k + 2;
    while (end < sentence.last && (isWord(tokens[end]) || tokens[end]?.text === '-')) end += 1;
    const mention = classifyMention(text, tokens, k + 2, end) ?? documentMention(text, tokens, k + 2, end);
    if (mention === null) continue;
    const cue = { text: text.slice(a.start, b.end), lemma: 'according to', start: a.start, end: b.end };
    const first = tokens[sentence.first];
    const lastToken = tokens[sentence.last - 1];
    if (first === undefined || lastToken === undefined) continue;
    let span;
    if (tokens[end]?.text === ',' && k <= sentence.first + 3) {
      // "According to the dictator, Russia's success ..."
      span = trimContent(text, { start: tokens[end]?.end ?? lastToken.end, end: lastToken.end });
    } else if (tokens[k - 1]?.text === ',') {
      // "... is now enough, according to the agency."
      span = trimContent(text, { start: first.start, end: tokens[k - 1]?.start ?? first.start });
    } else continue;
    if (span.end - span.start < 8 || isClaimed(ctx, span)) continue;
    const quoted = ctx.quoted.subarray(span.start, span.end).includes(1);
    addClaim(ctx, { span, kind: quoted ? 'mixed' : 'indirect', cue, mention, rule: 'according-to', confidence: 0.8 });
  }
}
