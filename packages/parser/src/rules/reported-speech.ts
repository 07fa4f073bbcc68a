import type { Mention, Paragraph, Sentence, Token } from '../document';
import { addClaim, cueOf, firstQuotationFrom, isClaimed, speakerOfCue, trimContent, type RuleContext } from '../claims';
import { CLAUSE_LEMMAS, cueAt, cueLemma } from '../lexicon/cue-verbs';
import { classifyMention } from '../classify-mention';
import { DETERMINERS, GERUND_PREPOSITIONS, PREPOSITIONS } from '../lexicon/function-words';
import { OBJECT_PRONOUNS, PRONOUN_AND_BE } from '../lexicon/pronouns';
import { SPEECH_ACT_FORMS } from '../lexicon/speech-acts';
import { namesDocument } from '../lexicon/statement-nouns';
import { ORGANIZATION_WORDS, isPeoplePlural, isRoleOrPersonNoun } from '../lexicon/role-nouns';
import {
  FINITE_AFTER_SUBJECT,
  finiteInside,
  supposed,
  isBetween,
  isNegatedOrPassive,
  isProgressive,
  leftSubject,
  nameBeforeDescription,
  pastDateline,
  rightSubject,
  sentenceSubject,
  type LeftSubject,
} from '../subject';
import { commaBetween, isQuoteMark, isWord, wordsIn } from '../tokens';
import { opensAsReported } from './as-reported';
import { trailingAttribution } from './trailing-attribution';
import {
  SUBORDINATE,
  cannotOpenContent,
  contentStart,
  longPhraseOnly,
  opensQuestionClause,
  plainClauseBefore,
  takesTopic,
} from './content-start';
import { issuerOf, issuingVerbBefore } from './issued-statement';
import { modifiedSubject } from './modified-subject';
import { describedSubject, plainDescription } from './described-subject';
import { isPluralNounCue } from './plural-noun-cue';

/** Cues a long closing phrase of where or how may follow ("said in a report to President Corazon Aquino on ..."); not "called on X to ...". */
const LONG_PHRASE_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'add', 'report']);

const MAX_SENTENCE_CHARS = 3000;
/**
 * Cues that put the speaker after them ("..., said Sella", "..., added the minister"); not "urged the government",
 * nor "told reporters Tuesday": what follows "told" is its hearer.
 */
const INVERTS = new Set([
  'say',
  'add',
  'write',
  'note',
  'explain',
  'state',
  'ask',
  'reply',
  'respond',
  'insist',
  'argue',
  'warn',
  'recall',
  'conclude',
  'predict',
  'claim',
  'continue',
  'observe',
  'acknowledge',
  'admit',
  'concede',
  'report',
  'tweet',
  'post',
  'joke',
  'quip',
  'remark',
  'suggest',
  'counter',
  'retort',
]);

/** Cues read after "by" ("by saying he ..."); "by responding to ...", "by urging him" name no content of their own. */
const BY_CUES = new Set([
  ...['say', 'suggest', 'claim', 'argue', 'insist', 'declare', 'warn', 'note', 'explain', 'state', 'assert'],
  ...['tell', 'acknowledge', 'admit', 'announce', 'predict', 'promise', 'complain', 'concede', 'contend', 'write', 'tweet'],
]);

/** Cues whose progressive is mostly not speech ("restaurants are adding surcharges", "was responding to the news"). */
const NOT_PROGRESSIVE_CUES = new Set(['add', 'respond', 'worry']);

/** Pronouns that open a second clause of their own after "and" or "but" ("and he accused ..."). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Object pronouns that name a hearer ("is telling them ..."). */
const HEARER_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'voters', 'supporters']);

/** Subject pronouns that open the clause told after a hearer ("told POLITICO she was leaning"). */
const CLAUSE_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'that']);

/**
 * Rule: reported speech in one sentence: "X said (that) ...", "X told reporters ...",
 * "X said: ...", "..., X said.", "..., said X." and "A, he said, B." (two claims); quoted words
 * inside make it `mixed`.
 */
export function reportedSpeech(ctx: RuleContext, paragraph: Paragraph, whole: Sentence): void {
  if (whole.end - whole.start > MAX_SENTENCE_CHARS) return;
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  let last = whole.last;
  while (last > whole.first && !isWord(tokens[last - 1]) && tokens[last - 1]?.text !== '"' && tokens[last - 1]?.text !== '”') last -= 1;
  // "KYIV, May 24 (Reuters) - Russia will respond, Peskov said.": the dateline is no part of the content, nor of the
  // speaker ("ROME, March 4 - The Italian treasury said": the treasury, not "March 4 - The Italian treasury").
  const opening = pastDateline(tokens, whole.first, last);
  const startToken = tokens[opening];
  if (startToken === undefined) return;
  const sentence = opening === whole.first ? whole : { ...whole, first: opening, start: startToken.start };
  for (let k = sentence.first; k < sentence.last; k += 1) {
    const token = tokens[k];
    if (token === undefined || ctx.quoted[token.start] === 1 || ctx.claimed[token.start] === 1 || ctx.usedCues.has(token.start)) continue;
    const lemma = cueAt(tokens, k);
    if (lemma === undefined || !CLAUSE_LEMMAS.has(lemma) || isNegatedOrPassive(tokens, k)) continue;
    // "To say the crisis has thrown theaters into turmoil is an understatement": an infinitive opening the sentence
    // speaks of saying it; no one says it.
    if (k - 1 === sentence.first && tokens[k - 1]?.lower === 'to') continue;
    if (isPluralNounCue(tokens, k, lemma) || coordinatedInfinitive(tokens, k, sentence.first) || conditionalCue(tokens, k, last)) continue;
    // "Sanders is suggesting he beat expectations": a progressive is a finite verb; its subject is before the auxiliary.
    // "... is telling in its own right", "telling responses": "telling" after "be" is an adjective unless a hearer follows.
    // ("is telling a town hall in Salem that ...": a hearer with a determiner, when "that" follows it.)
    const hearer =
      token.lower !== 'telling' ||
      tokens[k + 1]?.cap === true ||
      HEARER_PRONOUNS.has(tokens[k + 1]?.lower ?? '') ||
      (DETERMINERS.has(tokens[k + 1]?.lower ?? '') && thatWithin(tokens, k + 2, k + 9));
    // "He’s suggesting ...": the subject and its auxiliary in one word, which is the subject the cue reads leftwards.
    const contracted = PRONOUN_AND_BE.test(tokens[k - 1]?.lower ?? '');
    const progressive = token.lower.endsWith('ing') && isProgressive(tokens, k) && hearer && !NOT_PROGRESSIVE_CUES.has(lemma);
    const left =
      token.lower.endsWith('ing') && !progressive
        ? null
        : leftSubject(text, tokens, progressive && !contracted ? k - 1 : k, sentence.first);
    // "If Reagan rejects the tax rise, ...": a condition supposes the words; no one has said them.
    if (left !== null && supposed(tokens, left)) continue;
    // "What scientists call the infection fatality rate is ...": a name for a thing opening the sentence, no claim (but
    // "in retaliation for what he called Japan's failure" is Reagan's).
    if (lemma === 'call' && left !== null && left.clauseStart - 1 === sentence.first && tokens[sentence.first]?.lower === 'what') continue;
    // The three readings of a cue, each a function of its own: see CueReading.
    const reading: CueReading = {
      ctx,
      tokens,
      sentence,
      k,
      last,
      token,
      lemma,
      left,
      progressive,
      startToken,
      emit: emitterOf(ctx, token, lemma),
    };
    if (invertedClaim(reading) || claimBeforeSpeaker(reading)) continue;
    claimAfterCue(reading);
  }
}

