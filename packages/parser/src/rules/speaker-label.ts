import type { Mention, Paragraph } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention } from '../classify-mention';
import { LABEL_WORDS } from '../lexicon/label-words';
import { isWord } from '../tokens';

/** A label's speaker is at most this many words ("Former AG Mukasey" of "Former AG Mukasey at RNC:"). */
const MAX_LABEL_WORDS = 4;

/** The most words of a label's hearer or occasion ("Clinton to Planned Parenthood", "Obama To Asians Worried About U.S. Election"). */
const MAX_HEARER_WORDS = 5;

/**
 * Where the speaker of a label ends: before "to" or "at" and a capitalized hearer or occasion ("Clinton to Planned
 * Parenthood:", "Former AG Mukasey at RNC:"), else at the colon.
 */
function speakerEnd(paragraph: Paragraph, first: number, colon: number): number {
  const { tokens } = paragraph;
  for (let i = first + 1; i < colon - 1; i += 1) {
    const t = tokens[i];
    if (t?.lower !== 'to' && t?.lower !== 'at') continue;
    const hearer = tokens.slice(i + 1, colon);
    return hearer.length <= MAX_HEARER_WORDS && hearer.every((h) => isWord(h) && h.cap) ? i : colon;
  }
  return colon;
}

/** Label words that also end the names of outlets and groups ("NY Daily News", "NY Post", "Judicial Watch"). */
const NAME_ENDS: ReadonlySet<string> = new Set(['watch', 'news', 'daily', 'post', 'times', 'week', 'weekly']);

/** The speaker a label names: a proper name ("Lindsey Graham", "Sanders"), perhaps with its hearer or occasion. */
function labelMention(text: string, paragraph: Paragraph, first: number, colon: number): Mention | null {
  const { tokens } = paragraph;
  const end = speakerEnd(paragraph, first, colon);
  const words = tokens.slice(first, end);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || !words.every((t) => isWord(t) && t.cap)) return null;
  // A label word opens the label ("Editor's Note:", "Live Updates:") or closes it ("Delegate Update:"); but an
  // outlet's or a group's name may end in one ("NY Daily News:", "NY Post:", "Judicial Watch:").
  const last = words[words.length - 1]?.lower ?? '';
  if (LABEL_WORDS.has(words[0]?.lower ?? '') || (LABEL_WORDS.has(last) && (words.length === 1 || !NAME_ENDS.has(last)))) return null;
  const mention = classifyMention(text, tokens, first, end);
  // ("Historians: Clinton, Obama linked no matter what": a group of unnamed speakers labels its claim too.)
  return mention !== null && (mention.kind === 'name' || mention.kind === 'anonymous') ? mention : null;
}

/** Whether tokens[a, b) read as a list of names: mostly capitalized words, a comma every few words. */
function isNameList(paragraph: Paragraph, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  let commas = 0;
  for (let i = a; i < b; i += 1) {
    const t = paragraph.tokens[i];
    if (t?.text === ',') commas += 1;
    else if (t !== undefined && isWord(t)) {
      words += 1;
      if (t.cap) caps += 1;
    }
  }
  return commas >= 2 && caps * 3 >= words * 2;
}

/**
 * Rule: a headline opened by a speaker's name and a colon ("Graham: Trump's rhetoric is destroying
 * the party's chance"): what follows the colon is that speaker's claim. Labels that are not speakers
 * ("Poll:", "Q:", "Update:") are left alone, and so are labels in running text, which are as often
 * headings ("Iowa: ...", "Sanders: Win in a walk"); transcript labels ("TAPPER: ...") too, which on
 * ggt-dev were mostly not speakers.
 */
export function speakerLabel(ctx: RuleContext): void {
  const sentence = ctx.doc.sentences[0];
  const paragraph = sentence === undefined ? undefined : ctx.doc.paragraphs[sentence.paragraph];
  if (sentence === undefined || paragraph === undefined) return;
  const { tokens } = paragraph;
  let colon = sentence.first;
  while (colon < Math.min(sentence.last, sentence.first + MAX_LABEL_WORDS + MAX_HEARER_WORDS + 2) && tokens[colon]?.text !== ':')
    colon += 1;
  const from = tokens[colon + 1];
  const end = tokens[sentence.last - 1];
  if (tokens[colon]?.text !== ':' || from === undefined || end === undefined || sentence.last - colon < 4) return;
  const text = ctx.doc.text;
  const mention = labelMention(text, paragraph, sentence.first, colon);
  // "Iowa: Tim Albrecht, Brad Anderson, ...": a list of names under a heading, not a claim.
  if (mention === null || isNameList(paragraph, colon + 1, sentence.last)) return;
  const span = trimContent(text, { start: from.start, end: end.end });
  if (span.end - span.start < 12 || isClaimed(ctx, span)) return;
  addClaim(ctx, { span, kind: 'indirect', cue: null, mention, rule: 'speaker-label', confidence: 0.6 });
}
