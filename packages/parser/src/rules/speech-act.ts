import type { Mention, Paragraph, Sentence, Token } from '../document';
import { claimedCueIn, speakerOfCue, type RuleContext } from '../claims';
import { ANONYMOUS_HEADS } from '../lexicon/anonymous';
import { CALENDAR_WORDS, MONTH_SURNAMES } from '../lexicon/calendar';
import { PLACES } from '../lexicon/places';
import { BE_FORMS, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, TIME_WORDS } from '../lexicon/function-words';
import { PRONOUN_AND_BE, SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { ROLE_NOUNS } from '../lexicon/role-nouns';
import { SPEECH_ACT_FORMS, isStoppingIdiom, type SpeechAct } from '../lexicon/speech-acts';
import { prefixFilter } from '../lexicon/prefix-filter';
import { namesAThing } from '../lexicon/cue-verbs';
import { namesDocument } from '../lexicon/statement-nouns';
import { classifyMention } from '../classify-mention';
import { isNegatedOrPassive, isProgressive, leftSubject, sentenceSubject, supposed } from '../subject';
import { commaBefore, isQuoteMark, isWord, tokenAt, wordsIn } from '../tokens';
import { gappedCue, opensQuestionClause } from './content-start';
import { issuerOf, issuingVerbBefore } from './issued-statement';
import { CONTRASTS, PARTICIPLE_OPENERS, adverbBeforeParticiple, contentEnd, emitClaim, subordinateEnd } from './reported-speech';
import { isPluralNounCue } from './plural-noun-cue';
import { describedSubject } from './described-subject';

const MAX_SENTENCE_CHARS = 3000;

/** SPEECH_ACT_FORMS's first letters: actAt asks every lowercase word of every sentence. */
const mayBeSpeechAct = prefixFilter(SPEECH_ACT_FORMS.keys());
/** Words that open a question after "asked" ("asked whether ...", "asked why ..."). */
const QUESTION_WORDS = new Set(['if', 'whether', 'why', 'what', 'how', 'who', 'when', 'where', 'which']);
/** Determiners that open a predicate noun after the object of "call" ("called it the worst deal", "calls Ohio her home"). */
const PREDICATE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words before a third-person "-s" form that make it a verb, not a plural noun ("Trump calls for", not "terror attacks"). */
const SUBJECT_BEFORE = new Set(['he', 'she', 'it', 'who', 'also', 'now', 'repeatedly', 'often', 'still', 'then']);

/** The speech act at tokens[k], if its form reads as a verb here. */
function actAt(tokens: readonly Token[], k: number): SpeechAct | undefined {
  const token = tokens[k];
  if (token === undefined || token.cap || !mayBeSpeechAct(token.lower)) return undefined;
  const act = SPEECH_ACT_FORMS.get(token.lower);
  if (act === undefined || (token.lower === 'called' && namesAThing(tokens, k))) return undefined;
  const prev = tokens[k - 1];
  // "about Musk’s proposed factory move", "the company's announced plan": a participle after a possessive that follows a
  // preposition or a determiner is an adjective (not "Moody's cited the effects", its subject in "'s").
  const before = tokens[k - 2]?.lower ?? '';
  if (token.lower.endsWith('ed') && /['’]s$/.test(prev?.text ?? '') && (PREPOSITIONS.has(before) || DETERMINERS.has(before)))
    return undefined;
  // ... or a progressive ("is calling for", "she’s urging").
  if (token.lower.endsWith('ing'))
    // ('talked up her “50-state strategy,” promising to ...': the comma may sit inside the quotation before it.)
    return commaBefore(tokens, k) ||
      adverbBeforeParticiple(tokens, k) ||
      withNameStart(tokens, k) >= 0 ||
      issuingVerbBefore(tokens, k) >= 0 ||
      isProgressive(tokens, k)
      ? act
      : undefined;
  // "Yang Shu, director of the institute, calls Horgos “a mistake”": an appositive closes before the verb.
  // ("The lawsuit accuses ...", "The book accuses ...": a document's noun is a subject too.)
  if (
    token.lower.endsWith('s') &&
    !(
      (prev?.cap === true && !(ACT_NOUNS.has(token.lower) && namesWhereOrWhen(tokens, k - 1))) ||
      prev?.text === ',' ||
      SUBJECT_BEFORE.has(prev?.lower ?? '') ||
      isDocumentHead(prev?.lower ?? '')
    )
  )
    return undefined;
  return act;
}

/** Forms of speech acts that are as often plural nouns ("the Paris attacks", "raising questions"). */
const ACT_NOUNS: ReadonlySet<string> = new Set(['attacks', 'questions']);

/**
 * Whether a capitalized word before such a plural is a place, a day or an adjective ("Paris attacks test ...", "the
 * Friday attacks wore off", "Blistering attacks upend ..."): the plural is a noun it modifies, no verb with a subject
 * (as "Germany pledges to ...", "A campaign TV ad released Thursday accuses ..." are).
 */
function namesWhereOrWhen(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  // (Not "May attacks Corbyn": a month that is also a surname; nor "Xi Jinping attacks": an "-ing" name inside a sentence.)
  if (CALENDAR_WORDS.has(word)) return !MONTH_SURNAMES.has(word);
  const opens = i === 0 || /^[.!?;:]$/.test(tokens[i - 1]?.text ?? '');
  return PLACES.has(word) || (opens && word.endsWith('ing'));
}

/** Conjunctions that open a clause of the writer's after an act's content and its comma: the contrasts, "but" and "yet". */
const WRITER_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CONTRASTS, 'but', 'yet']);

/**
 * Whether the conjunction after the comma at tokens[comma] opens a clause of its own: not a phrase ("..., but with equal
 * voting rights") nor the second half of "not ..., but ..." ("not as American oddity, but as shared experience").
 */
function opensClause(tokens: readonly Token[], from: number, comma: number): boolean {
  if (PREPOSITIONS.has(tokens[comma + 2]?.lower ?? '')) return false;
  for (let i = from + 1; i < comma; i += 1) if (tokens[i]?.lower === 'not') return false;
  return true;
}

/** Lowercase words between "with" and a titled name ("with former Maryland Gov. Martin O'Malley calling"). */
const BEFORE_TITLE = new Set(['former', 'fellow', 'then', 'the', 'current', 'outgoing', 'incoming']);

/**
 * Where a name opened by "with" starts, when it comes right before tokens[k] ("with Gov. Martin O'Malley calling Trump a
 * fascist": the token after "with"); -1 when there is none.
 */
function withNameStart(tokens: readonly Token[], k: number): number {
  let i = k - 1;
  while (i >= Math.max(0, k - 6) && tokens[i]?.cap === true) i -= 1;
  if (i === k - 1) return -1;
  while (i > 0 && i >= k - 9 && BEFORE_TITLE.has(tokens[i]?.lower ?? '')) i -= 1;
  return tokens[i]?.lower === 'with' ? i + 1 : -1;
}

/** Index of the first word of `word` in tokens[from, limit), stopping at a clause break; -1 when none. */
function findWord(tokens: readonly Token[], from: number, limit: number, word: string): number {
  for (let i = from; i < limit; i += 1) {
    const t = tokens[i];
    if (t === undefined || t.text === ';' || t.text === ':') return -1;
    if (t.lower === word) return i;
  }
  return -1;
}

/** Whether a quotation mark comes in tokens[from, limit) before the sentence ends. */
function hasQuotation(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let i = from; i < limit; i += 1) {
    const t = tokens[i];
    if (t === undefined || t.text === '.' || t.text === ';') return false;
    if (isQuoteMark(t)) return true;
  }
  return false;
}