/**
 * Whether the cue at tokens[k] is a bare verb joined by "and" or "or" to an infinitive before it ("is naturally loath to
 * shift gears and say that ..."): what someone would or would not say, not what was said.
 */
function coordinatedInfinitive(tokens: readonly Token[], k: number, floor: number): boolean {
  const joiner = tokens[k - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'or') || cueLemma(tokens[k]?.lower ?? '') !== tokens[k]?.lower) return false;
  for (let j = k - 2; j >= Math.max(floor, k - 8); j -= 1) {
    const t = tokens[j];
    if (t === undefined || !t.word) return false;
    if (t.lower === 'to' && tokens[j + 1]?.word === true && !tokens[j + 1]?.cap && !DETERMINERS.has(tokens[j + 1]?.lower ?? ''))
      return true;
  }
  return false;
}

/**
 * Whether the cue at tokens[k] follows "would", "could" or "might" and an "if" comes later in its sentence ("the media
 * would call him a “chicken” if he didn’t"): words supposed, not said; a claim around them keeps them whole.
 */
function conditionalCue(tokens: readonly Token[], k: number, last: number): boolean {
  if (!/^(?:would|could|might)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  for (let j = k + 1; j < last; j += 1) if (tokens[j]?.lower === 'if') return true;
  return false;
}

/**
 * Emits one claim of the cue being read (its span, speaker, rule); true when it was added. reportedSpeech reads a cue
 * in three steps, functions of their own rather than one loop body: TurboFan recompiles a whole function each time a
 * branch it has not run before is taken, and a cold pass over reuters-21578 recompiled the one body ten times, about
 * 100 ms each; split, a rare branch recompiles one step.
 */
type Emit = (start: number, end: number, mention: Mention | null, rule: string, inherits?: boolean, relay?: Mention | null) => boolean;

/**
 * The Emit of one cue. A function of its own, not a closure written in reportedSpeech's loop: a closure over the
 * loop's `token` and `lemma` made V8 allocate a context for every token of every sentence, cue or not (a twelfth of
 * the parser's allocation on Reuters).
 */
function emitterOf(ctx: RuleContext, token: Token, lemma: string): Emit {
  return (start, end, mention, rule, inherits = false, relay = null) =>
    emitClaim(ctx, token, lemma, { start, end }, mention, rule, inherits, relay);
}

/** What the three steps read of one cue: its sentence and tokens, the cue, its lemma and subject, and how to emit. */
interface CueReading {
  ctx: RuleContext;
  tokens: readonly Token[];
  sentence: Sentence;
  k: number;
  last: number;
  token: Token;
  lemma: string;
  left: LeftSubject | null;
  progressive: boolean;
  startToken: Token;
  emit: Emit;
}

/** "..., said X.": inverted, the speaker after the cue; true when it emitted the claim. */
function invertedClaim(reading: CueReading): boolean {
  const { ctx, tokens, sentence, k, last, token, lemma, left, startToken, emit } = reading;
  const text = ctx.doc.text;
  const before = tokens[k - 1];
  // "Steven Cheung, a campaign spokesman, said the space was needed": all before the cue is its subject, not content.
  // (Not "It is another source of cash, says Rita Cheng": a verb after the subject makes a clause of its own.)
  const subjectOpens = left !== null && left.clauseStart === sentence.first && !verbAfterMention(tokens, left, k);
  if (
    before !== undefined &&
    k - 1 > sentence.first &&
    (before.text === ',' || isQuoteMark(before)) &&
    INVERTS.has(lemma) &&
    // ", telling supporters in Columbus that ..." names a hearer, not an inverted speaker.
    !token.lower.endsWith('ing') &&
    !subjectOpens
  ) {
    const right = rightSubject(text, tokens, k + 1, last);
    const rest = right === null ? 0 : wordsIn(tokens, right.end, last);
    // "..., South Carolina, says Cruz will “leave here with momentum.”": a verb after the name makes it the subject of
    // the content, not the speaker of what came before.
    const next = right === null ? undefined : tokens[right.end];
    // "..., Kelly Schmdit, told POLITICO she was leaning ...": a hearer, then a clause with its own subject.
    const verbAfter =
      right !== null &&
      (FINITE_AFTER_SUBJECT.test(next?.lower ?? '') ||
        (lemma === 'tell' && CLAUSE_PRONOUNS.has(next?.lower ?? '')) ||
        (next?.cap === false && /ed$/.test(next.lower)) ||
        finiteInside(tokens, k + 1, right.end));
    // "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget": a subject of a
    // word or two, the attribution and its aside, then the subject's verb: one claim around them.
    const lastToken = tokens[last - 1];
    const resumes =
      right !== null &&
      wordsIn(tokens, sentence.first, k - 1) < 3 &&
      tokens[right.end]?.text === ',' &&
      verbAfterComma(tokens, right.end, last);
    if (resumes && lastToken !== undefined && emit(startToken.start, lastToken.end, right.mention, 'reported-interrupted')) return true;
    if (right !== null && !verbAfter && (rest <= 6 || tokens[right.end]?.text === ',' || tokens[right.end]?.lower === 'who')) {
      if (emit(startToken.start, before.start, right.mention, 'reported-inverted')) return true;
    }
  }
  return false;
}

/** Whether a comma in tokens[from, last) is followed by a finite verb and a word more (", doesn't forgive or forget"). */
function verbAfterComma(tokens: readonly Token[], from: number, last: number): boolean {
  for (let c = from; c < last - 2; c += 1) {
    const verb = tokens[c + 1]?.lower ?? '';
    if (tokens[c]?.text === ',' && tokens[c + 1]?.cap === false && (FINITE_AFTER_SUBJECT.test(verb) || NEGATED_AUXILIARY.test(verb)))
      return true;
  }
  return false;
}
const NEGATED_AUXILIARY = /^(?:does|do|did|has|have|had)n['’]t$/;

/**
 * Whether a finite verb stands after the first word of the subject read leftwards, before the cue at tokens[k] ("It is
 * another source of cash, says": the subject reader took the whole clause).
 */
function verbAfterMention(tokens: readonly Token[], left: LeftSubject, k: number): boolean {
  if (finiteInside(tokens, left.clauseStart + 1, k)) return true;
  // ("The 0/92 program, which would allow farmers to forego planting, would be most used by producers ..., said Keith
  // Collins": the verb after a relative clause between commas; not "Steven Cheung, who is a spokesman, said".)
  for (let c = left.clauseStart + 1; c < k - 1; c += 1) {
    if (tokens[c]?.text !== ',' || !/^(?:which|who)$/.test(tokens[c + 1]?.lower ?? '')) continue;
    let close = c + 2;
    while (close < k && tokens[close]?.text !== ',') close += 1;
    return close < k && finiteInside(tokens, close + 1, k);
  }
  return false;
}

/** The most words of a subordinate clause read as standing alone before its speaker. */
const SHORT_SUBORDINATE = 10;

/** How far back a participle looks for the cue whose speaker it continues ("says Karen Fichuk, CEO of Randstad North America, adding"). */
const PARTICIPLE_REACH = 16;

/**
 * '“...,” says Karen Fichuk, CEO of Randstad North America, adding that ...': the speaker of the claim whose cue, read
 * already, stands before the participle's comma in its sentence with only its speaker between; else null.
 */
function speakerOfCueBefore(ctx: RuleContext, tokens: readonly Token[], k: number, first: number): Mention | null {
  if (tokens[k - 1]?.text !== ',') return null;
  for (let c = k - 2; c >= Math.max(first, k - PARTICIPLE_REACH); c -= 1) {
    const t = tokens[c];
    if (t === undefined || isQuoteMark(t)) return null;
    if (!ctx.usedCues.has(t.start)) continue;
    const mention = speakerOfCue(ctx, t.start);
    // The speaker written after the cue, up to the participle: an inverted attribution.
    return mention !== null && mention.start > t.start && mention.end <= (tokens[k - 1]?.start ?? 0) ? mention : null;
  }
  return null;
}

/**
 * The speaker of the claim whose cue the cue at tokens[k] is joined to: ", but added", "and added" right after ", she
 * said" (the comma before the joiner, a used cue at most three tokens before it); null otherwise.
 */
function speakerOfJoinedCue(ctx: RuleContext, tokens: readonly Token[], k: number, first: number): Mention | null {
  const joiner = tokens[k - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'but') || tokens[k - 2]?.text !== ',') return null;
  for (let c = k - 3; c >= Math.max(first, k - 5); c -= 1) {
    const t = tokens[c];
    if (t !== undefined && ctx.usedCues.has(t.start)) return speakerOfCue(ctx, t.start);
  }
  return null;
}

/** "..., X said.": the content before the speaker, or around it ("A, he said, B."); true when it emitted a claim. */
function claimBeforeSpeaker(reading: CueReading): boolean {
  const { ctx, tokens, sentence, k, last, token, lemma, left, progressive, startToken, emit } = reading;
  const text = ctx.doc.text;
  // "..., X said." / "..., X said in a statement." / "..., X said, adding ...": the content is before the speaker.
  // (Not 'In addition, he noted, "there are institutions ..."': a cue that introduces a quotation has it for content.)
  if ((tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === ':') && isQuoteMark(tokens[k + 2])) return false;
  const rest = wordsIn(tokens, k + 1, last);
  // "..., the admiral said.": a described speaker after the content's comma, when no name, pronoun or known noun is there.
  const tail = left ?? (token.lower.endsWith('ing') ? null : plainDescription(text, tokens, k, sentence.first));
  // "Just after the attack, Trump was calling for change": a progressive's content follows it.
  if (tail !== null && !progressive && tail.clauseStart > sentence.first && tokens[tail.clauseStart - 1]?.text === ',') {
    const after = tokens[k + 1];
    const comma = tokens[tail.clauseStart - 1];
    const participle = lemma === 'tell' || lemma === 'say' ? participleComma(tokens, k + 1, last) : last;
    const heardEnd = lemma === 'tell' ? participle : last;
    // "..., Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”": a short phrase of time or
    // place, then a participle with a claim of its own: no content of this cue after it.
    const phraseWords = wordsIn(tokens, k + 1, participle);
    const phraseThenParticiple =
      lemma === 'say' &&
      participle < last &&
      phraseWords >= 1 &&
      phraseWords <= 6 &&
      wordsFrom(tokens, contentStart(tokens, k, participle, lemma), participle) < 3;
    const noClause =
      phraseThenParticiple ||
      after === undefined ||
      after.text === ',' ||
      after.text === ';' ||
      ((!isWord(after) ||
        (cannotOpenContent(after.lower) && !opensInfinitive(tokens, k + 1, lemma) && !thatClauseAfter(tokens, k, last, lemma))) &&
        rest <= 8) ||
      (LONG_PHRASE_LEMMAS.has(lemma) &&
        longPhraseOnly(tokens, k + 1, last) &&
        plainClauseBefore(tokens, pastDateline(tokens, sentence.first, k), tail.clauseStart - 1)) ||
      rest === 0 ||
      // "..., the president told her.", "..., an official told The New York Times.": only the hearer follows (and perhaps
      // a participle's claim of its own: "..., Miller told shareholders, adding it appears ...").
      (lemma === 'tell' &&
        wordsIn(tokens, k + 1, heardEnd) <= 6 &&
        wordsFrom(tokens, contentStart(tokens, k, heardEnd, lemma), heardEnd) < 3 &&
        // "On Friday morning, ..., Gary Johnson told a joke": an opening phrase of time, no content (but "Despite ...,
        // Sanders remains committed ..., Tad Devine told The Huffington Post": a named hearer is no joke told).
        (!PREPOSITIONS.has(tokens[pastDateline(tokens, sentence.first, k)]?.lower ?? '') || namedHearer(tokens, k + 1)));
    const before = wordsIn(tokens, sentence.first, tail.clauseStart);
    // "For the first few weeks, this employee said, the volume of calls ...": an opening phrase of a preposition, no
    // clause of its own, before the aside: one claim around it, as after a few words.
    const opening = before >= 3 && before <= 8 && openingPhrase(tokens, pastDateline(tokens, sentence.first, k), tail.clauseStart - 1);
    // ("At a Drexel Burnham Lambert Investor Conference, Coopervision chairman Parker Montgomery said, as previously
    // announced, he will ...", "In a letter accompanying the order, ... said, the NRC ...": a phrase of where or how it
    // was said; the claim follows the cue.)
    const occasion =
      opening && tokens.slice(sentence.first, tail.clauseStart).some((t) => OCCASIONS.has(t.lower) || namesDocument(t.lower));
    const phraseOnly = opening && !occasion;
    // ("As POLITICO reported, the RNC agreed ...": the idiom names a source of its own, no content of this cue; "The
    // problem with such a strategy, analysts said, is that ...": a subject whose verb follows the aside, one claim.)
    const verbAfterAside = after?.text === ',' && FINITE_AFTER_SUBJECT.test(tokens[k + 2]?.lower ?? '') && before <= 20;
    // ("While the pandemic has created wrenching dilemmas for leaders, she said, daily personal decisions ... also fall
    // within the ethical prism": a subordinate clause before the aside, its main clause after: one claim around it. A
    // short one alone is no claim either. But "Although the situation could cause a delay, oil prices will decline, he
    // said" holds its main clause, and so may a longer one without a comma, as wire copy writes it: "If Congress approved
    // 0/92 later in the year sign-up either would have to be extended or reopened, he said".)
    const opener = pastDateline(tokens, sentence.first, k);
    const subordinateOpens = SUBORDINATE.has(tokens[opener]?.lower ?? '') && !commaBetween(tokens, opener, tail.clauseStart - 1);
    const subordinate = subordinateOpens && after?.text === ',' && wordsIn(tokens, k + 2, last) >= 4;
    const subordinateOnly = subordinateOpens && (subordinate || wordsIn(tokens, opener, tail.clauseStart) <= SHORT_SUBORDINATE);
    if (
      noClause &&
      comma !== undefined &&
      before >= 3 &&
      // ("On CNN Tuesday, his wife, Jane, called for an open primary process.", "In a speech last July, he said:": a
      // phrase of when, where or how, no clause, is nothing said.)
      !opening &&
      !verbAfterAside &&
      !subordinateOnly &&
      !opensAsReported(tokens, pastDateline(tokens, sentence.first, last), tail.clauseStart)
    ) {
      if (emit(startToken.start, comma.start, tail.mention, 'reported-before')) {
        if (phraseThenParticiple) emitCueClaim(ctx, tokens, participle + 1, last, tail.mention, 'reported-participle');
        else emitAfterComma(ctx, tokens, k, last, lemma, tail.mention);
        return true;
      }
    }
    // "In a letter accompanying the order, the Florida Power said, the NRC expressed concern ...": after a phrase of
    // the occasion, the claim is the clause after the cue.
    const clauseEnd = occasion && after?.text === ',' ? contentEnd(ctx, tokens, k + 2, last, sentence.first) : -1;
    const clauseFirst = tokens[k + 2];
    const clauseLast = tokens[clauseEnd - 1];
    if (clauseFirst !== undefined && clauseLast !== undefined && wordsIn(tokens, k + 2, clauseEnd) >= 4) {
      if (emit(clauseFirst.start, clauseLast.end, tail.mention, 'reported-after')) return true;
    }
    // "And yet, Mrs. Clinton's aides say, Syria remains a priority", "It was, he said, one of the bitterest failures":
    // a few words before the attribution, the clause after it: one claim around the aside.
    const lastToken = tokens[last - 1];
    if (
      noClause &&
      (before < 3 || phraseOnly || subordinate) &&
      after?.text === ',' &&
      lastToken !== undefined &&
      wordsIn(tokens, k + 2, last) >= 4
    ) {
      if (emit(startToken.start, lastToken.end, tail.mention, 'reported-interrupted')) return true;
    }
    // "Mrs. Clinton, these people said, would be open to ...": a short subject, the attribution, then its verb: one claim
    // around the aside.
    const verb = tokens[k + 2];
    const end = tokens[last - 1];
    // ("This campaign, he says, is different.": two words after a finite verb are enough.)
    const clauseWords = wordsIn(tokens, k + 2, last);
    const enough = clauseWords >= 3 || (clauseWords === 2 && FINITE_AFTER_SUBJECT.test(verb?.lower ?? ''));
    if (after?.text === ',' && verb !== undefined && end !== undefined && !verb.cap && verb.word && enough) {
      // "... the first step to improving his relationships, the Texas senator’s allies say, will be to ...": a longer
      // subject too, when a finite verb follows the aside.
      const subjectOnly = before < 3 || (FINITE_AFTER_SUBJECT.test(verb.lower) && before <= 20);
      if (subjectOnly && emit(startToken.start, end.end, tail.mention, 'reported-interrupted')) return true;
    }
  }
  return false;
}

/** Whether "that" comes in tokens[from, to), before any stop or comma. */
function thatWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, tokens.length); i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.word) return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/** Words between a comma and a participle that leave it the participle of the sentence's subject. */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([
  // (Not "while": "the drug industry executive, while acknowledging that ..., called it" is an aside inside the subject.)
  ...['later', 'eventually', 'also', 'again', 'even', 'then', 'often', 'ultimately', 'finally', 'instead', 'repeatedly', 'recently'],
  // (Adverbs of how something was said, not any in -ly: "virtually assuring the aid will go through", "early claiming
  // jumped" are no one's words.)
  ...['falsely', 'wrongly', 'publicly', 'privately', 'openly', 'explicitly', 'flatly', 'sharply', 'angrily', 'bluntly'],
]);

