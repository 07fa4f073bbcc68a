import type { Mention, Paragraph, Sentence, Token } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention, withRole } from '../classify-mention';
import { isQuoteMark, isWord, stopsSpeakerScan, wordsIn } from '../tokens';
import { isRoleOrPersonNoun } from '../lexicon/role-nouns';
import { describedRole, nameInApposition, pastDateline } from '../subject';
import { documentMention } from './document-mention';

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const LOWERCASE_ING = /^\p{Ll}+ing$/u;

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

/** No source phrase runs this many words without a comma; stopping there keeps a sentence of many "according to" linear. */
const MAX_SOURCE_WORDS = 30;
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Records a claim can be "according to" besides studies and reports ("according to the results", "his Facebook profile"). */
const RECORDS = new Set([
  'results',
  'average',
  'averages',
  'profile',
  'memo',
  'email',
  'emails',
  'summary',
  'tally',
  'count',
  'transcript',
  'transcripts',
  'polls',
  'surveys',
  'website',
  'letter',
  'complaint',
  'indictment',
  'lawsuit',
  'book',
  'article',
  'statement',
  'release',
  'polling',
  'poll',
  'data',
  'analysis',
  'estimates',
  'figures',
  'records',
  'documents',
  'filings',
  'plan',
]);

/** The source as a record named by its head within the phrase ("early results of exit polls conducted for ...", "the RealClearPolitics polling average"). */
function recordBefore(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  for (let e = Math.min(b, a + 8); e > a; e -= 1) {
    const head = tokens[e - 1];
    const first = tokens[a];
    if (head === undefined || first === undefined || !RECORDS.has(head.lower)) continue;
    const whole = text.slice(first.start, head.end);
    return { text: whole, start: first.start, end: head.end, kind: 'nominal', name: whole.replace(/^the\s+/i, ''), role: null };
  }
  return null;
}

/** Words after which a parenthetical "according to X," leaves the claim to what follows. */
const SUBORDINATORS = new Set(['because', 'that', 'but', 'and', 'since', 'as', 'while', 'so', 'although', 'though']);
/** Whether tokens[from, last) describe the source before them ("a commercial real estate developer"), with no verb of a clause. */
function describesSource(tokens: readonly Token[], from: number, last: number): boolean {
  if (!/^(?:a|an)$/.test(tokens[from]?.lower ?? '')) return false;
  // (A capitalized word is a name, not a verb in "-ed": "a CPA with Ed Slott and Company".)
  for (let i = from + 1; i < last; i += 1)
    if (tokens[i]?.cap !== true && /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says)$|ed$/.test(tokens[i]?.lower ?? ''))
      return false;
  return true;
}

/**
 * The comma that closes a description of the source after the comma at tokens[comma] ("According to Ed Slott, a CPA
 * with Ed Slott and Company, the ..."): a noun phrase opened by "a" or "an" with no verb; `comma` when there is none.
 */
function descriptionAfter(tokens: readonly Token[], comma: number, last: number): number {
  for (let c = comma + 2; c < Math.min(last, comma + 16); c += 1) {
    if (tokens[c]?.text !== ',') continue;
    return describesSource(tokens, comma + 1, c) && wordsIn(tokens, c + 1, last) >= 4 ? c : comma;
  }
  return comma;
}

/** Words that open a second clause after a parenthetical source ("..., according to X, and prices rose"). */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'which', 'who', 'as', 'so', 'or', 'whereas']);
/**
 * Whether "according to" after this word means "in accordance with": "The share price would be determined according to
 * market conditions", "infrastructure,” according to public guidelines" (a participle or a closing quotation mark).
 */
function inAccordance(before: Token | undefined): boolean {
  return before === undefined || !isWord(before) || /ed$/.test(before.lower);
}

/** A source is at most this many tokens ("the Roper Center for Public Opinion Research at Cornell University in New York"). */
const MAX_PHRASE_WORDS = 16;

/**
 * Whatever noun phrase follows "according to" is its source ("a Democrat familiar with his afternoon
 * remarks", "state law", "the Tax Policy Center"), up to a dash or a relative clause: a description
 * the resolver reads as it reads other nominal speakers.
 */
function sourcePhrase(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  let end = a;
  while (end < b && end - a < MAX_PHRASE_WORDS && tokens[end]?.text !== '-') end += 1;
  const first = tokens[a];
  const last = tokens[end - 1];
  if (
    end === a ||
    first === undefined ||
    last === undefined ||
    !isWord(first) ||
    end - a > MAX_PHRASE_WORDS ||
    (end < b && tokens[end]?.text !== '-')
  )
    return null;
  const whole = text.slice(first.start, last.end);
  return { text: whole, start: first.start, end: last.end, kind: 'nominal', name: whole.replace(/^(?:the|a|an)\s+/i, ''), role: null };
}