/** Whether tokens[i] can open an object ("the plan", "Clinton", "“a disaster”"), not a phrase of time or place. */
function opensObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  // ("He calls for $1 trillion in new spending": an amount opens an object too.)
  if (isQuoteMark(t) || (CURRENCY_SIGN.test(t.text) && /^\d/.test(tokens[i + 1]?.text ?? ''))) return true;
  return isWord(t) && !PREPOSITIONS.has(t.lower) && !TIME_WORDS.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && t.lower !== 'that';
}

/** A currency's sign, before the figure of a sum ("$", "£"). */
const CURRENCY_SIGN = /^[$€£¥]$/;

/** Endings of adjectives ("lawful", "outrageous", "unacceptable", "racist", "unusual", "divisive"). */
const ADJECTIVE_ENDING = /(?:ful|ous|ble|ic|ive|ist|less|ual|ial|ent|ant)$/;

/**
 * "He called the actions lawful", "called Clinton's public squabble with the intelligence community unusual": an
 * object of a few words, then an adjective that ends the clause; not "called the hospital", "called his chief executive"
 * or "called a local clinic" (a noun ending the object, a role, an indefinite object).
 */
function predicateAdjective(tokens: readonly Token[], k: number, window: number): boolean {
  // ("he called a local clinic": an indefinite object is whom he called.)
  if (/^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let i = k + 3; i < Math.min(window, k + 12); i += 1) {
    const t = tokens[i];
    if (t === undefined || !isWord(t)) return false;
    const end = tokens[i + 1];
    if (end !== undefined && isWord(end)) continue;
    if (end !== undefined && !/^[.,;]$/.test(end.text)) return false;
    const before = tokens[i - 1];
    return (
      ADJECTIVE_ENDING.test(t.lower) &&
      !t.cap &&
      !ROLE_NOUNS.has(t.lower) &&
      before !== undefined &&
      isWord(before) &&
      !DETERMINERS.has(before.lower) &&
      !PREPOSITIONS.has(before.lower) &&
      !ADJECTIVE_ENDING.test(before.lower)
    );
  }
  return false;
}

