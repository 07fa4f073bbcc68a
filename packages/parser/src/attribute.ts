import type { Claim, ParseDocument } from './document';
import { ruleContext } from './claims';
import { accordingTo } from './rules/according-to';
import { asReported, asReportedAtEnd } from './rules/as-reported';
import { blockQuote } from './rules/block-quote';
import { claimNoun } from './rules/claim-noun';
import { continuation } from './rules/continuation';
import { directQuote } from './rules/direct-quote';
import { questionsAndAnswers } from './rules/questions-and-answers';
import { reportedSpeech } from './rules/reported-speech';
import { signedText } from './rules/signed-text';
import { speakerLabel } from './rules/speaker-label';
import { speechAct } from './rules/speech-act';
import { transcript } from './rules/transcript';

/**
 * Stage 5: find cues and speakers. The rules run in order, each taking what the earlier ones
 * left: paragraphs signed by their author (embedded posts, pull quotes), quotations with a cue beside them, a headline opened by its speaker ("Graham: ..."), the turns of a transcript ("TAPPER: ..."), reported speech (after "..., as X has warned."), "according to", "As X reported, ...", speech acts with an object ("accused X of", "urged X to"), claims named by a noun ("Trump's claim that ..."), a paragraph introduced by "X writes:", the answers of a Q&A ("A: ..."), then quotations
 * that continue the speaker before them.
 */
export function attribute(doc: ParseDocument): void {
  const ctx = ruleContext(doc);
  for (const paragraph of doc.paragraphs) signedText(ctx, paragraph);
  for (const q of doc.quotations) {
    const paragraph = doc.paragraphs[q.paragraph];
    if (paragraph !== undefined && !q.used) directQuote(ctx, paragraph, q);
  }
  speakerLabel(ctx);
  transcript(ctx);
  for (const sentence of doc.sentences) {
    const paragraph = doc.paragraphs[sentence.paragraph];
    if (paragraph === undefined) continue;
    asReportedAtEnd(ctx, paragraph, sentence);
    reportedSpeech(ctx, paragraph, sentence);
    accordingTo(ctx, paragraph, sentence);
    asReported(ctx, paragraph, sentence);
    speechAct(ctx, paragraph, sentence);
    claimNoun(ctx, paragraph, sentence);
  }
  // After the sentences' rules: a block with an attribution of its own ("..., the network said") is theirs.
  for (const sentence of doc.sentences) {
    const paragraph = doc.paragraphs[sentence.paragraph];
    if (paragraph !== undefined) blockQuote(ctx, paragraph, sentence);
  }
  questionsAndAnswers(ctx);
  for (const q of doc.quotations) {
    const paragraph = doc.paragraphs[q.paragraph];
    if (paragraph !== undefined && !q.used) continuation(ctx, paragraph, q);
  }
  // Most articles' claims are found in text order already: the (stable) sort, which copies the list, only when not.
  if (!inTextOrder(doc.claims)) doc.claims.sort((a, b) => a.span.start - b.span.start);
}

/** Whether claims are sorted by where they start. */
function inTextOrder(claims: readonly Claim[]): boolean {
  for (let i = 1; i < claims.length; i += 1) if ((claims[i - 1]?.span.start ?? 0) > (claims[i]?.span.start ?? 0)) return false;
  return true;
}