/**
 * Whether an adverb stands between a comma and the participle at tokens[k] (", eventually saying he would be a disaster",
 * ", later stressing he has ...", ", falsely suggesting that ..."): the participle is still the sentence subject's.
 */
export function adverbBeforeParticiple(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return tokens[k - 2]?.text === ',' && PARTICIPLE_OPENERS.has(before);
}

/**
 * Whether the participle at tokens[k] is joined by "and" to a participle after a comma before it: "..., painting others
 * as weak and suggesting that ...": both are the sentence subject's, as ", suggesting" would be.
 */
function joinedParticiple(tokens: readonly Token[], first: number, k: number): boolean {
  if (tokens[k - 1]?.lower !== 'and') return false;
  for (let i = k - 2; i > Math.max(first, k - 14); i -= 1) {
    const t = tokens[i];
    if (t === undefined || !isWord(t) || isQuoteMark(t)) return false;
    if (tokens[i - 1]?.text === ',' && !t.cap && t.lower.endsWith('ing') && t.lower.length > 5) return true;
  }
  return false;
}

/** Whether the subject of a cue whose content is a question's clause is someone who explains: a name, a person's pronoun or a speaker noun, with no modal before the cue. */
function explainsAsSpeaker(left: LeftSubject | null, tokens: readonly Token[], k: number): boolean {
  let before = k - 1;
  while (before > 0 && isBetween(tokens[before]?.lower ?? '')) before -= 1;
  if (left === null || /^(?:may|might|could|would|can|should|must)$/.test(tokens[before]?.lower ?? '')) return false;
  const m = left.mention;
  if (/^(?:this|that|these|those|it|which|what)$/i.test(m.text)) return false;
  if (m.kind === 'name') return true;
  if (m.kind === 'pronoun') return /^(?:he|she|they|i|we)$/i.test(m.text);
  const head = (m.text.split(/\s+/).at(-1) ?? '').toLowerCase();
  return isPeoplePlural(head, false) || isRoleOrPersonNoun(head) || ORGANIZATION_WORDS.has(head);
}