/** Whether the object opening at tokens[i] is a group of sources ("five sources", "another anonymous source", "officials"). */
function namesSources(tokens: readonly Token[], i: number): boolean {
  // ("citing a “senior government source,”": the quotation marks are the outlet's, around the same source.)
  for (let k = i, words = 0; words < 4; k += 1) {
    const t = tokens[k];
    if (isQuoteMark(t)) continue;
    words += 1;
    if (t === undefined || !isWord(t)) return false;
    // (Not "the media": as an object it is what was attacked, "blasted the media for allowing ...", no source cited.)
    if (ANONYMOUS_HEADS.has(t.lower) && t.lower !== 'media') return true;
  }
  return false;
}

/**
 * Whether a hearer's noun phrase opening at tokens[from] (a determiner, then words up to a noun) is followed by "if" or
 * "whether", or by "a question:": "asked the 2016 Democratic White House contender if ...", "asked Republicans a simple
 * question: Who ...".
 */
function questionAfterHearer(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let i = from; i < limit; i += 1) {
    const t = tokens[i];
    if (t === undefined || !isWord(t)) return t?.text === ':' && tokens[i - 1]?.lower === 'question';
    if (t.lower === 'if' || t.lower === 'whether') return i > from;
    if (t.lower === 'to' || t.lower === 'that' || PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Where a commitment's infinitive opens past a phrase of time or place or a "not" ("vowed last month to take", "promised
 * Sunday at a Las Vegas rally to end", "vowed not to vote"): its "to" (or "not"), else -1.
 */
function infinitiveAfter(tokens: readonly Token[], from: number, limit: number): number {
  const first = tokens[from];
  if (first?.lower === 'not' && tokens[from + 1]?.lower === 'to' && isWord(tokens[from + 2])) return from;
  if (first === undefined || !(TIME_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower))) return -1;
  for (let i = from + 1; i < Math.min(limit, from + 8); i += 1) {
    const t = tokens[i];
    if (t === undefined || !isWord(t) || t.lower === 'that') return -1;
    if (t.lower === 'to' && isWord(tokens[i + 1]) && !tokens[i + 1]?.cap && !DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return i;
  }
  return -1;
}

/** Where the content of the speech act at tokens[k] starts, or -1 when its frames do not fit what follows. */
export function actContentStart(tokens: readonly Token[], k: number, limit: number, act: SpeechAct): number {
  const next = tokens[k + 1];
  if (next === undefined) return -1;
  const window = Math.min(limit, k + 16);
  if (act.particles.includes(next.lower)) return opensObject(tokens, k + 2) ? k + 2 : -1;
  if (act.frames.includes('question') && QUESTION_WORDS.has(next.lower)) return k + 1;
  // ('vowed to "continue the fight ..."': the infinitive in the speaker's own words.)
  const verb = isQuoteMark(tokens[k + 2]) ? tokens[k + 3] : tokens[k + 2];
  if (act.frames.includes('infinitive') && next.lower === 'to' && isWord(verb)) return k + 1;
  if (act.frames.includes('infinitive')) {
    const to = infinitiveAfter(tokens, k + 1, window);
    if (to > 0) return to;
  }
  // ("described it as a serious lapse in judgment", "called it a disaster": "it" is the object of a predicate's frame,
  // not the subject of a clause; but "called it a day", "called it quits" are idioms of stopping.)
  const itObject = next.lower === 'it' && act.frames.includes('complement') && !isStoppingIdiom(tokens, k + 2);
  if (!itObject && !opensObject(tokens, k + 1)) return -1;
  // A bare object is speech in political news ("criticized the plan"), but as often an act ("announced funding")
  // or words another rule quotes: the frame is listed, not taken alone.
  if (act.frames.includes('objectTo')) {
    const to = findWord(tokens, k + 2, Math.min(limit, k + 10), 'to');
    if (to > 0 && isWord(tokens[to + 1])) return k + 1;
    if (act.frames.includes('question') && [...QUESTION_WORDS, 'about'].some((w) => findWord(tokens, k + 2, k + 6, w) > 0)) return k + 1;
    // "asked the 2016 Democratic White House contender if he ...": a longer hearer, a name in it, then the question.
    if (act.frames.includes('question') && questionAfterHearer(tokens, k + 1, Math.min(limit, k + 12))) return k + 1;
  }
  // "cited five sources in Ottawa": naming who told it is sourcing, not a claim.
  if (act.frames.includes('object')) return namesSources(tokens, k + 1) ? -1 : k + 1;
  if (act.frames.includes('complement')) {
    if (act.link !== null) return findWord(tokens, k + 2, window, act.link) > 0 ? k + 1 : -1;
    // "called it a disaster", "called the judge a “hater”": a predicate noun or a quotation after the object.
    if (hasQuotation(tokens, k + 2, window)) return k + 1;
    for (let i = k + 2; i < Math.min(window, k + 6); i += 1) if (tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an') return k + 1;
    // "calls North Carolina her home state", "called it the worst deal": a possessive or "the" after a short object.
    for (let i = k + 2; i < Math.min(window, k + 5); i += 1) {
      const t = tokens[i];
      if (t === undefined || !isWord(t)) break;
      if (PREDICATE_DETERMINERS.has(t.lower)) return k + 1;
    }
    if (act.lemma === 'call' && predicateAdjective(tokens, k, window)) return k + 1;
  }
  return -1;
}

/**
 * Rule: speech acts with an object ("Sanders accused Clinton of ...", "Ryan called the remarks
 * “racist”", "Trump urged voters to ...", "Hewitt asked whether ..."): the content runs from the
 * object to the end of the clause; the speaker is the subject, or for ", calling ..." the sentence's.
 */
export function speechAct(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) return;
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  let last = sentence.last;
  while (last > sentence.first && !isWord(tokens[last - 1]) && !isQuoteMark(tokens[last - 1])) last -= 1;
  for (let k = sentence.first; k < last; k += 1) {
    const token = tokens[k];
    if (token === undefined || ctx.quoted[token.start] === 1 || ctx.claimed[token.start] === 1 || ctx.usedCues.has(token.start)) continue;
    const act = actAt(tokens, k);
    if (act === undefined || isNegatedOrPassive(tokens, k) || isPluralNounCue(tokens, k, act.lemma)) continue;
    const from = actContentStart(tokens, k, last, act);
    // ("The question advertisers are asking is whether ...": the act's object is the noun before it; "is" opens no content.)
    if (from < 0 || wordsIn(tokens, from, last) < 2 || BE_FORMS.has(tokens[from]?.lower ?? '')) continue;
    // "This official, who asked not to be identified, said ...": a source's terms, not a claim.
    if (tokens[from]?.lower === 'not' && tokens[from + 1]?.lower === 'to' && tokens[from + 2]?.lower === 'be') continue;
    // "A lawmaker in the Philippines is calling for Donald Trump to be banned": a progressive is a finite verb, its subject
    // before the auxiliary (or in one word with it: "she’s urging"); a participle alone (", calling ...") has none there.
    const progressive = token.lower.endsWith('ing') && isProgressive(tokens, k);
    const participle = token.lower.endsWith('ing') && !progressive;
    const contracted = PRONOUN_AND_BE.test(tokens[k - 1]?.lower ?? '');
    const left = participle ? null : leftSubject(text, tokens, progressive && !contracted ? k - 1 : k, sentence.first);
    // "If Reagan rejects the tax rise, ...": a condition supposes the act.
    if (left !== null && supposed(tokens, left)) continue;
    // "Asked whether the U.S. was proposing a new initiative ...", "What the government is asking the rest of us to do ...":
    // a progressive inside a question or a subject clause is asked about or spoken of, no one's act.
    const opener = left === null ? '' : (tokens[left.clauseStart - 1]?.lower ?? '');
    if (progressive && (opensQuestionClause(opener) || opener === 'if')) continue;
    const issuing = participle ? issuingVerbBefore(tokens, k) : -1;
    // "Chicagoans will be ..., Mayor Lori Lightfoot said Thursday, promising to ...": after a claim's cue, the participle
    // is its speaker's, not the sentence subject's.
    const afterCue = participle && issuing < 0 && tokens[k - 1]?.text === ',' && claimedCueIn(ctx, sentence.start, token.start);
    // ("..., with former Maryland Gov. Martin O’Malley calling Trump a fascist": the name after "with" calls.)
    const withStart = participle ? withNameStart(tokens, k) : -1;
    const withMention = withStart >= 0 ? classifyMention(text, tokens, withStart, k) : null;
    const subject: Mention | null =
      withMention?.kind === 'name'
        ? withMention
        : afterCue
          ? null
          : participle
            ? ((issuing >= 0 ? issuerOf(text, tokens, issuing, sentence.first) : null) ??
              sentenceSubject(text, tokens, sentence.first, k)?.mention ??
              null)
            : (left?.mention ?? documentSubject(text, tokens, k, sentence.first));
    // '“...,” McCain said, citing low growth': after a claim's cue, the participle's claim inherits its speaker.
    const inherits = subject === null && participle && claimedCueIn(ctx, sentence.start, token.start);
    if (subject === null && !inherits) continue;
    // "Though he thanked the community for supporting him, he sounded ...": the opening clause ends at its comma.
    let end = contentEnd(ctx, tokens, from, subordinateEnd(ctx, tokens, sentence.first, k, from, last), sentence.first);
    // Stop before what another rule has claimed already (", saying ..." after "criticized the plan").
    // ... and before a relative clause with a speaker of its own ("a surplus that economists said would ...").
    for (let i = from; i < end; i += 1) {
      if (ctx.claimed[tokens[i]?.start ?? 0] === 1 || (tokens[i]?.lower === 'that' && i > from && gappedCue(tokens, i + 1))) end = i;
      // "Mr. Manafort, citing “the unique magic of Trump,” said ...": the aside closes before its subject's own cue.
      if (participle && i > from && ctx.usedCues.has(tokens[i]?.start ?? -1)) end = Math.min(end, i);
      // "Trump has vowed not to cut Social Security, but Republicans have sought ...": a clause joined by a conjunction
      // after a comma is the writer's, not part of the act.
      if (i > from && tokens[i]?.text === ',' && WRITER_CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '') && opensClause(tokens, from, i))
        end = Math.min(end, i);
    }
    // ("pointing to his record ... and saying that ...": not the "and" that joins the next participle.)
    while (end > from && /^(?:and|or|but|,)$/.test(tokens[end - 1]?.lower ?? '')) end -= 1;
    // ("accused Bernie Sanders of subjecting her to an “artful smear” ... while Sanders suggests ...": cut at a claim of
    // its own, the content ends before that claim's speaker and cue.)
    if (ctx.usedCues.has(tokens[end - 1]?.start ?? -1)) end = beforeSpeakerOf(ctx, tokens, from, end);
    const first = tokens[from];
    const lastToken = tokens[end - 1];
    if (first === undefined || lastToken === undefined || end <= from) continue;
    emitClaim(ctx, token, act.lemma, { start: first.start, end: lastToken.end }, subject, 'speech-act', inherits);
  }
}

/**
 * A document opening the clause as the act's subject ("The book accuses Bob of treating ...", "The lawsuit accuses the
 * company of ...", "A new report urges ..."): it speaks as a report says; null for any other description.
 */
function documentSubject(text: string, tokens: readonly Token[], k: number, floor: number): Mention | null {
  const described = describedSubject(text, tokens, k, floor);
  if (described === null) return null;
  return isDocumentHead(tokens[tokenAt(tokens, described.end) - 1]?.lower ?? '') ? described : null;
}

/** Whether a lowercase noun names a document that speaks (a report, a lawsuit, a letter, a book). */
function isDocumentHead(word: string): boolean {
  return word === 'book' || namesDocument(word);
}

/**
 * Words that join a clause of another speaker to the content before it ("while", "which", "who", "in which"), or a
 * comma, open its subject ("at least 21,000 said") or stand before its verb ("has said").
 */
const CLAUSE_JOINS =
  /^(?:while|which|who|whom|that|what|and|or|but|as|even|though|although|because|if|where|when|least|about|some|has|have|had|also|,|\d+)$/;

/**
 * The end of a speech act's content cut at the cue tokens[end - 1] of a claim of its own: before that claim's speaker
 * and the words that join it; `from` (nothing) when no content of three words is left ("criticized Republicans who said
 * they want to wait": the object is the speaker of what follows, nothing said of it).
 */
function beforeSpeakerOf(ctx: RuleContext, tokens: readonly Token[], from: number, end: number): number {
  const mention = speakerOfCue(ctx, tokens[end - 1]?.start ?? -1);
  let cut = end - 1;
  // (A speaker inside the content is cut with its cue; "a project he called": one outside it, or none, leaves a pronoun.)
  const inside = mention !== null && mention.start >= (tokens[from]?.start ?? 0);
  if (inside) while (cut > from && (tokens[cut - 1]?.start ?? 0) >= mention.start) cut -= 1;
  else if (SPEAKER_PRONOUNS.has(tokens[cut - 1]?.lower ?? '')) cut -= 1;
  // ("thanked her adopted home state and then boomed": the adverbs that may open a participle go too.)
  while (
    cut > from &&
    (CLAUSE_JOINS.test(tokens[cut - 1]?.lower ?? '') ||
      PREPOSITIONS.has(tokens[cut - 1]?.lower ?? '') ||
      PARTICIPLE_OPENERS.has(tokens[cut - 1]?.lower ?? ''))
  )
    cut -= 1;
  return wordsIn(tokens, from, cut) >= 3 ? cut : from;
}