/** The "(" in tokens[from, to) that is still open at `to`, or -1. */
function openParenthesis(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) {
    const t = tokens[i]?.text;
    if (t === ')') return -1;
    if (t === '(') return i;
  }
  return -1;
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
    let clause = end;
    const limit = Math.min(sentence.last, k + 3 + MAX_SOURCE_WORDS);
    // "July's Washington Post/ABC News polling": a slash between two words joins them.
    // ("the Detectives' Endowment Association": a plural's possessive apostrophe is inside the source.)
    while (
      end < limit &&
      (isWord(tokens[end]) ||
        tokens[end]?.text === '-' ||
        (tokens[end]?.text === '/' && isWord(tokens[end + 1])) ||
        (isQuoteMark(tokens[end]) && !stopsSpeakerScan(tokens, end)))
    ) {
      if (clause === k + 2 && RELATIVE.has(tokens[end]?.lower ?? '')) clause = end;
      end += 1;
    }
    if (end - (k + 2) > MAX_SOURCE_WORDS) continue;
    if (clause === k + 2) clause = end;
    let mention =
      classifyMention(text, tokens, k + 2, end) ??
      documentMention(text, tokens, k + 2, end) ??
      // The source ends before a relative clause ("a campaign official who was not authorized to speak").
      (clause < end ? classifyMention(text, tokens, k + 2, clause) : null) ??
      recordBefore(text, tokens, k + 2, end) ??
      sourcePhrase(text, tokens, k + 2, clause);
    if (mention === null) continue;
    // "according to its owner, Paul Meyer, a developer", "According to her lawyer, Lisa Bloom, the claims ...": the
    // name in apposition speaks, with the description for its role; the source runs past it.
    // Only a person has one ("its owner, Paul Meyer", "his wife, Dana"): "an FBI summary of its investigation, Cheryl Mills, a top
    // Clinton aide, sent ..." opens the claim with its subject.
    const head = (mention.text.split(/\s+/).at(-1) ?? '').toLowerCase();
    const appositive = mention.kind === 'name' || !isRoleOrPersonNoun(head) ? null : nameInApposition(text, tokens, end, sentence.last);
    if (appositive !== null) {
      mention = withRole(appositive.mention, describedRole(mention.text));
      end = appositive.end;
    }
    const cue = { text: text.slice(a.start, b.end), lemma: 'according to', start: a.start, end: b.end };
    // "LONDON, March 19 - Prices will rise, according to the ministry.": the dateline is no part of the claim.
    // "... victims (the actual number is closer to 15 percent, according to Factcheck.org).": inside parentheses the
    // claim opens at the parenthesis.
    const paren = openParenthesis(tokens, sentence.first, k);
    const first = tokens[paren >= 0 ? paren + 1 : pastDateline(tokens, sentence.first, k)];
    const lastToken = tokens[sentence.last - 1];
    if (first === undefined || lastToken === undefined) continue;
    let span;
    // "..., because, according to Trump, the media would ...": after a subordinator the claim follows the source.
    const opensAfter =
      tokens[k - 1]?.text === ',' && SUBORDINATORS.has(tokens[k - 2]?.lower ?? '') && wordsIn(tokens, end + 1, sentence.last) >= 4;
    // ("And it hasn’t gone unnoticed: According to recent polls, Trump holds ...": a colon opens the clause too.)
    const clauseFirst = tokens[k - 1]?.text === ':' ? k : sentence.first;
    if (tokens[end]?.text === ',' && (k <= clauseFirst + 3 || opensAfter)) {
      // "According to the dictator, Russia's success ..."
      // ("According to Ed Slott, a CPA with Ed Slott and Company, the CARES Act ...": past the source's description.)
      const described = descriptionAfter(tokens, end, sentence.last);
      if (described > end && mention.kind === 'name')
        mention = withRole(mention, text.slice(tokens[end + 1]?.start ?? 0, tokens[described - 1]?.end ?? 0));
      span = trimContent(text, { start: tokens[described]?.end ?? lastToken.end, end: lastToken.end });
    } else if (
      tokens[k - 1]?.text === ',' &&
      tokens[end]?.text === ',' &&
      wordsIn(tokens, end + 1, sentence.last) >= 4 &&
      !CLAUSE_JOINS.has(tokens[end + 1]?.lower ?? '') &&
      // "..., according to the Labor Department, taking a step toward ...": a participle after it is the writer's.
      !LOWERCASE_ING.test(tokens[end + 1]?.text ?? '') &&
      !describesSource(tokens, end + 1, sentence.last)
    ) {
      // "About 10:03 p.m., according to a congressional timeline, the contractors left ...": the attribution
      // interrupts one claim, which runs on both sides of it.
      span = trimContent(text, { start: first.start, end: lastToken.end });
    } else if (tokens[k - 1]?.text === ',') {
      // "... is now enough, according to the agency."
      span = trimContent(text, { start: first.start, end: tokens[k - 1]?.start ?? first.start });
    } else if (
      (end >= sentence.last - 1 ||
        // ("... according to a press release dated April 1, 2020.": the year of its date ends the sentence.)
        (tokens[end]?.text === ',' && /^\d{4}$/.test(tokens[end + 1]?.text ?? '') && end + 2 >= sentence.last - 1) ||
        (tokens[end]?.text === ',' && CLAUSE_JOINS.has(tokens[end + 1]?.lower ?? '') && !inAccordance(tokens[k - 1]))) &&
      wordsIn(tokens, sentence.first, k) >= 6
    ) {
      // "... 46 percent to 39 percent according to a CBS poll released Monday.": no comma, the source ends the sentence
      // (or its clause: "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press,
      // but ...").
      span = trimContent(text, { start: first.start, end: tokens[k - 1]?.end ?? first.start });
    } else continue;
    if (span.end - span.start < 8 || isClaimed(ctx, span)) continue;
    const quoted = ctx.quoted.subarray(span.start, span.end).includes(1);
    addClaim(ctx, { span, kind: quoted ? 'mixed' : 'indirect', cue, mention, rule: 'according-to', confidence: 0.8 });
  }
}