/** Whether a "that" clause of three words or more follows the cue past a particle or phrase ("pointed out that ..."). */
function thatClauseAfter(tokens: readonly Token[], k: number, last: number, lemma: string): boolean {
  const from = contentStart(tokens, k, last, lemma);
  return from !== null && tokens[from]?.lower === 'that' && wordsIn(tokens, from, last) >= 4;
}

/** A subject pronoun, alone or with its verb contracted ("she", "she’s", "they’re"): two words of content are a clause. */
const PRONOUN_CLAUSE = /^(?:he|she|they|we|i)(?:['’](?:s|re|ll|d|ve|m))?$/;

/** Nouns for an occasion of speaking ("At a news conference", "In an interview with ..."). */
const OCCASIONS = new Set([
  'conference',
  'briefing',
  'meeting',
  'interview',
  'hearing',
  'speech',
  'address',
  'remarks',
  'appearance',
  'session',
  'forum',
  'testimony',
  'call',
  'filing',
  'application',
  'petition',
  'broadcast',
  'podcast',
  'video',
]);

/** Whether tokens[from, to) are a phrase opened by a preposition with no verb of a clause ("For the first few weeks"). */
function openingPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '') || tokens[from]?.cap !== true) return false;
  for (let i = from + 1; i < to; i += 1) {
    const t = tokens[i];
    if (t === undefined || !isWord(t) || (!t.cap && (FINITE_AFTER_SUBJECT.test(t.lower) || /ed$/.test(t.lower)))) return false;
  }
  return true;
}

