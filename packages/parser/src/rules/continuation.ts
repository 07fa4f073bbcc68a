import type { Paragraph, Quotation } from '../document';
import { addClaim, isClaimed, type RuleContext } from '../claims';
import { tokenAt } from '../tokens';

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
  const opensSentence = prev === undefined || ['.', '?', '!', ':'].includes(prev.text) || prev.text === '"' || prev.text === '”';
  const isSentence = /[.!?…]["”’]?$/.test(inner) || !q.closed || /[,]$/.test(inner);
  if (!opensSentence || !isSentence || isClaimed(ctx, q)) return;
  addClaim(ctx, {
    span: { start: q.start, end: q.end },
    kind: 'direct',
    cue: null,
    mention: null,
    rule: 'continuation',
    confidence: 0.6,
    inherits: true,
  });
}
