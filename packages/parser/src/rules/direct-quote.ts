import type { Paragraph, Quotation, Token } from '../document';
import { classifyMention } from '../classify-mention';
import { addClaim, cueOf, firstQuotationFrom, claimedCueIn, type RuleContext } from '../claims';
import { CUE_FORMS, cueAt, hasCueIn } from '../lexicon/cue-verbs';
import { DETERMINERS, GERUND_PREPOSITIONS } from '../lexicon/function-words';
import { PRONOUN_AND_BE, SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { STATEMENT_NOUNS } from '../lexicon/statement-nouns';
import {
  FINITE_AFTER_SUBJECT,
  isNegatedOrPassive,
  leftSubject,
  type LeftSubject,
  nameBeforeDescription,
  pastDateline,
  relativeAntecedent,
  rightSubject,
  sentenceSubject,
} from '../subject';
import { commaBefore, isCapitalized, isDash, isQuoteMark, startsLower, stopsSpeakerScan, tokenAt, wordsIn } from '../tokens';
import { contentStart } from './content-start';
import { describedSubject, plainDescription } from './described-subject';

const STOP = new Set(['.', '?', '!', ';']);
/** Cues that name their content after "as" ("described him as “volatile”"). */
const DESCRIBED_AS = new Set(['describe', 'characterize', 'label', 'brand', 'dismiss', 'refer']);
// A module constant: a bundler targeting Node (esbuild, tsx) rewrites a \p{...} literal as `new RegExp(...)`, built
// again on every call inside a function.
const LETTER_OR_DIGIT_START = /^[\p{L}\p{N}]/u;

/**
 * Rule: a quotation with its attribution after it ("“...,” she said." / "“...,” said Sella." /
 * "“We will not,” she said, “give up.”", one quote) or before it ("Peskov said: “...”").
 */
export function directQuote(ctx: RuleContext, paragraph: Paragraph, q: Quotation): boolean {
  // "Trump tweeted his support for Musk: “... Fast & Safely!” Later that evening, Alameda County announced ...": a whole
  // sentence a colon introduces is its introducer's first, whatever the sentence after it says ("...: “...,” she said" is hers).
  const introduced = paragraph.tokens[tokenAt(paragraph.tokens, q.start) - 1]?.text === ':';
  if (introduced && /[.!?]$/.test(ctx.doc.text.slice(q.inner.start, q.inner.end).trimEnd()))
    return before(ctx, paragraph, q) || after(ctx, paragraph, q);
  return after(ctx, paragraph, q) || before(ctx, paragraph, q);
}

function after(ctx: RuleContext, paragraph: Paragraph, q: Quotation): boolean {
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  let i = tokenAt(tokens, q.end);
  if (tokens[i]?.text === ',') i += 1;
  // The quotation must end its clause: punctuation inside the marks, or the cue right after.
  // ("“She said that ‘I know ...,’” Rep. Jim McDermott said": the punctuation may sit inside a nested quotation's mark.)
  const clauseEnds = /[,.!?—…-][’'"”]?$/.test(text.slice(q.inner.start, q.inner.end).trimEnd()) || tokens[i - 1]?.text === ',';
  // A sentence that ended inside the marks is not attributed by the next one ("... running." The company noted).
  const endedInside = /\.$/.test(text.slice(q.inner.start, q.inner.end).trimEnd()) && isCapitalized(tokens[i]) && tokens[i]?.text !== 'I';
  if (endedInside) return false;
  // The speaker can be long ("Harry J. Kazianis, director of defence studies at ..., said"): up to 30 tokens.
  for (let k = i; k < Math.min(tokens.length, i + 30); k += 1) {
    const token = tokens[k];
    if (token === undefined || STOP.has(token.text) || stopsSpeakerScan(tokens, k)) return false;
    const lemma = cueAt(tokens, k);
    if (lemma === undefined || isNegatedOrPassive(tokens, k)) continue;
    if (!clauseEnds && k > i + 2) return false;
    // "“Why now? ...?” Mills then writes back, “You look cute.”": a question or an exclamation ends its sentence, and the
    // cue after it introduces the next quotation.
    if (endsInQuestion(text, q) && introducesQuote(tokens, k)) return false;
    // 'When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern accent, “Amen, ...”':
    // a quotation a cue introduces is that cue's, when the cue after it introduces a quotation of its own.
    if (k > i && cueAt(tokens, tokenAt(tokens, q.start) - 2) !== undefined && quotationInSentence(ctx, tokens, q, k)) return false;
    // "..., who has called the pact “insanity,” and Sanders, who says it's ...": a relative clause's cue reports what
    // follows it, not the quotation before.
    if (k > i && /^(?:who|which)$/.test(tokens[k - 1]?.lower ?? '')) return false;
    // "“...,” the lawsuit says.": a described speaker no list holds.
    const left = k > i ? (leftSubject(text, tokens, k, i) ?? plainDescription(text, tokens, k, i)) : null;
    const named = k > i + 4 && (left === null || left.clauseStart > i) ? nameBeforeDescription(text, tokens, i, k) : null;
    if (k > i && named === null && (left === null || (k > i + 7 && left.clauseStart > i + 1))) return false;
    // "“...,” said Warren": a finite cue inverted before its speaker; not a participle, whose object follows it
    // ("... “structural change,” echoing Warren’s campaign trail stump speech").
    if (k === i && /ing$/.test(token.lower)) return false;
    const mention = k > i ? (named ?? left?.mention ?? null) : (rightSubject(text, tokens, k + 1, tokens.length)?.mention ?? null);
    // A cue right after the quote with nobody after it ("...,” noting that ...) is not its attribution.
    if (mention === null) return false;
    // "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans ...": words quoted in an opening
    // participle's phrase, and the cue's own clause after it: the claim is that clause.
    const participleOpens = opensWithParticiple(tokens, tokenAt(tokens, q.start));
    if (participleOpens && clauseFollows(tokens, k)) return false;
    let end = q.end;
    // "“We will not,” she said, “give up.”": the second part is the same quote (also when the comma sits inside a nested
    // quotation's mark: "“’House of Cards,’” she said, “although ...”").
    const quotes = ctx.doc.quotations;
    const candidate = quotes[firstQuotationFrom(quotes, q.end)];
    const next =
      candidate !== undefined && !candidate.used && candidate.paragraph === q.paragraph && candidate.start - token.end < 160
        ? candidate
        : undefined;
    const between = next === undefined ? '' : text.slice(q.end, next.start);
    // "Remarking upon Clinton's “genuine empathy,” Starr said, “Leave aside ...”": words quoted in an opening
    // participle's phrase, and the quote the cue introduces after it: the claim is that quote (the rule reading it finds it).
    if (participleOpens && next !== undefined && /,\s*$/.test(between)) return false;
    if (
      next !== undefined &&
      /,\s*$/.test(between) &&
      !endsSentence(tokens, q.end, next.start) &&
      !cueBetween(tokens, k + 1, next.start) &&
      !attributedAfter(tokens, next.end) &&
      COMMA_ENDS.test(text.slice(q.inner.start, q.inner.end))
    ) {
      end = next.end;
    }
    // "“Only you, Dinesh,” she said, would use the occasion ...": the quoted sentence runs on after the attribution.
    const runsOn =
      end === q.end && COMMA_ENDS.test(text.slice(q.inner.start, q.inner.end))
        ? continuedAfter(tokens, k > i ? k + 1 : (rightSubject(text, tokens, k + 1, tokens.length)?.end ?? k + 1))
        : null;
    if (runsOn !== null) end = runsOn;
    // "The attackers shot at them “like snipers,” he said": the quoted words end a reported sentence: one mixed quote.
    const start = sentenceStartBefore(ctx, paragraph, q);
    // "On Fox News's “Sunday Morning Futures,” Rep. Issa said Clinton's judgment is in question": quoted words inside a
    // sentence that a clause follows after the cue are a title or a phrase; the claim is that clause (reported speech).
    if (start < q.start && clauseFollows(tokens, k)) return false;
    // ('asked the graduates, “What will your essential service be?” She said she’s asked herself ...': after a quoted
    // sentence, a cue with a clause of its own opens the next sentence; the cue before the quotation introduces it.)
    if (TERMINAL.test(text.slice(q.inner.start, q.inner.end)) && clauseFollows(tokens, k, true)) return false;
    const kind = start < q.start || runsOn !== null ? 'mixed' : 'direct';
    addClaim(ctx, {
      span: { start, end },
      kind,
      cue: cueOf(token, lemma),
      mention,
      rule: 'direct-after',
      confidence: 0.9,
      inherits: mention === null,
    });
    return true;
  }
  return false;
}

/** A quotation's words end in a comma, perhaps inside a nested quotation's closing mark ("’House of Cards,’"). */
const COMMA_ENDS = /,[’'"”]?\s*$/;

/** Whether the quotation is introduced by a comma and another quotation of its paragraph opens after tokens[k], before the sentence's stop. */
function quotationInSentence(ctx: RuleContext, tokens: readonly Token[], q: Quotation, k: number): boolean {
  if (tokens[tokenAt(tokens, q.start) - 1]?.text !== ',') return false;
  const quotes = ctx.doc.quotations;
  const next = quotes[firstQuotationFrom(quotes, tokens[k]?.end ?? Infinity)];
  if (next === undefined || next.paragraph !== q.paragraph) return false;
  for (let e = k + 1; e < tokens.length && (tokens[e]?.start ?? Infinity) < next.start; e += 1)
    if (STOP.has(tokens[e]?.text ?? '')) return false;
  return true;
}

/** Whether a quotation ends in a question or an exclamation mark ("“Why now?”"). */
function endsInQuestion(text: string, q: Quotation): boolean {
  return /[?!][’'"”]?$/.test(text.slice(q.inner.start, q.inner.end).trimEnd());
}

/** Whether the cue at tokens[k] (and its "back") is followed by a comma and a quotation opening in a capital. */
function introducesQuote(tokens: readonly Token[], k: number): boolean {
  const comma = tokens[k + 1]?.lower === 'back' ? k + 2 : k + 1;
  return tokens[comma]?.text === ',' && isQuoteMark(tokens[comma + 1]) && isCapitalized(tokens[comma + 2]);
}

/**
 * The end of a quoted sentence that goes on after its attribution: from tokens[from] (after the speaker and cue),
 * past a short phrase ("in a letter to the president"), a comma and a finite verb or "that", to the sentence's stop;
 * null when the sentence does not go on so.
 */
function continuedAfter(tokens: readonly Token[], from: number): number | null {
  let k = from;
  while (k < from + 12 && tokens[k] !== undefined && tokens[k]?.text !== ',' && !STOP.has(tokens[k]?.text ?? '') && !isQuoteMark(tokens[k]))
    k += 1;
  // "..., she said, would use", "..., they wrote, that": a finite verb or "that" goes on with the quoted sentence.
  const next = tokens[k + 1]?.lower ?? '';
  if (tokens[k]?.text !== ',' || !(next === 'that' || FINITE_AFTER_SUBJECT.test(next))) return null;
  for (let e = k + 2; e < tokens.length; e += 1) {
    if (!STOP.has(tokens[e]?.text ?? '')) continue;
    const close = tokens[e + 1];
    return close !== undefined && isQuoteMark(close) && close.start === tokens[e]?.end ? close.end : (tokens[e]?.end ?? null);
  }
  return tokens.at(-1)?.end ?? null;
}

/**
 * Whether the tokens between two quotations end a sentence: a stop of its own ("Mr. Indyk said," does
 * not: the tokenizer keeps an abbreviation's period in its token).
 */
function endsSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = tokenAt(tokens, from); k < tokens.length && (tokens[k]?.start ?? to) < to; k += 1) {
    if (STOP.has(tokens[k]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Whether a second cue opens content between tokens[from] and `to` ("..., Cook wrote, adding that if ..., “...”": that
 * quote is the second cue's); an aside ("said Sherman, speaking of politicians, “...”") opens none.
 */
function cueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k]?.start ?? to) < to; k += 1) {
    if (cueAt(tokens, k) !== undefined && /^(?:that|,|:)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Whether a quotation has an attribution of its own right after it ("..., “I think he will do it,” said Kunin"): then
 * it is not the second part of the quote before it, whoever spoke that one.
 */
function attributedAfter(tokens: readonly Token[], end: number): boolean {
  let i = tokenAt(tokens, end);
  if (tokens[i]?.text === ',') i += 1;
  for (let k = i; k < Math.min(tokens.length, i + 3); k += 1) {
    if (STOP.has(tokens[k]?.text ?? '.')) return false;
    if (cueAt(tokens, k) !== undefined) return true;
  }
  return false;
}

/**
 * Whether a reported clause of four words or more follows the cue at tokens[k] before the sentence ends; `withSubject`:
 * one that opens with its subject.
 */
function clauseFollows(tokens: readonly Token[], k: number, withSubject = false): boolean {
  let last = k + 1;
  while (last < tokens.length && !STOP.has(tokens[last]?.text ?? '.')) last += 1;
  const lemma = cueAt(tokens, k);
  const from = lemma === undefined || tokens[k + 1]?.text === ',' ? null : contentStart(tokens, k, last, lemma);
  if (from === null || wordsIn(tokens, from, last) < 4) return false;
  // (Opening with a subject of its own, not a phrase of how or when: "said pleasantly into the phone", "said as he
  // launched it", "said at a press conference, according to ...".)
  const first = tokens[from];
  return !withSubject || first?.cap === true || /^\d/.test(first?.text ?? '') || opensSubject(first?.lower ?? '');
}

/**
 * Whether the quotation at tokens[j] sits in a sentence-opening participle's phrase ("Citing “...”", "Remarking upon
 * Clinton's “...”"): the participle opens the sentence, a lowercase word follows it, and no comma comes before the quote.
 */
function opensWithParticiple(tokens: readonly Token[], j: number): boolean {
  for (let p = j - 1; p >= Math.max(0, j - 8); p -= 1) {
    const opener = tokens[p];
    if (opener === undefined || opener.text === ',' || STOP.has(opener.text)) return false;
    const before = tokens[p - 1];
    if (before !== undefined && !STOP.has(before.text)) continue;
    // ("Boeing officials' “...”" and "Beijing's “...”" open with a name, not a participle.)
    const next = tokens[p + 1];
    return opener.cap && /^[A-Z][a-z]+ing$/.test(opener.text) && (p + 1 === j || (next !== undefined && !next.cap && next.word));
  }
  return false;
}

/** Where the sentence holding the quotation starts, when at least three words of it come before the quotation. */
function sentenceStartBefore(ctx: RuleContext, paragraph: Paragraph, q: Quotation): number {
  const { tokens } = paragraph;
  const j = tokenAt(tokens, q.start);
  // ("... brutal leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said twice - and ...": a quote
  // and its attribution set off by dashes are an aside of their own; but "Traditional contact tracing is labor-intensive
  // — “shoe leather epidemiology,” says Dr. Bala Hota." is one mixed quote.)
  if (isDash(tokens[j - 1]) && dashAfter(tokens, tokenAt(tokens, q.end))) return q.start;
  let words = 0;
  for (let k = j - 1; k >= 0; k -= 1) {
    const t = tokens[k];
    if (t === undefined) break;
    if (['.', '?', '!', ':', ';'].includes(t.text) || (isQuoteMark(t) && ctx.claimed[t.start] === 1)) break;
    if (ctx.claimed[t.start] === 1) break;
    if (LETTER_OR_DIGIT_START.test(t.text)) words += 1;
    if (k === 0 || ['.', '?', '!', ':', ';'].includes(tokens[k - 1]?.text ?? '')) {
      // "KYIV, May 24 (Reuters) - The attackers shot at them “like snipers,”": the dateline is no part of the claim.
      const start = tokens[pastDateline(tokens, k, j)];
      // ('His fellow teacher, Jessica St. Hilaire, told WABC, "He walked into my classroom ...," she said.': a cue
      // introducing the quotation is an attribution, no part of the claim.)
      return words >= 3 && start !== undefined && !introducedByCue(tokens, k, j) ? start.start : q.start;
    }
  }
  return q.start;
}

/** Whether a dash comes at tokens[from] or after it, before the sentence's stop. */
function dashAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !STOP.has(tokens[k]?.text ?? '.'); k += 1) if (isDash(tokens[k])) return true;
  return false;
}

/** Words that open a clause's subject: pronouns and determiners ("she's asked herself", "the plan will"). */
const OPENS_SUBJECT: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...SPEAKER_PRONOUNS.keys(),
  ...['i', 'you', 'we', 'there', 'that', 'some', 'many', 'most', 'all', 'nothing', 'everyone'],
  ...["it's", "you're", 'it’s', 'you’re'],
]);
/** Whether a word opens a clause's subject, a pronoun and its "is" in one ("she’s") among them. */
const opensSubject = (word: string) => OPENS_SUBJECT.has(word) || PRONOUN_AND_BE.test(word);

/** A quoted sentence's final stop. */
const TERMINAL = /[.?!]\s*$/;

/** Whether a cue in tokens[from, j) introduces the quotation at tokens[j] with a comma or a colon ("told WABC, “...”"). */
function introducedByCue(tokens: readonly Token[], from: number, j: number): boolean {
  if (tokens[j - 1]?.text !== ',' && tokens[j - 1]?.text !== ':') return false;
  return hasCueIn(tokens, from, j - 1);
}

/** The first token of the sentence holding tokens[k], looking back at most 80 tokens. */
function sentenceStart(tokens: readonly Token[], k: number): number {
  for (let i = k - 1; i >= Math.max(0, k - 80); i -= 1) {
    if (!STOP.has(tokens[i]?.text ?? '')) continue;
    // ('Clinton said, "I do take responsibility." She followed that by saying, "..."': the closing mark glued to the
    // stop ends the sentence before, and the next one opens after it.)
    let start = i + 1;
    while (start < k && isQuoteMark(tokens[start]) && tokens[start]?.start === tokens[start - 1]?.end) start += 1;
    return start;
  }
  return Math.max(0, k - 80);
}

/** "Said Comey, “...”": a sentence opened by a capitalized cue, its speaker after it, then the quotation. */
function openedByCue(ctx: RuleContext, paragraph: Paragraph, q: Quotation, j: number): boolean {
  const { tokens } = paragraph;
  const s = sentenceStart(tokens, j);
  const cue = tokens[s];
  const lemma = cue !== undefined && cue.cap ? CUE_FORMS.get(cue.lower) : undefined;
  if (cue === undefined || lemma === undefined || cue.lower === lemma || j - s > 24 || ctx.usedCues.has(cue.start)) return false;
  const right = rightSubject(ctx.doc.text, tokens, s + 1, j);
  // "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “...”": an appositive between commas may follow the name.
  const appositive = right !== null && right.end < j && tokens[right.end]?.text === ',' && tokens[j]?.text === ',';
  if (right === null || (right.end !== j && !appositive) || (right.end === j && j - s > 8)) return false;
  addClaim(ctx, {
    span: { start: q.start, end: q.end },
    kind: 'direct',
    cue: cueOf(cue, lemma),
    mention: right.mention,
    rule: 'direct-opened',
    confidence: 0.85,
  });
  return true;
}

/** Verbs of issuing a written statement ("Trump issued a statement, “...”"). */
const ISSUING = new Set(['issued', 'issues', 'released', 'releases', 'posted', 'posts', 'put']);

/**
 * "Trump issued a statement, “Last night ...”", "The company released a statement: “...”": the
 * quotation is the statement, its speaker the subject of the verb that issued it.
 */
function issuedStatement(ctx: RuleContext, paragraph: Paragraph, q: Quotation, j: number): boolean {
  const { tokens } = paragraph;
  let k = j - 1;
  if (!STATEMENT_NOUNS.has(tokens[k]?.lower ?? '')) return false;
  k -= 1;
  while (k > 0 && /^(?:a|an|the|brief|short|written|joint|new|its|his|her|their)$/.test(tokens[k]?.lower ?? '')) k -= 1;
  const verb = tokens[k];
  if (verb === undefined || !ISSUING.has(verb.lower) || ctx.usedCues.has(verb.start)) return false;
  const subject = leftSubject(ctx.doc.text, tokens, k, sentenceStart(tokens, k));
  if (subject === null) return false;
  addClaim(ctx, {
    span: { start: q.start, end: q.end },
    kind: 'direct',
    cue: cueOf(verb, 'issue'),
    mention: subject.mention,
    rule: 'direct-statement',
    confidence: 0.8,
  });
  return true;
}

/**
 * Where the sentence that goes on after a quotation ends: the quoted words end no clause of their own
 * ("“it gets me mad” every time ..."), lowercase words follow, at least three, with no cue before the sentence's
 * stop; -1 otherwise.
 */
function sentenceRestAfter(ctx: RuleContext, tokens: readonly Token[], q: Quotation): number {
  if (/[.!?,;:…—-]$/.test(ctx.doc.text.slice(q.inner.start, q.inner.end).trimEnd())) return -1;
  const from = tokenAt(tokens, q.end);
  // ('saying "of course" Clinton has the qualifications': a name may open the rest, when a lowercase word follows it.)
  if (tokens[from]?.word !== true || (tokens[from]?.cap === true && tokens[from + 1]?.cap !== false)) return -1;
  const fragment = startsLower(ctx.doc.text.slice(q.inner.start, q.inner.start + 1));
  let words = 0;
  for (let k = from; k < Math.min(tokens.length, from + 40); k += 1) {
    const t = tokens[k];
    if (t === undefined) return -1;
    if (STOP.has(t.text)) return words >= 3 ? (tokens[k - 1]?.end ?? -1) : -1;
    // (After a quoted fragment, another quoted piece of the same sentence is part of it: 'argued “everybody involved” in
    // the party “bears a level of responsibility”'; not after a title, 'told "CBS This Morning" co-host Gayle King'.)
    if ((isQuoteMark(t) && !fragment) || ctx.claimed[t.start] === 1 || cueAt(tokens, k) !== undefined) return -1;
    if (t.word) words += 1;
  }
  return -1;
}

/**
 * "The email said, “...”", "The letter read: “...”": a described subject no list holds, as reported speech takes it
 * ("The email said that ..."), when the cue introduces the quotation, with a comma or colon or none ("The ad says “...”"); with cues other than
 * "say" and "tell", only a group ("Some Clinton allies wrote:"). Only with the cue right before the mark: further
 * back, a noun that is also a cue opens no quotation ("Hackmann said the stocks report was positive ..., “...”").
 */
function describedBefore(
  text: string,
  tokens: readonly Token[],
  k: number,
  lemma: string,
  introduces: boolean,
  marked: boolean,
): LeftSubject | null {
  if (!introduces) return null;
  const start = sentenceStart(tokens, k);
  const mention = describedSubject(text, tokens, k, start, lemma !== 'say' && lemma !== 'tell');
  if (mention === null) return null;
  const clauseStart = tokenAt(tokens, mention.start);
  // With no comma or colon, only a determiner's phrase opening the sentence ("The ad says “...”"): in "A western diplomat
  // said the two institutions had “...”" the words before the quotation are a clause.
  // (Three words at most: "The lamps emit rays called “UVC,”" and "The lucky among us get to say “...”" are clauses too.)
  const opening = clauseStart === start && /^(?:the|a|an|this|that|each)$/.test(tokens[clauseStart]?.lower ?? '');
  if (!marked && (!opening || k - clauseStart > 3)) return null;
  return { mention, clauseStart };
}

/**
 * "But, said Solovey, “...”": the speaker named right after a cue that opens the sentence (past a conjunction and its
 * comma) and ends at the comma or colon before the quotation; null when the words there are no name.
 */
function invertedSubject(text: string, tokens: readonly Token[], opening: number, k: number, j: number): LeftSubject | null {
  const first = tokens[k + 1];
  if (first === undefined || !first.cap || j - (k + 1) > 5) return null;
  const opens =
    k === opening || (tokens[k - 1]?.text === ',' && k - 2 === opening && /^(?:but|and|so|yet)$/.test(tokens[opening]?.lower ?? ''));
  if (!opens) return null;
  for (let i = k + 1; i < j; i += 1) if (tokens[i]?.word !== true || cueAt(tokens, i) !== undefined) return null;
  const mention = classifyMention(text, tokens, k + 1, j);
  return mention !== null && mention.kind === 'name' ? { mention, clauseStart: k + 1 } : null;
}

function before(ctx: RuleContext, paragraph: Paragraph, q: Quotation): boolean {
  const { tokens } = paragraph;
  const j = tokenAt(tokens, q.start) - 1;
  const last = tokens[j];
  if (last === undefined) return false;
  const colon = last.text === ':' || last.text === ',';
  if (colon && openedByCue(ctx, paragraph, q, j)) return true;
  if (colon && issuedStatement(ctx, paragraph, q, j)) return true;
  for (let k = colon ? j - 1 : j; k >= Math.max(0, j - 16); k -= 1) {
    const token = tokens[k];
    if (token === undefined || STOP.has(token.text) || isQuoteMark(token)) return false;
    // "As Akhil Amar put it, “...”": the idiom is a cue.
    const lemma = cueAt(tokens, k) ?? (token.lower === 'put' && tokens[k + 1]?.lower === 'it' ? 'put' : undefined);
    if (lemma === undefined || ctx.usedCues.has(token.start) || isNegatedOrPassive(tokens, k)) continue;
    // ("whom he described as “volatile,”", "what she characterized as “...”": the cue and "as" before the mark.)
    const describedAs = k === j - 1 && tokens[j]?.lower === 'as' && DESCRIBED_AS.has(lemma);
    if (!colon && k !== j && !describedAs) return false;
    // "said in an op-ed piece before a 2014 Senate hearing, “...”": past ten words only a phrase of place or time intervenes.
    if (k < j - 10 && !/^(?:in|on|at|during|before|after|from|to|at)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    // "would continue “to break barriers”": an infinitive, not speech; "He continued, “...”" is.
    if (lemma === 'continue' && !colon) return false;
    // ", saying, “...”": a participle's speaker is its sentence's subject ("Chief Calvin Williams lobbied ..., saying").
    // ('she stated, “...,” adding, “...”': the comma before the participle may sit inside the quotation before it.)
    const participle = token.lower.endsWith('ing') && commaBefore(tokens, k);
    // "She followed that by saying, “...”": the same, after "by", when the words before name nobody; so "Mr. McConnell
    // deflected numerous questions about Mr. Trump before saying, ''...''".
    const bySaying = token.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '');
    // "Tim Grieve interrupted me in mid-sentence to announce, “...”": an infinitive's speaker is its sentence's subject too.
    const infinitive = colon && tokens[k - 1]?.lower === 'to' && k === j - 1;
    // '“...,” she said, adding, “...”', 'Lazar said he welcomed extradition and added, “...”': a participle or a
    // coordinated cue goes on from a cue a claim of the same sentence took: the claim inherits that claim's speaker.
    const coordinated = colon && tokens[k - 1]?.lower === 'and';
    const opening = sentenceStart(tokens, k);
    const goesOn = (participle || coordinated) && claimedCueIn(ctx, tokens[opening]?.start ?? 0, token.start);
    const subject = goesOn
      ? null
      : participle
        ? sentenceSubject(ctx.doc.text, tokens, opening, k)
        : (leftSubject(ctx.doc.text, tokens, k, 0) ??
          (bySaying || infinitive || coordinated ? sentenceSubject(ctx.doc.text, tokens, opening, k) : null) ??
          describedBefore(ctx.doc.text, tokens, k, lemma, colon ? k === j - 1 : k === j, colon) ??
          (colon ? invertedSubject(ctx.doc.text, tokens, opening, k, j) : null) ??
          // (", which notes, “...”": only a cue that introduces a quotation; a relative clause's reported speech is an
          // aside, and the sentence goes on past it: "Queens County, which reported 58,084 as of Thursday, ...".)
          (colon && k === j - 1 ? relativeAntecedent(ctx.doc.text, tokens, k, opening, 'which') : null));
    if ((subject === null && !goesOn) || (infinitive && subject?.mention.kind === 'pronoun' && subject.mention.text.toLowerCase() === 'it'))
      return false;
    // "Obama said “it gets me mad” every time he thinks about ...": the sentence goes on past the quoted words, and
    // all of it is what he said.
    const rest = colon ? -1 : sentenceRestAfter(ctx, tokens, q);
    addClaim(ctx, {
      span: { start: q.start, end: rest > q.end ? rest : q.end },
      kind: rest > q.end ? 'mixed' : 'direct',
      cue: cueOf(token, lemma),
      mention: subject?.mention ?? null,
      rule: 'direct-before',
      confidence: 0.85,
      inherits: subject === null,
    });
    return true;
  }
  return false;
}