/** "X said (that) ...": the content after the cue, to the sentence's end or the main verb after a relative clause. */
function claimAfterCue(reading: CueReading): void {
  const { ctx, tokens, sentence, k, last, token, lemma, left, emit } = reading;
  const text = ctx.doc.text;
  const before = tokens[k - 1];
  // "X said (that) ...": the content follows the cue to the sentence's end.
  const from = contentStart(tokens, k, last, lemma);
  // Three words at least, or two with quoted words among them ("called it “predatory.”") or a pronoun and its verb
  // ("she said she’s nervous", "says he’s mystified").
  if (from === null) return;
  // "The actress explained why ...": a question's clause is what someone explained, not what "This may explain why ..."
  // or "The answers reveal how much ..." do.
  if (opensQuestionClause(tokens[from]?.lower ?? '') && !explainsAsSpeaker(left, tokens, k)) return;
  // "Corporate earnings reports, too, are reflecting ...": content that opens with a finite verb after an aside makes the
  // cue a noun (but "the bill, which critics say was discriminatory": a relative clause's verb follows its cue).
  if (tokens[k + 1]?.text === ',' && tokens[from]?.cap === false && FINITE_AFTER_SUBJECT.test(tokens[from]?.lower ?? '')) return;
  const words = wordsIn(tokens, from, last);
  if (words < 2 || (words < 3 && !quotedInside(ctx, tokens, from, last) && !PRONOUN_CLAUSE.test(tokens[from]?.lower ?? ''))) return;
  // "While she tried to write up her results remotely, it proved difficult": the clause after a comma that closes the
  // opening subordinate clause holding the cue is the sentence's main clause, not what the cue reports (but "If she
  // becomes president, Clinton suggested in a tweet, women won’t ...": the cue comes after that clause).
  if (
    from > k + 1 &&
    tokens[from - 1]?.text === ',' &&
    OPENING_SUBORDINATORS.has(tokens[sentence.first]?.lower ?? '') &&
    !commaBetween(tokens, sentence.first, k)
  )
    return;
  // ", saying ...": the participle of the sentence's subject.
  // ("His office put out a statement saying ...": so is the participle of an issued statement, its issuer's.)
  const issuing = token.lower.endsWith('ing') ? issuingVerbBefore(tokens, k) : -1;
  const participle =
    token.lower.endsWith('ing') &&
    (before?.text === ',' ||
      isQuoteMark(before) ||
      issuing >= 0 ||
      joinedParticiple(tokens, sentence.first, k) ||
      adverbBeforeParticiple(tokens, k));
  // "Trump landed himself in hot water by saying ...": so is "by saying", when the sentence opens with its subject
  // (in "In the last debate, on CNBC, candidates ... by saying" the opening phrases hide it).
  const bySaying = token.lower.endsWith('ing') && BY_CUES.has(lemma) && GERUND_PREPOSITIONS.has(before?.lower ?? '');
  const byWhom = bySaying ? sentenceSubject(text, tokens, sentence.first, k) : null;
  // "with 30 percent of voters saying they ...": the participle's own subject after "with".
  const withSubject =
    byWhom !== null && byWhom.clauseStart === pastDateline(tokens, sentence.first, k) && !clauseOpensIn(tokens, byWhom.clauseStart, k - 1)
      ? byWhom.mention
      : token.lower.endsWith('ing') && !participle
        ? withPhraseSubject(text, tokens, k, sentence.first)
        : null;
  // "42% say they're liberal", "The billionaire real estate magnate says ...": a described subject; with
  // the other cues only a group ("exit polls suggest", "Some Clinton allies suggested").
  const described =
    left === null && !participle && withSubject === null
      ? (describedSubject(text, tokens, k, sentence.first, lemma !== 'say' && lemma !== 'tell') ??
        modifiedSubject(text, tokens, k, sentence.first, lemma))
      : null;
  // "“I hate the term 'Manhattan poor,'” she said, but added that ...": a cue joined by "and" or "but" to one a claim of
  // the sentence took goes on with that claim's speaker (written after its quotation, where no scan to the left finds it).
  const noSpeakerYet = left === null && !participle && described === null && withSubject === null;
  const joined = noSpeakerYet ? speakerOfJoinedCue(ctx, tokens, k, sentence.first) : null;
  if (noSpeakerYet && joined === null) return;
  const first = tokens[from];
  // "Podesta, who said the project was vetted, said he was unaware ...": the relative clause's content ends before
  // the main verb, which reports a claim of its own by the same speaker.
  const main = left !== null && before?.lower === 'who' ? mainCueAfter(ctx, tokens, from, last) : -1;
  const stop = main > 0 ? main : contentEnd(ctx, tokens, from, subordinateEnd(ctx, tokens, sentence.first, k, from, last), sentence.first);
  const end = tokens[stop - 1];
  // "..., central bank sources said.": the attribution that closes the sentence relays this claim.
  const closing = main > 0 ? null : trailingAttribution(ctx, tokens, stop, last);
  // ", saying ...": the speaker is the sentence's subject ("Roy Graf protested the two bills, saying ...").
  // ..., but "he said, adding that ...": the speaker of the cue just before.
  const cueBefore = participle ? [k - 2, k - 3, k - 4].find((c) => c >= sentence.first && cueAt(tokens, c) !== undefined) : undefined;
  const afterCue = cueBefore !== undefined;
  // ("Mishi Choudhary, legal director at the Software Freedom Law Center, agreed, telling CBS News ...": read at the cue,
  // the name the description is of, not the body in it.)
  const cueSubject =
    cueBefore !== undefined && tokens[cueBefore - 1]?.text === ',' ? leftSubject(text, tokens, cueBefore, sentence.first) : null;
  const subject =
    cueSubject?.mention ??
    (participle ? speakerOfCueBefore(ctx, tokens, k, sentence.first) : null) ??
    left?.mention ??
    described ??
    withSubject ??
    (issuing >= 0 ? issuerOf(text, tokens, issuing, sentence.first) : null) ??
    (participle && !afterCue ? (sentenceSubject(text, tokens, sentence.first, k)?.mention ?? null) : null) ??
    joined;
  const emitted =
    first !== undefined && end !== undefined && emit(first.start, end.end, subject, 'reported-after', subject === null, closing?.mention);
  // The closing cue relayed this claim: no claim of its own.
  if (emitted && closing !== null) ctx.usedCues.add(tokens[closing.cue]?.start ?? -1);
  if (main > 0 && subject !== null) emitCueClaim(ctx, tokens, main, last, subject, 'reported-after');
}

/**
 * The main verb after a relative clause's content, "..., who said A, said B": a comma, then a finite cue (not a
 * participle, not quoted, not opening another relative clause); -1 when none.
 */
function mainCueAfter(ctx: RuleContext, tokens: readonly Token[], from: number, last: number): number {
  for (let c = from + 2; c < last; c += 1) {
    const t = tokens[c];
    if (t === undefined || tokens[c - 1]?.text !== ',' || ctx.quoted[t.start] === 1 || t.lower.endsWith('ing')) continue;
    const lemma = cueAt(tokens, c);
    if (lemma !== undefined && CLAUSE_LEMMAS.has(lemma) && !isNegatedOrPassive(tokens, c)) return c;
  }
  return -1;
}

/**
 * The claim of the cue at tokens[c], from its content's start to the content's end, for a speaker found elsewhere: the
 * main verb after a relative clause ("..., who said A, said B"), or a participle after the attribution ("..., he said
 * Tuesday, noting ..."). Three words of content at least; for a participle, a noun phrase completed by quoted words
 * counts as content ("noting the Republican nominee “makes you want to retch.”").
 */
