import type { Paragraph, Sentence } from '../document';
import { addClaim, cueOf, isClaimed, trimContent, type RuleContext } from '../claims';
import { cueAt } from '../lexicon/cue-verbs';
import { leftSubject } from '../subject';
import { isQuoteMark } from '../tokens';

/** Cues that introduce a block of someone's words ("Hewitt writes:", "Fox News reports:", "he said:"). */
const BLOCK_CUES: ReadonlySet<string> = new Set(['say', 'write', 'report', 'tweet', 'post', 'add', 'explain', 'note', 'state', 'declare']);

/**
 * Rule: a paragraph that ends in a speaker, a cue and a colon ("In a speech last July, he said:", "Hewitt writes:")
 * introduces the next paragraph, a block quote set off without quotation marks (a web page's blockquote once its markup
 * is gone): that paragraph is the speaker's claim. A quoted block is the direct-quote rule's.
 */
export function blockQuote(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  const { tokens } = paragraph;
  const k = sentence.last - 2;
  const cue = tokens[k];
  if (sentence.last !== tokens.length || tokens[sentence.last - 1]?.text !== ':' || cue === undefined) return;
  const lemma = cueAt(tokens, k);
  if (lemma === undefined || !BLOCK_CUES.has(lemma) || ctx.usedCues.has(cue.start)) return;
  const next = ctx.doc.paragraphs[paragraph.index + 1];
  // (Nor a block in markup, an embedded post's: "One BLM activist tweeted:\n\n<tweet tweet-author=...>".)
  if (next === undefined || next.tokens.length === 0 || isQuoteMark(next.tokens[0]) || next.tokens[0]?.text === '<') return;
  const subject = leftSubject(ctx.doc.text, tokens, k, sentence.first);
  if (subject === null) return;
  const span = trimContent(ctx.doc.text, { start: next.start, end: next.end });
  if (isClaimed(ctx, span)) return;
  addClaim(ctx, { span, kind: 'direct', cue: cueOf(cue, lemma), mention: subject.mention, rule: 'block-quote', confidence: 0.7 });
}