function emitCueClaim(
  ctx: RuleContext,
  tokens: readonly Token[],
  c: number,
  last: number,
  speaker: Mention | null,
  rule: 'reported-after' | 'reported-participle',
): void {
  const token = tokens[c];
  const lemma = cueAt(tokens, c);
  if (token === undefined || lemma === undefined) return;
  const from =
    contentStart(tokens, c, last, lemma) ?? (rule === 'reported-participle' && quotedInside(ctx, tokens, c + 1, last) ? c + 1 : null);
  if (from === null || wordsIn(tokens, from, last) < 3) return;
  const first = tokens[from];
  const end = tokens[contentEnd(ctx, tokens, from, last, c) - 1];
  if (first !== undefined && end !== undefined) emitClaim(ctx, token, lemma, { start: first.start, end: end.end }, speaker, rule, false);
}

/** Words that open a clause of its own, whose "by saying" is not the sentence subject's ("while her rival soared by saying"). */
const CLAUSE_OPENING = new Set(['while', 'whereas', 'because', 'although', 'though', 'when', 'who', 'which', 'that', 'whose', 'after']);

/** Whether a clause opens in tokens[from, to): a subordinator or a semicolon. */
function clauseOpensIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (CLAUSE_OPENING.has(tokens[i]?.lower ?? '') || tokens[i]?.text === ';') return true;
  return false;
}

/** "with 47 percent of Cuban Americans saying ...": the group between "with" and the participle at tokens[cue], or null. */
function withPhraseSubject(text: string, tokens: readonly Token[], cue: number, floor: number): Mention | null {
  for (let w = cue - 2; w >= Math.max(floor, cue - 9); w -= 1) {
    const t = tokens[w];
    if (t === undefined || !isWord(t)) return null;
    if (t.lower !== 'with') continue;
    const mention = classifyMention(text, tokens, w + 1, cue);
    // (A name too, when "with" opens a phrase after a comma: "..., with Republican Senator John McCain telling reporters".)
    const opensPhrase = tokens[w - 1]?.text === ',' && mention?.kind === 'name';
    return mention !== null && (mention.kind === 'anonymous' || opensPhrase) ? mention : null;
  }
  return null;
}

/** Subordinators that open a sentence with a clause before its main one ("While those surveyed said ..., Trump ..."). */
const OPENING_SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'after',
  'before',
  'when',
  'once',
  'since',
  'because',
  'until',
  'unless',
  'if',
]);
/** Adverbs before an opening subordinator ("Shortly before the company announced ..."). */
const SUBORDINATOR_ADVERBS = new Set(['shortly', 'just', 'soon', 'even', 'long', 'right', 'only', 'hours', 'days', 'weeks', 'minutes']);

/** The token after "And most recently," or "But then,": up to three lowercase words and a comma opening the sentence; `first` otherwise. */
function pastOpeningWords(tokens: readonly Token[], first: number, cue: number): number {
  for (let i = first + 1; i <= first + 3 && i < cue; i += 1) {
    const t = tokens[i];
    if (t?.text === ',') return OPENING_SUBORDINATORS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : first;
    if (t === undefined || !t.word || (t.cap && i > first)) return first;
  }
  return first;
}

/** Whether the word at tokens[i] opens an infinitive after a commitment ("agreed to allow Trump ..."), not "said to reporters". */
function opensInfinitive(tokens: readonly Token[], i: number, lemma: string): boolean {
  const verb = tokens[i + 1];
  if (tokens[i]?.lower !== 'to' || STRONG_SPEECH.has(lemma) || verb === undefined || verb.cap || !verb.word) return false;
  return !DETERMINERS.has(verb.lower) && !OBJECT_PRONOUNS.has(verb.lower) && !verb.lower.endsWith('s');
}
/** Lemmas whose "to" names a hearer ("said to reporters"), never an infinitive. */
const STRONG_SPEECH = new Set(['say', 'tell', 'write', 'report', 'explain', 'speak', 'talk', 'comment', 'complain', 'admit']);

/**
 * Where the content of a cue inside a sentence-opening subordinate clause ends: at the comma that
 * closes the clause ("While those surveyed said Bush has the best experience, Trump is ..."), not at
 * the sentence's end; `last` otherwise.
 */
export function subordinateEnd(ctx: RuleContext, tokens: readonly Token[], first: number, cue: number, from: number, last: number): number {
  // "And most recently, when de Blasio said ..., Cuomo said ...": past a few opening words and their comma.
  first = pastOpeningWords(tokens, first, cue);
  if (SUBORDINATOR_ADVERBS.has(tokens[first]?.lower ?? '')) first += 1;
  if (!OPENING_SUBORDINATORS.has(tokens[first]?.lower ?? '')) return last;
  for (let i = first + 1; i < cue; i += 1) if (tokens[i]?.text === ',') return last;
  for (let i = from + 1; i < last; i += 1) {
    const t = tokens[i];
    // "more than 2,400 billionaires": a comma inside a number closes nothing.
    const inNumber = /^\d/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.start === (t?.end ?? -1) && tokens[i - 1]?.end === t?.start;
    // ... nor one inside a list of names ("asked Mills, Sullivan and Abedin to search ...").
    const inList = tokens[i - 1]?.cap === true && tokens[i + 1]?.cap === true && /^(?:,|and|or)$/.test(tokens[i + 2]?.lower ?? '');
    if (t?.text === ',' && !inNumber && !inList && ctx.quoted[t.start] !== 1) return i;
    // ("When Trump ... said he would “protect our LGBTQ citizens,” the crowd applauded": the comma the quotation closes
    // on closes the clause too.)
    if (t?.text === ',' && ctx.quoted[t.start] === 1 && isQuoteMark(tokens[i + 1]) && ctx.quoted[tokens[i + 2]?.start ?? 0] !== 1)
      return i + 2;
  }
  return last;
}

/** Records reported content as a claim unless it is too short or already taken; false when it did not. */
export function emitClaim(
  ctx: RuleContext,
  token: Token,
  lemma: string,
  range: { start: number; end: number },
  mention: Mention | null,
  rule: string,
  inherits: boolean,
  relay: Mention | null = null,
): boolean {
  const span = trimContent(ctx.doc.text, range);
  // Quoted words that open inside the content and run on past its sentence belong to it ("were “very pleased ... proposals are.”").
  const quotes = ctx.doc.quotations;
  for (let i = firstQuotationFrom(quotes, span.start); i < quotes.length; i += 1) {
    const q = quotes[i];
    if (q === undefined || q.start >= span.end) break;
    if (q.end > span.end && !q.used) span.end = q.end;
  }
  if (span.end - span.start < 8) return false;
  if (isClaimed(ctx, span) && !endBeforeClaimed(ctx, span)) return false;
  const kind = hasQuoted(ctx, span) ? 'mixed' : 'indirect';
  addClaim(ctx, { span, kind, cue: cueOf(token, lemma), mention, rule, confidence: 0.8, inherits, relay });
  return true;
}

/**
 * "DeSantis said he has supported legislation ..., which he called “a cartel.”": a quotation near the
 * content's end was attributed on its own (to its own cue); the content ends before the clause that
 * holds it, at its comma, and keeps at least three words. Moves `span.end`; false when nothing is left.
 */
function endBeforeClaimed(ctx: RuleContext, span: { start: number; end: number }): boolean {
  let taken = span.start;
  while (taken < span.end && ctx.claimed[taken] !== 1) taken += 1;
  const text = ctx.doc.text;
  const comma = Math.max(text.lastIndexOf(',', taken), text.lastIndexOf(';', taken), text.lastIndexOf('—', taken));
  const cut = trimContent(text, { start: span.start, end: comma > span.start && taken - comma < 60 ? comma : taken });
  if (cut.end - cut.start < 15 || text.slice(cut.start, cut.end).split(/\s+/).length < 3) return false;
  span.end = cut.end;
  return true;
}

/** "A, he said, B.": what follows the parenthetical attribution is a second claim of the same speaker. */
function emitAfterComma(ctx: RuleContext, tokens: readonly Token[], k: number, last: number, lemma: string, mention: Mention | null): void {
  const token = tokens[k];
  const after = tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === ';' ? k + 2 : -1;
  const next = tokens[after];
  if (
    token === undefined ||
    after < 0 ||
    next === undefined ||
    wordsIn(tokens, after, last) < 4 ||
    /ing$/.test(next.lower) ||
    cueAt(tokens, after) !== undefined
  )
    return;
  // "..., he said, though he did not name anyone": a concession about the speaking, not a claim (but "..., he said, because
  // he prizes electability" gives the speaker's reason, and is).
  const opener = next.lower === 'and' || next.lower === 'but' ? (tokens[after + 1]?.lower ?? '') : next.lower;
  if (/^(?:though|although|while|as|when|which|who|whose|if|since|after|before)$/.test(opener)) return;
  const end = tokens[last - 1];
  if (end !== undefined) emitClaim(ctx, token, lemma, { start: next.start, end: end.end }, mention, 'reported-parenthetical', false);
}

/** The comma before a participle cue after tokens[from] (", adding it appears ..."), or `last` when none comes. */
function participleComma(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last - 1; k += 1) {
    const next = tokens[k + 1];
    if (tokens[k]?.text === ',' && next !== undefined && next.lower.endsWith('ing') && cueAt(tokens, k + 1) !== undefined) return k;
  }
  return last;
}

/** Words that open the speaker of an inverted cue ("..., said an American official", "..., added the minister"). */
const SPEAKER_OPENERS = /^(?:the|a|an|one|two|three|several|some|another|his|her|their|its)$/;

/**
 * Whether tokens[c] opens an inverted attribution that ends the sentence ("Mr. Obama warned ... not to move, said an
 * American official who was briefed"): that cue speaks the whole sentence, and the content of an earlier cue stops
 * before it.
 */
function invertedAttribution(ctx: RuleContext, tokens: readonly Token[], c: number, last: number): boolean {
  const cue = tokens[c];
  const next = tokens[c + 1];
  if (cue === undefined || next === undefined || ctx.quoted[cue.start] === 1 || cue.lower.endsWith('ing')) return false;
  const lemma = cueAt(tokens, c);
  if (lemma === undefined || !INVERTS.has(lemma) || !(next.cap || SPEAKER_OPENERS.test(next.lower))) return false;
  const right = rightSubject(ctx.doc.text, tokens, c + 1, last);
  // The speaker is the whole phrase ("a host of new songs" is a clause's object, not "a host").
  const whole = right !== null && right.mention.end === tokens[right.end - 1]?.end;
  return whole && (wordsIn(tokens, right.end, last) <= 3 || tokens[right.end]?.lower === 'who');
}

/** Words that open a contrast with a second speaker after a comma ("..., while another says ..."). */
export const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'though', 'although']);
/** Subordinators of time that open a clause with a speaker of its own ("after a woman told him ..."). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'when']);

/** Whether a cue that takes a clause lies in tokens[from, to), outside quotations. */
function clauseCueWithin(ctx: RuleContext, tokens: readonly Token[], from: number, to: number): boolean {
  for (let c = from; c < to; c += 1) {
    const lemma = cueAt(tokens, c);
    if (lemma !== undefined && CLAUSE_LEMMAS.has(lemma) && ctx.quoted[tokens[c]?.start ?? 0] !== 1) return true;
  }
  return false;
}

/**
 * Where the content ends at the comma tokens[k]: k, or -1 when it goes on. (A second test that returned k + 1 past a
 * quotation closing on the comma was this first one narrowed, so never reached: dropped, output unchanged.)
 */
function endAtComma(ctx: RuleContext, tokens: readonly Token[], k: number, last: number): number {
  // "proposed a ban on Muslims entering the United States, citing fears of terrorism": the participle is a claim of its own.
  // (After a quotation that closes on the comma too: 'is a "distortion," describing the team as ...'.)
  const at = isQuoteMark(tokens[k + 1]) && tokens[k + 1]?.start === tokens[k]?.end ? k + 2 : k + 1;
  const participle = tokens[at];
  if (participle !== undefined && ctx.quoted[participle.start] !== 1 && /ing$/.test(participle.lower)) {
    const lemma = cueAt(tokens, at);
    if ((lemma !== undefined && CLAUSE_LEMMAS.has(lemma)) || SPEECH_ACT_FORMS.has(participle.lower)) return k;
  }
  if (invertedAttribution(ctx, tokens, k + 1, last) || trailingAttribution(ctx, tokens, k, last) !== null) return k;
  // "... said little, according to an attendee": the attribution that follows is the sentence's own
  // (but "reported that, according to an analysis, 85 of ..." opens the content with it).
  if (tokens[k + 1]?.lower === 'according' && tokens[k + 2]?.lower === 'to' && tokens[k - 1]?.lower !== 'that') return k;
  return -1;
}

/**
 * The comma closing a phrase that opens a "that" clause ("reported that during Obama's visit to Turkey this week,
 * President Recep Tayyip Erdogan reiterated his request"), or -1: the clause goes on past it, and the cue after it
 * ("reiterated") is the clause's verb, no attribution of what came before.
 */
function openingPhraseComma(tokens: readonly Token[], from: number, last: number): number {
  const opener = tokens[from + 1]?.lower ?? '';
  if (tokens[from]?.lower !== 'that' || !(PREPOSITIONS.has(opener) || SUBORDINATE.has(opener))) return -1;
  // A short phrase (not "noted that in 1985 the United States took steps to reduce loan rates, committee staff said"),
  let comma = -1;
  for (let k = from + 2; k < Math.min(last, from + 10) && comma < 0; k += 1) if (tokens[k]?.text === ',') comma = k;
  if (comma < 0) return -1;
  // and no attribution closing the sentence after it (", he said.", ", traders said Tuesday.").
  for (let c = comma + 1; c < Math.min(last, comma + 10); c += 1)
    if (cueAt(tokens, c) !== undefined) return wordsIn(tokens, c + 1, last) > 1 ? comma : -1;
  return comma;
}

/** Where reported content ends: the sentence's end, or before "(,) and/but <speaker> said" that starts a second claim. */
export function contentEnd(ctx: RuleContext, tokens: readonly Token[], from: number, last: number, floor: number): number {
  const opening = openingPhraseComma(tokens, from, last);
  for (let k = from + 1; k < last; k += 1) {
    const t = tokens[k];
    // The tests after a comma under one test of the comma: this loop reads every token of a claim (1.6% of a parse on Reuters).
    if (t?.text === ',' && k !== opening) {
      const end = endAtComma(ctx, tokens, k, last);
      if (end >= 0) return end;
    }
    // "... has the most, while another says ...": a second speaker's own claim after a contrast.
    if (
      t !== undefined &&
      tokens[k - 1]?.text === ',' &&
      CONTRASTS.has(t.lower) &&
      // (Not "He said that, although he had heard forecasts of ..., the IBC would not ...": a clause opening the content.)
      wordsIn(tokens, from, k - 1) >= 3 &&
      clauseCueWithin(ctx, tokens, k + 2, Math.min(last, k + 8))
    )
      return k - 1;
    // "... he is tough enough after a woman in Worcester, Massachusetts, told him she worries ...": a clause of time with a
    // speaker and a cue of its own ends the content before it.
    if (t !== undefined && TIME_SUBORDINATORS.has(t.lower) && k > from + 2) {
      for (let c = k + 2; c < Math.min(last, k + 14); c += 1) {
        const lemma = cueAt(tokens, c);
        if (lemma === undefined || !CLAUSE_LEMMAS.has(lemma) || ctx.quoted[tokens[c]?.start ?? 0] === 1) continue;
        if (leftSubject(ctx.doc.text, tokens, c, k + 1)?.clauseStart === k + 1) return tokens[k - 1]?.text === ',' ? k - 1 : k;
        break;
      }
    }
    if (t === undefined || (t.lower !== 'and' && t.lower !== 'but')) continue;
    // "said both he and Rubio promised ...": a subject of two, not a second claim.
    if (tokens[k - 2]?.lower === 'both' || tokens[k - 3]?.lower === 'both') continue;
    // "said it and two United Auto Workers union locals agreed to ...", "said he and his wife ...": the speaker and others,
    // one subject.
    if (k === from + 1 && SUBJECT_PRONOUNS.has(tokens[from]?.lower ?? '')) continue;
    // "... said he was “not ready” ..., and suggested that Trump needs to ...": a second verb of the same speaker.
    const verb = /^(?:also|then|later)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const second = tokens[verb];
    // ("... but insists Sanders is ...", "... but argues that ...": a verb in -s too, when a clause follows it.)
    const present = /s$/.test(second?.lower ?? '') && opensClauseAt(tokens, verb + 1);
    if (
      second !== undefined &&
      ctx.quoted[second.start] !== 1 &&
      (/(?:ed|said|told|wrote|says|tells|writes)$/.test(second.lower) || present)
    ) {
      const lemma = cueAt(tokens, verb);
      if ((lemma !== undefined && CLAUSE_LEMMAS.has(lemma)) || SPEECH_ACT_FORMS.has(second.lower))
        return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
    for (let c = k + 1; c < Math.min(last, k + 16); c += 1) {
      // (", and he accused Mr. Trump of ...", "but he strongly criticised ...": a speech act in the past tense with a pronoun
      // for its subject, as well as a cue; not "investors and brokerage firms asked ...", one subject of two, "Iraq
      // attacked Iranian oil fields", no speech, or "its Gulf branded outlets", an adjective.)
      const word = tokens[c]?.lower ?? '';
      const actor = /ly$/.test(tokens[c - 1]?.lower ?? '') ? c - 2 : c - 1;
      const act =
        word.endsWith('ed') && actor === k + 1 && SUBJECT_PRONOUNS.has(tokens[actor]?.lower ?? '') ? SPEECH_ACT_FORMS.get(word) : undefined;
      const lemma = cueAt(tokens, c) ?? act?.lemma;
      if (lemma === undefined || (!CLAUSE_LEMMAS.has(lemma) && act === undefined) || ctx.quoted[tokens[c]?.start ?? 0] === 1) continue;
      // "... and Sanders, who says it's “disastrous.”": a named speaker's own claim in a clause set off by commas.
      if (tokens[c - 1]?.lower === 'who' && tokens[c - 2]?.text === ',' && tokens[c - 3]?.cap === true)
        return tokens[k - 1]?.text === ',' ? k - 1 : k;
      // "... and other users who agreed ...": a relative clause, not a second claim; nor "... and the White House would
      // agree on a budget": a topic agreed on, no words reported.
      if (/^(?:who|which|that)$/.test(tokens[c - 1]?.lower ?? '') || takesTopic(tokens, c, lemma)) break;
      const subject = leftSubject(ctx.doc.text, tokens, c, floor);
      if (subject !== null && subject.clauseStart === k + 1) return tokens[k - 1]?.text === ',' ? k - 1 : k;
      // ("..., and around 60% said they would avoid trying on clothes": a poll's figure, a claim of its own.)
      if (subject === null && tokens[k - 1]?.text === ',' && pollFigureAt(ctx.doc.text, tokens, c, k + 1)) return k - 1;
      // "..., and Brian Deese, the White House climate change adviser, said he ...": a name and its description.
      if (tokens[c - 1]?.text === ',' && nameBeforeDescription(ctx.doc.text, tokens, k + 1, c - 1) !== null)
        return tokens[k - 1]?.text === ',' ? k - 1 : k;
      break;
    }
  }
  return last;
}

/** A figure, perhaps with its approximation ("60%", "around 60%", "nearly 40 percent"). */
const POLL_FIGURE = /^(?:(?:around|about|nearly|almost|roughly|some|only|just|over|under)\s+)?\d[\d.,]*\s*(?:%|percent|pct)$/i;

/** Whether a poll's figure right at tokens[from] is the subject of the cue at tokens[c] ("around 60% said", "four in 10 say"). */
function pollFigureAt(text: string, tokens: readonly Token[], c: number, from: number): boolean {
  const figure = describedSubject(text, tokens, c, from);
  return figure !== null && figure.start === tokens[from]?.start && figure.end === tokens[c - 1]?.end && POLL_FIGURE.test(figure.text);
}

/** Whether a reported clause opens at tokens[i]: "that", a subject pronoun, a determiner or a name. */
function opensClauseAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.cap || /^(?:that|he|she|they|it|we|i|the|a|an|his|her|its|their)$/.test(t.lower));
}

/** Words of tokens[from, last), none when there is no content start. */
function wordsFrom(tokens: readonly Token[], from: number | null, last: number): number {
  return from === null ? 0 : wordsIn(tokens, from, last);
}

/** Whether a token of tokens[from, to) lies inside a quotation. */
function quotedInside(ctx: RuleContext, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (ctx.quoted[tokens[i]?.start ?? 0] === 1 && tokens[i]?.word === true) return true;
  return false;
}

function hasQuoted(ctx: RuleContext, span: { start: number; end: number }): boolean {
  const limit = Math.min(span.end, span.start + 4000);
  for (let i = span.start; i < limit; i += 1) if (ctx.quoted[i] === 1) return true;
  return false;
}

/** Whether the hearer after "told" at tokens[at] is named or a person ("The Huffington Post", "reporters", "him"), not a thing told ("a joke"). */
function namedHearer(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first === undefined) return false;
  if (first.cap || first.lower === 'reporters' || first.lower === 'journalists') return true;
  if (OBJECT_PRONOUNS.has(first.lower)) return first.lower !== 'it';
  return DETERMINERS.has(first.lower) && tokens[at + 1]?.cap === true;
}
