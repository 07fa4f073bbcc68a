import type { Mention, Token } from './document';
import { classifyMention, isLegalForm, withRole } from './classify-mention';
import { ANONYMOUS_HEADS, UNNAMED_DETERMINERS } from './lexicon/anonymous';
import { DOCUMENT_NOUNS } from './lexicon/statement-nouns';
import { CALENDAR_WORDS, DAY_PARTS, MONTHS, TIME_NOUNS } from './lexicon/calendar';
import { ASIDE_CONNECTIVES, BE_FORMS, DETERMINERS, FOCUSING_ADVERBS, PREPOSITIONS, beforeAsideConnective } from './lexicon/function-words';
import { US_STATES_ABBREVIATED } from './lexicon/abbreviations';
import { PARTY_MEMBERS } from './lexicon/parties';
import { COUNTRY_OF_DEMONYM, PLACES, isPlaceOrPeople } from './lexicon/places';
import { GENDERED_NOUNS, NAME_CONNECTORS, SENTENCE_ADVERBS, isVerbFormOpener } from './lexicon/name-context';
import { cueAt, hasCueIn } from './lexicon/cue-verbs';
import { PRONOUN_AND_BE, SPEAKER_PRONOUNS } from './lexicon/pronouns';
import {
  COURTESY_TITLES,
  ORGANIZATION_WORDS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  TITLE_ACRONYMS,
  isPeoplePlural,
  isRoleNoun,
  isRoleOrPersonNoun,
  isSpeakerNoun,
  isTitle,
} from './lexicon/role-nouns';
import { nicknamedNameStart } from './nicknamed-name';
import {
  asideOpening,
  commaBetween,
  isCapitalized,
  isDash,
  isInCapitals,
  isQuoteMark,
  isWord,
  nextComma,
  stopsSpeakerScan,
  tokenAt,
} from './tokens';

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const INITIALS_OR_NAME = /^(?:\p{Lu}\.){1,3}\p{Lu}?\.?$|^\p{Lu}[\p{L}.]+$/u;

/** Words between a speaker and the cue that are not part of the speaker ("Peskov later said"). */
const BETWEEN = new Set([
  // "Ford itself said": a reflexive stresses the subject before it.
  'itself',
  'himself',
  'herself',
  'themselves',
  'also',
  'later',
  'earlier',
  'has',
  'have',
  'had',
  'would',
  'will',
  'could',
  'should',
  'may',
  'might',
  'then',
  'recently',
  'previously',
  'again',
  'once',
  // "Mrs. Clinton has since said she would support ...".
  'since',
  'further',
  'repeatedly',
  'publicly',
  'reportedly',
  'just',
  'already',
  'often',
  'still',
  'even',
  'separately',
  'however',
  'simply',
  'flatly',
  'quickly',
  'privately',
  'frequently',
  'first',
  'initially',
  'subsequently',
  'similarly',
  'likewise',
  'too',
  'now',
  'always',
  // "Intelligence officials have long argued that ...".
  'long',
  // "Sweden's two biggest insurance companies have both said", "They all said": a quantifier floating after its subject.
  'both',
  'all',
  'each',
  'openly',
  'bluntly',
  'explicitly',
  'clearly',
  'reportedly',
  'has',
  'who',
  "who's",
  // "Allen did suggest that ...": an auxiliary of emphasis, as "has" and "will" are auxiliaries.
  'did',
  'does',
]);

/** Whether a token is a connective or an adverb that opens a sentence ("However," "Still," "Separately,"). */
function isOpeningConnective(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const word = token.lower;
  return ASIDE_CONNECTIVES.has(word) || SENTENCE_ADVERBS.has(word) || (/ly$/.test(word) && !NOT_ADVERBS.has(word));
}

/** Words in -ly that are nouns or adjectives, not adverbs ("the family said", "the daily says"). */
const NOT_ADVERBS = new Set([
  'family',
  'rally',
  'ally',
  'daily',
  'weekly',
  'monthly',
  'assembly',
  'anomaly',
  'bully',
  'supply',
  'reply',
  'only',
]);

/** Where the subject ends before the lowercase words that may stand between it and its cue ("Peskov later said"). */
function pastBetween(tokens: readonly Token[], end: number, floor: number): number {
  while (end > floor && tokens[end - 1]?.cap === false && isBetween(tokens[end - 1]?.lower ?? '')) end -= 1;
  return end;
}

/**
 * Whether a word may stand between a subject and its cue: one of BETWEEN, or an adverb in -ly
 * ("Trump jokingly said", "she angrily told").
 */
export function isBetween(lower: string): boolean {
  return BETWEEN.has(lower) || (lower.length > 4 && lower.endsWith('ly') && /^[a-z]+$/.test(lower) && !NOT_ADVERBS.has(lower));
}
/** Words that end a clause going leftwards: the speaker starts after them. */
const CLAUSE_BREAK = new Set([
  'that',
  'because',
  'while',
  'when',
  'if',
  'although',
  'though',
  'where',
  'which',
  'whom',
  // "shedding what Gilbert called “a perception problem.”": the relative's own subject, not the sentence before it.
  'what',
  'but',
  'as',
  'since',
  'after',
  'before',
  'so',
  'or',
  'than',
  'until',
  'unless',
  'whether',
]);
const PUNCT_BREAK = new Set([',', ';', ':', '—', '–', '-', '.', '?', '!']);
/**
 * Lowercase words opening a comma segment that is a modifier, not the speaker ("responding to ...", "speaking in Kyiv"),
 * irregular participles among them ("The email, sent to SpaceX employees, claims ...").
 */
const MODIFIER_START =
  /^(?:\p{Ll}+ing|\p{Ll}+ed|sent|written|given|seen|taken|made|held|known|shown|led|built|drawn|brought|paid|kept|spent|chosen|spoken|sold|bought|who|whose|which|according|in|on|at|after|before|during|with|without|for|from|by|like|unlike|as|when|while|since|though|although|despite|following|last|this|earlier|later|however|meanwhile|also|between|among|about|over|under|into|through|across|near|around|until|than)$/u;

/** Lowercase words that open a description of the speaker rather than name them ("the board's chair"). */
const DESCRIPTION_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);
/** Words that open an introductory phrase before a sentence's subject ("In an interview with CNBC on Monday, ...", "Here in Columbia, ..."). */
const INTRO =
  /^(?:in|on|at|after|before|during|early|earlier|late|ever|later|last|this|however|therefore|thus|hence|consequently|nevertheless|nonetheless|moreover|furthermore|indeed|otherwise|accordingly|meanwhile|speaking|asked|according|when|while|since|as|for|with|from|by|despite|following|separately|still|also|but|and|yet|so|then|now|though|although|because|if|once|whereas|unless|until|upon|amid|alongside|beside|back|here|there|instead|throughout|through|under|over|within|without|across|against|among|beyond|besides|unlike|overall|again|likewise|regardless)$/i;

/** Conjunctions that open a clause with its own subject ("when Rubio thanked Miami and said ..."). */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'once', 'until']);

/**
 * Where the subordinate clause holding tokens[to - 1] starts (after its conjunction), looking back no further than a
 * comma or `floor`; `floor` when there is none.
 */
function subordinateClauseStart(tokens: readonly Token[], floor: number, to: number): number {
  // (From the sentence's first word on: "When Trump referred to the massacre and said ..." opens with its subordinator.)
  for (let k = to - 1; k >= floor; k -= 1) {
    const t = tokens[k];
    if (t === undefined || PUNCT_BREAK.has(t.text) || t.text === '(' || t.text === ')') return floor;
    if (SUBORDINATORS.has(t.lower) && (tokens[k + 1]?.cap === true || SPEAKER_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))) return k + 1;
  }
  return floor;
}

/** Words that end a phrase of time opening a sentence ("Hours later,", "Two weeks ago,"). */
const TIME_AFTER = new Set(['later', 'earlier', 'ago']);

/** Whether a phrase of time of up to four words and its comma open tokens[start...] ("Hours later,", "Two weeks ago,"). */
function opensWithTimePhrase(tokens: readonly Token[], start: number): boolean {
  for (let d = 1; d <= 3; d += 1) if (TIME_AFTER.has(tokens[start + d]?.lower ?? '') && tokens[start + d + 1]?.text === ',') return true;
  return false;
}

/**
 * The subject of the sentence tokens[floor, limit), for a cue that shares it ("Pompeo praised ... and
 * said ..."): after an introductory phrase, a pronoun or a capitalized name (with its title).
 */
/**
 * The subject before "in <Town>, <State>" when tokens[start, end) are only the state ("Goog's Pub and Grub in Holland,
 * Michigan wrote", "The hospital in Springfield, Illinois said"), or null.
 */
function subjectBeforeTownAndState(text: string, tokens: readonly Token[], start: number, end: number, floor: number): LeftSubject | null {
  if (tokens[start - 1]?.text !== ',' || !PLACES.has(text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0).toLowerCase()))
    return null;
  let k = start - 2;
  while (k > floor && isCapitalized(tokens[k]) && start - 1 - k <= 3) k -= 1;
  if (k <= floor || k === start - 2 || !/^(?:in|from|of|near)$/.test(tokens[k]?.lower ?? '')) return null;
  const before = segmentBack(tokens, k, floor);
  // The subject opens its sentence or follows a comma (not "CIS Technologies Inc said that it and the Swiss Reinsurance Co
  // of Zurich, Switzerland agreed", a reported clause's).
  if (before > floor && tokens[before - 1]?.text !== ',') return null;
  const mention = before < k ? classifyMention(text, tokens, before, k) : null;
  return mention === null ? null : { mention, clauseStart: before };
}

/** The token after "<place>," at `start` ("New Hampshire, Trump ..."), or `start` when no place and comma are there. */
function pastPlace(text: string, tokens: readonly Token[], start: number, limit: number): number {
  for (let k = start + 1; k <= Math.min(limit - 1, start + 3); k += 1) {
    if (tokens[k]?.text !== ',') continue;
    const words = text.slice(tokens[start]?.start ?? 0, tokens[k - 1]?.end ?? 0).toLowerCase();
    const abbreviated = words.endsWith('.') && US_STATES_ABBREVIATED.has(words.slice(0, -1));
    return PLACES.has(words) || PLACES.has(words.replace(/\.$/, '')) || abbreviated ? k + 1 : start;
  }
  return start;
}

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const ADVERB_IN_LY = /^\p{Lu}\p{Ll}{3,}ly$/u;
const PAST_PARTICIPLE = /^\p{Ll}+ed$/u;
/** A present participle: "supporting", "representing". */
const PRESENT_PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Words in "-ing" that are no participles, or no post-modifiers of a group ("during", "the morning"). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'during',
  'according',
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'building',
  'spring',
  'saying',
]);
/** A regular verb in the past, lowercase ("dismissed", "fired"): a clause's verb, or a noun's plural's ("Many questions remained"). */
export const PAST_TENSE = /^[a-z]{2,}ed$/;

/**
 * The token after a dateline opening the sentence at `start` ("WASHINGTON — ", "ORLANDO, Fla. (Reuters) - "):
 * a word in capitals, then capitalized words, commas and a parenthesized agency up to a dash; `start` when none.
 */
export function pastDateline(tokens: readonly Token[], start: number, limit: number): number {
  // "Washington (AFP) – Democrat Hillary Clinton has ...": a place in title case with its agency in parentheses.
  if (tokens[start]?.cap === true) {
    for (let k = start + 1; k < Math.min(limit, start + 4); k += 1) {
      if (tokens[k]?.text !== '(') continue;
      if (isInCapitals(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' && isDash(tokens[k + 3])) return k + 4;
      break;
    }
  }
  // "New Orleans, April 1 - Ten grain ships ...", "peoria, april 7 - barrow and gilt prices ...": a place in title case
  // or lowercase, then the wire's month and day.
  if (!isInCapitals(tokens[start]?.text ?? '')) return tokens[start]?.word === true ? pastDatedPlace(tokens, start, limit) : start;
  for (let k = start + 1; k < Math.min(limit, start + 12); k += 1) {
    const t = tokens[k];
    if (t === undefined) return start;
    if (isDash(t)) return k + 1;
    // ("ANKARA, March 19 -", "KYIV, May 24 (Reuters) -": the day's number is part of it.)
    if (t.word && !t.cap && !/^\d/.test(t.text)) return start;
  }
  return start;
}

/** The token after "<place>, <month> <day> -" (and perhaps "(Reuters)") opening the sentence at `start`, else `start`. */
function pastDatedPlace(tokens: readonly Token[], start: number, limit: number): number {
  for (let k = start + 1; k < Math.min(limit, start + 6); k += 1) {
    if (tokens[k]?.text !== ',' || !isMonthWord(tokens[k + 1]?.lower ?? '') || !/^\d{1,2}$/.test(tokens[k + 2]?.text ?? '')) continue;
    let dash = k + 3;
    if (tokens[dash]?.text === '(' && tokens[dash + 2]?.text === ')') dash += 3;
    return isDash(tokens[dash]) && dash + 1 < limit ? dash + 1 : start;
  }
  return start;
}

/** Whether a lowercase word is a month or its abbreviation ("april", "feb", "sept."). */
function isMonthWord(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return bare.length >= 3 && MONTHS.some((m) => m.startsWith(bare));
}

/*
 * sentenceSubject's opening phrases are a function of their own, subjectStart, rather than part of one body: TurboFan
 * recompiles a whole function each time a branch it has not run before is taken (a rare opener, a read past the last
 * token), and a cold pass over reuters-21578 recompiled the one body five times; split, such a branch recompiles one step.
 */

/** Words before the first of two adjectives a comma joins ("a long, frank interview", "his final, tearful speech"). */
const OPENS_ADJECTIVES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * Whether tokens[start], after an opening phrase's comma, is the second of two adjectives the comma joins ("a long, frank
 * interview", "a wide-ranging, in-prison interview"): a lowercase word after a determiner's adjective and its comma,
 * before another lowercase word, neither a determiner nor a pronoun.
 */
function listedAdjective(tokens: readonly Token[], start: number, limit: number): boolean {
  const t = tokens[start];
  const before = tokens[start - 2];
  return (
    t !== undefined &&
    before !== undefined &&
    start + 1 < limit &&
    t.word &&
    !t.cap &&
    before.word &&
    !before.cap &&
    tokens[start + 1]?.word === true &&
    tokens[start + 1]?.cap === false &&
    !DETERMINERS.has(t.lower) &&
    !SPEAKER_PRONOUNS.has(t.lower) &&
    OPENS_ADJECTIVES.has(tokens[start - 3]?.lower ?? '')
  );
}

/** Whether a token can open a subject after a focusing adverb: an article or a capitalized word ("even a top GOP strategist"). */
function isSubjectOpening(t: Token | undefined): boolean {
  return t !== undefined && (t.cap || t.lower === 'a' || t.lower === 'an' || t.lower === 'the');
}

/** Where the subject of the sentence at tokens[floor] starts, past a dateline and opening phrases; -1 when an opening phrase has no comma. */
function subjectStart(text: string, tokens: readonly Token[], floor: number, limit: number): number {
  let start = pastDateline(tokens, floor, limit);
  // "But the former president showed restraint and described ...": a conjunction opening the sentence.
  if (/^(?:but|and|yet|so|still)$/i.test(tokens[start]?.text ?? '') && isWord(tokens[start + 1])) start += 1;
  if (/^(?:then|now|later)$/.test(tokens[start]?.text ?? '') && start > floor) start += 1;
  // "Shortly after the merger announcement, the families ... warning": an adverb in -ly opens a phrase too.
  const opener = tokens[start]?.text ?? '';
  // ... and so does a participle ("Continuing to explain his perspective, Carson rejected ...").
  // ("Boreing said ..." is a surname: a participle has lowercase words after it, no cue).
  // ("Reached by POLITICO, Bennett denied ...": a past participle too, with its agent.)
  const participial =
    (isVerbFormOpener(opener, false) || (isVerbFormOpener(opener, true) && tokens[start + 1]?.lower === 'by')) &&
    tokens[start + 1]?.cap === false &&
    cueAt(tokens, start + 1) === undefined;
  // ... or "More recently", "Most importantly".
  const adverb =
    (ADVERB_IN_LY.test(opener) && !NOT_ADVERBS.has(opener.toLowerCase())) ||
    (/^(?:more|most)$/i.test(opener) && /ly$/.test(tokens[start + 1]?.lower ?? ''));
  // ... or "Hours later,", "Two weeks ago,": a time phrase ending in its comma.
  const timePhrase = opensWithTimePhrase(tokens, start);
  if (INTRO.test(opener) || participial || adverb || timePhrase) {
    const phrase = start;
    const k = nextComma(tokens, start, Math.min(limit, start + 25));
    if (k < 0) return -1;
    start = k + 1;
    // "Speaking Sunday on ABC’s “This Week,” Carson admitted": the comma inside a closing quotation mark.
    if (isQuoteMark(tokens[start]) && tokens[start]?.start === tokens[k]?.end) start += 1;
    // "Speaking ... in Salem, New Hampshire, Trump went after Bush": the state after the town is the phrase's too.
    start = pastPlace(text, tokens, start, limit);
    // "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders ...": a second phrase after the place.
    // ("On Thursday, after remaining neutral throughout the primary process, Warren appeared ...": a clause of time too.)
    // ("Instead, throughout the day, Trump simply defended ...": any opener of a phrase, a second time.)
    // ("In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said": a comma between two
    // adjectives of the phrase, its third word; what follows it up to the next comma has no cue of a subject's.)
    if (k === phrase + 3 && listedAdjective(tokens, start, limit)) {
      const next = nextComma(tokens, start, Math.min(limit, start + 16));
      if (next >= 0 && !hasCueIn(tokens, start, next)) start = next + 1;
    }
    if (INTRO.test(tokens[start]?.text ?? '') && tokens[start]?.cap === false) {
      // ("Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked ...": a clause of
      // time may be as long as the opening phrase.)
      const again = nextComma(tokens, start, Math.min(limit, start + 16));
      if (again >= 0) start = again + 1;
    }
  }
  // "Alongside BLM calls for action, even a top GOP strategist said": a focusing adverb before the subject.
  if (FOCUSING_ADVERBS.has(tokens[start]?.lower ?? '') && start + 1 < limit && isSubjectOpening(tokens[start + 1])) start += 1;
  return start;
}

export function sentenceSubject(text: string, tokens: readonly Token[], floor: number, limit: number): LeftSubject | null {
  let start = subjectStart(text, tokens, floor, limit);
  if (start < 0) return null;
  // "Quite a few parents, such as Dina, wrote ...": an adverb before the quantity, no name.
  if (tokens[start]?.lower === 'quite' && (tokens[start + 1]?.lower === 'a' || tokens[start + 1]?.lower === 'an')) start += 1;
  let end = start;
  // "The diocese issued ...": a determiner and its noun.
  if (/^(?:the|a|an)$/i.test(tokens[start]?.text ?? '')) {
    // "The Governor of the Bank of England, Robin Leigh-Pemberton, repeated ...": the name set after the description.
    const named = nameAfterDescription(text, tokens, start, limit);
    if (named !== null) return { mention: named, clauseStart: start };
    end = start + 1;
    // A name after the determiner ("The U.S. State Department"), then up to a common noun that can
    // speak ("The diocese", "A Superior Court of Ontario judge").
    while (end < limit && (tokens[end]?.cap === true || (tokens[end]?.lower === 'of' && tokens[end + 1]?.cap === true))) end += 1;
    const lowerStart = end;
    // ("The Royal College of Nursing’s general secretary", "A military spokesman": a speaker noun before a role noun is
    // part of its compound; not "A foreign ministry statement", whose issuer speaks.)
    while (
      end < Math.min(limit, lowerStart + 3) &&
      tokens[end]?.word === true &&
      tokens[end]?.cap === false &&
      (!isSpeakerNoun(tokens[end - 1]?.lower ?? '') || (end > lowerStart && ROLE_NOUNS.has(tokens[end]?.lower ?? '')))
    )
      end += 1;
    // (Not "The Soviets rejected the offer": a verb after the name ends the subject.)
    if (end > lowerStart && (!isSpeakerNoun(tokens[end - 1]?.lower ?? '') || verbIn(tokens, lowerStart, end))) end = lowerStart;
    // "The former Republican presidential candidate": lowercase and capitalized words up to a speaker noun.
    if (end === start + 1) {
      for (let k = start + 1; k < Math.min(limit, start + 7) && tokens[k]?.word === true; k += 1) {
        if (tokens[k]?.cap === false && isSpeakerNoun(tokens[k]?.lower ?? '')) {
          end = k + 1;
          break;
        }
      }
    }
    // "the district GOP Chairman Chuck Williams": lowercase words, then a name with its title.
    if (end === start + 1 && tokens[start + 1]?.cap === false) {
      let k = start + 1;
      while (k < Math.min(limit, start + 4) && tokens[k]?.word === true && tokens[k]?.cap === false) k += 1;
      let run = k;
      while (run < limit && (isCapitalized(tokens[run]) || (tokens[run]?.lower === 'of' && isCapitalized(tokens[run + 1])))) run += 1;
      // Only a person's name after a title ("Chairman Chuck Williams"): not "The attempt by International Paper Co",
      // "The new Las Vegas ad", "The five leading West German economic research institutes".
      const title = tokens.slice(k, run - 2).findIndex((t) => ROLE_NOUNS.has(t.lower) || isTitle(t.lower));
      // ... or a body's name, the run ending its phrase ("The federal Office of Special Counsel last week determined").
      const body = run > k + 1 && tokens[run]?.cap === false && tokens.slice(k, run).some((t) => t.cap && ORGANIZATION_WORDS.has(t.lower));
      if ((title >= 0 || body) && tokens.slice(start + 1, k).every((t) => !PREPOSITIONS.has(t.lower))) end = run;
    }
    const mention = classifyMention(text, tokens, start, end);
    return mention === null ? null : { mention, clauseStart: start };
  }
  // "About 20 members of the Taiwan parliament criticised ...": an approximate number and its group, no name "About".
  if (APPROXIMATORS.has(tokens[start]?.lower ?? '') && /^\d/.test(tokens[start + 1]?.text ?? '')) {
    const group = quantifiedGroupEnd(tokens, start + 1, limit);
    const mention = group > start + 1 ? classifyMention(text, tokens, start, group) : null;
    return mention === null ? null : { mention, clauseStart: start };
  }
  while (end < limit && (isCapitalized(tokens[end]) || (tokens[end]?.lower === 'of' && isCapitalized(tokens[end + 1])))) end += 1;
  // "Democratic presidential candidate Sen. Bernie Sanders": a role in lowercase between capitalized words is the
  // title of the name after it, not the end of a name "Democratic".
  end = pastLowercaseTitle(tokens, start, end, limit);
  // "Gulf sources believe", "Republican politicians ... speak", "Other Republican candidates": the capitalized words
  // describe unnamed speakers, the plural noun after them.
  end = pastGroupNoun(tokens, start, end, limit);
  if (end === start && /^(?:he|she|they|it|i|we)$/i.test(tokens[start]?.text ?? '')) end = start + 1;
  // "At a meeting Tuesday, some senators vented ... and said": a quantity of a group after the opening phrase.
  if (end === start && QUANTITY_WORDS.has(tokens[start]?.lower ?? '')) end = quantifiedGroupEnd(tokens, start, limit);
  if (end === start) return null;
  // "Some stores have taken a stronger stance, asking ...": a capitalized quantity opening the sentence is the group
  // after it, not a word standing alone.
  if (end === start + 1 && QUANTITY_WORDS.has(tokens[start]?.lower ?? '')) end = quantifiedPhraseEnd(tokens, start, limit);
  // "MIRAMICHI, N.B. — Justin Trudeau ...": a dateline in capitals is not the subject.
  if (end === start + 1 && isInCapitals(tokens[start]?.text ?? '')) return null;
  const mention = classifyMention(text, tokens, start, end);
  return mention === null ? null : { mention, clauseStart: start };
}

/** Words that open a phrase of time between a subject and its cue ("last week", "on Tuesday"). */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early']);

/** The speaker left of a cue, the token index where its clause starts, and the comma-joined role. */
export interface LeftSubject {
  mention: Mention;
  /** First token of the speaker's clause (after a comma, "and", "that" or the sentence start). */
  clauseStart: number;
}

/**
 * Whether the -ing form at tokens[k] follows a form of "be" ("is calling", "were urging", "she’s asking"): a progressive,
 * a finite verb whose subject is before the auxiliary, unlike a participle (", calling ...").
 */
export function isProgressive(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower ?? '';
  return BE_FORMS.has(prev) || PRONOUN_AND_BE.test(prev);
}

/** Whether the cue at `cue` is negated or passive ("did not say", "is noted"): then it attributes nothing. */
export function isNegatedOrPassive(tokens: readonly Token[], cue: number): boolean {
  for (let i = cue - 1; i >= Math.max(0, cue - 3); i -= 1) {
    const w = tokens[i]?.lower ?? '';
    if (w === 'not' || w === "n't" || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
    // "was told" is passive; "is suggesting" is a progressive, active.
    if (BE_FORMS.has(w)) return !(tokens[cue]?.lower ?? '').endsWith('ing');
    if (!isBetween(w)) break;
  }
  return false;
}

/**
 * The day or the place a wire story dates or places a statement by, written between its subject and cue
 * ("Texaco yesterday said", "Her campaign workers here said", "officials there say").
 */
const HERE_AND_NOW = new Set(['today', 'yesterday', 'tonight', 'here', 'there']);

/** Words before the group a relative clause hangs on that are no part of it ("compared with four in 10 who said"). */
const BEFORE_GROUP = new Set(['compared', 'with', 'to', 'among', 'like', 'including', 'versus', 'than']);

/** The group a relative "who" right after it hangs on ("four in 10 who said", "the 30 percent of voters who said"). */
function groupBeforeWho(text: string, tokens: readonly Token[], who: number, floor: number): LeftSubject | null {
  // Back over the noun phrase: "of" and "in" between numbers stay inside it; another preposition, a clause break or a
  // determiner ends it (the determiner kept).
  let start = who;
  while (start > Math.max(floor, who - 7)) {
    const t = tokens[start - 1];
    if (t === undefined || !t.word) break;
    const inside = t.lower === 'of' || (t.lower === 'in' && NUMBER_AFTER_IN.test(tokens[start]?.lower ?? ''));
    if (!inside && (PREPOSITIONS.has(t.lower) || CLAUSE_BREAK.has(t.lower) || BEFORE_GROUP.has(t.lower))) break;
    start -= 1;
    if (DETERMINERS.has(t.lower)) break;
  }
  // The longest phrase that reads as a group or a name, not one opening inside "X of Y" ("a mother of three who",
  // "Those in France who"); else an indefinite description ("a 39-year-old mother of three who"), or the plural
  // before "who" ("The rally drew supporters who").
  for (let from = start; from < who; from += 1) {
    if (from > start && INSIDE_GROUP.has(tokens[from - 1]?.lower ?? '')) continue;
    const mention = classifyMention(text, tokens, from, who);
    if (mention === null) continue;
    const quantified = mention.kind === 'nominal' && QUANTIFIED.test(tokens[from]?.lower ?? '');
    const plural = from === who - 1 && isPeoplePlural(tokens[from]?.lower ?? '', true);
    const described = from === start && mention.kind === 'nominal' && /^(?:a|an)$/.test(tokens[from]?.lower ?? '');
    // A name opens with itself or a determiner: in "she criticized Republicans who said" the verb is no role of theirs.
    const name = mention.kind === 'name' && (tokens[from]?.cap === true || DETERMINERS.has(tokens[from]?.lower ?? ''));
    if (mention.kind === 'anonymous' || name || quantified || plural || described) return { mention, clauseStart: from };
  }
  return null;
}
const INSIDE_GROUP = new Set(['of', 'in']);
const NUMBER_AFTER_IN = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Quantifiers that open a group's noun phrase ("Many Green supporters who said"), unlike "The rally drew supporters". */
const QUANTIFIED = /^(?:many|some|most|several|few|all|both|other|\d+)$/;

/** The relative "who" after a comma that opens the clause ending at tokens[end] ("Guessford, who answered ... and"), or -1. */
function relativeOpening(tokens: readonly Token[], end: number, floor: number): number {
  for (let k = end - 1; k > Math.max(floor, end - 20); k -= 1) {
    const t = tokens[k];
    if (t === undefined || PUNCT_BREAK.has(t.text)) return -1;
    if (t.lower === 'who') return tokens[k - 1]?.text === ',' ? k : -1;
  }
  return -1;
}

function segmentBack(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  // Bounded so that a run of cues with no punctuation ("said said said ...") stays linear.
  const stop = Math.max(floor, end - 45);
  while (i > stop) {
    const t = tokens[i - 1];
    if (t === undefined || PUNCT_BREAK.has(t.text) || stopsSpeakerScan(tokens, i - 1)) break;
    // (Not a name's capitalized "What": "What Works said".)
    if (CLAUSE_BREAK.has(t.lower) && !(t.lower === 'what' && t.cap && tokens[i]?.cap === true)) break;
    // "and" ends a clause unless it joins two capitalized words ("Foreign and Defense Ministries") or two titles ("vice
    // president and treasurer Eugene Rotberg", "chairman and chief executive").
    if (
      (t.lower === 'and' || t.lower === 'but') &&
      !(isCapitalized(tokens[i]) && isCapitalized(tokens[i - 2])) &&
      !titlesJoined(tokens, i - 1, end) &&
      !groupsJoined(tokens, i - 1, end, floor)
    )
      break;
    i -= 1;
  }
  return i;
}

/** A lowercase plural of people: "teachers", "officials", "analysts", "spokespeople". */
function isGroupNoun(token: Token | undefined, opening = false): boolean {
  return token !== undefined && (!token.cap || opening) && isPeoplePlural(token.lower, true);
}

/**
 * Whether the "and" at tokens[and] joins two groups of people that speak together, the segment's last word a group too:
 * "..., teachers and union officials told POLITICO", "..., officials and analysts say, ...".
 */
function groupsJoined(tokens: readonly Token[], and: number, end: number, floor: number): boolean {
  if (tokens[and]?.lower !== 'and' || !isGroupNoun(tokens[and - 1], and - 1 === floor) || !isGroupNoun(tokens[end - 1]) || end - and > 4)
    return false;
  // (A people's or a place's word may open the second: "Chinese officials and Japanese traders told Reuters".)
  for (let i = and + 1; i < end; i += 1) {
    const t = tokens[i];
    if (t?.word !== true || (t.cap && !(i === and + 1 && isPeopleOrPlace(t.text)))) return false;
  }
  // The first group opens the segment: after a comma or dash or at the sentence's start, its modifiers no verb or
  // preposition ("Many local bankers and economists said"; not "... are low cost producers and traders", "with many
  // marchers and spectators").
  for (let i = and - 2; i >= Math.max(floor, and - 5); i -= 1) {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t.text === ',' || isDash(t)) return true;
    if (!t.word || BE_FORMS.has(t.lower) || PREPOSITIONS.has(t.lower) || GROUP_STOPS.has(t.lower)) return false;
    // ("elected officials and ..." but not "The remark worried some analysts and activists, who ...": a verb before it.)
    if (i < and - 2 && !t.cap && /ed$/.test(t.lower)) return false;
    if (i === floor) return true;
  }
  return and - 1 === floor;
}

/** Whether a capitalized word is a people's adjective or a place, or "Western" ("Japanese", "China", "Western"). */
function isPeopleOrPlace(word: string): boolean {
  return isPlaceOrPeople(word) || word === 'Western';
}

/** Words that cannot open or modify the first of two joined groups: clause words, auxiliaries, pronouns. */
const GROUP_STOPS = new Set(['that', 'which', 'who', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'something', 'what', 'and']);

/** The mention from the second of two joined groups on ("money market dealers"), when the whole reads as none. */
function groupAfterAnd(text: string, tokens: readonly Token[], start: number, end: number, floor: number): Mention | null {
  for (let i = start + 1; i < end; i += 1) if (groupsJoined(tokens, i, end, floor)) return classifyMention(text, tokens, i + 1, end);
  return null;
}

/** The mention from the second of two joined titles on, when the whole reads as none. */
function titlesAfterAnd(text: string, tokens: readonly Token[], start: number, end: number): Mention | null {
  for (let i = start + 1; i < end; i += 1) if (titlesJoined(tokens, i, end)) return classifyMention(text, tokens, i + 1, end);
  return null;
}

/**
 * Whether the "and" at tokens[and] joins two titles of the name that ends the segment at `end` ("vice president and
 * treasurer Eugene Rotberg"), not two clauses or two people.
 */
function titlesJoined(tokens: readonly Token[], and: number, end: number): boolean {
  if (tokens[and]?.lower !== 'and' || !ROLE_NOUNS.has(tokens[and - 1]?.lower ?? '')) return false;
  const next = tokens[and + 1];
  if (next === undefined || !(ROLE_NOUNS.has(next.lower) || TITLE_ACRONYMS.has(next.text))) return false;
  for (let i = and + 2; i < end; i += 1) if (tokens[i]?.cap === true) return true;
  return false;
}

/** Auxiliaries and modals that, right after a name, make it a clause's subject ("says Cruz will win"). */
export const FINITE_AFTER_SUBJECT =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|won['’]t|can['’]t|isn['’]t|wasn['’]t)$/;

/** Words that open a relative or subordinate clause, whose verbs are not the segment's own. */
const SUBORDINATE_OPENERS = /^(?:who|whose|which|that|because|since|when|where|as|if|after|before|while|although|though)$/;

/** Whether tokens[a, b) hold an auxiliary outside a relative or subordinate clause: a clause ("said the questioning will start"), not a speaker. */
export function finiteInside(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i += 1) {
    const t = tokens[i];
    if (t === undefined || SUBORDINATE_OPENERS.test(t.lower)) return false;
    // Lowercase only: "Will Rogers", "May" are names.
    if (!t.cap && FINITE_AFTER_SUBJECT.test(t.lower)) return true;
  }
  return false;
}

/**
 * Start of the noun phrase that ends at tokens[end) before a relative "who": a name ("from Labor
 * Secretary Thomas Perez") or a determiner's phrase of up to five words ("from the Mexican
 * president"); `end` when there is none ("praised the plan, who ...").
 */
function antecedentStart(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  while (i > floor && (isCapitalized(tokens[i - 1]) || (tokens[i - 1]?.lower === 'of' && isCapitalized(tokens[i - 2])))) i -= 1;
  // One capitalized word after a preposition is as often a place ("a nurse from Manchester, who ...").
  if (i < end && !DETERMINERS.has(tokens[i - 1]?.lower ?? ''))
    return end - i === 1 && PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') ? end : i;
  for (let k = i - 1; k >= Math.max(floor, end - 6); k -= 1) {
    const t = tokens[k];
    if (t === undefined || !t.word || PREPOSITIONS.has(t.lower) || CLAUSE_BREAK.has(t.lower)) return end;
    if (DETERMINERS.has(t.lower)) return k;
  }
  return end;
}

/**
 * Lowercase words that end a subject's head noun phrase and open what modifies it. Prepositions of
 * place and pronouns opening a relative clause ("people I've spoken with") were tried too: they
 * moved polnear-train cross-validation by 0.1 point, within noise, for a looser rule.
 */
const POST_MODIFIER = new Set(['who', 'whose', 'of']);

/**
 * The noun phrase a post-modifier hangs on, as the speaker: "The state officials whose laws were
 * struck down (say)", "Organizers of the push to boycott the speech (said)", "veterans interviewed
 * at Trump rallies (said)".
 */
function modifiedHead(text: string, tokens: readonly Token[], start: number, end: number): Mention | null {
  for (let i = start + 1; i < end; i += 1) {
    const t = tokens[i];
    if (t === undefined) return null;
    // ("House Republicans supporting the bill (have said)": a present participle after a plural head too.)
    // (After people only, a speaker noun or a party's members, and not after a preposition: "Problems responding to the
    // waves of jobless claims now will affect" and "with fraudsters placing an estimated 1 million calls" are no speakers,
    // their nouns no cues.)
    const head = tokens[i - 1]?.lower ?? '';
    const present =
      PRESENT_PARTICIPLE.test(t.text) &&
      !NOT_PARTICIPLES.has(t.lower) &&
      head.endsWith('s') &&
      !PREPOSITIONS.has(tokens[start]?.lower ?? '') &&
      (PARTY_MEMBERS.has(head) ||
        // (A capitalized word only opening the phrase: "Scientists tracking the spread", not "Bofors marketing head".)
        ((tokens[i - 1]?.cap === false || i - 1 === start) && isSpeakerNoun(head) && !ORGANIZATION_WORDS.has(head)));
    const participle = t.cap === false && (PAST_PARTICIPLE.test(t.text) || present) && tokens[i + 1]?.lower !== 'that';
    if (POST_MODIFIER.has(t.lower) || participle) {
      const mention = classifyMention(text, tokens, start, i);
      // (An unnamed group is known by all of its description: "Western diplomats specialising in Soviet economic affairs",
      // "Democrats trying to regain control of the Senate in November".)
      const group = mention !== null && (mention.kind === 'anonymous' || mention.kind === 'nominal' || PARTY_MEMBERS.has(head));
      if (!present || mention === null || !group) return mention;
      const wholeEnd = tokens[end - 1]?.end ?? mention.end;
      const whole = text.slice(mention.start, wholeEnd);
      return { text: whole, start: mention.start, end: wholeEnd, kind: 'anonymous', name: whole, role: mention.role };
    }
    // "Some delegates at the convention in Philadelphia (said)": a place or a poll after an unnamed group.
    if (GROUP_PLACE.has(t.lower) && i > start + 1) {
      const group = classifyMention(text, tokens, start, i);
      const plural = /s$/.test(tokens[i - 1]?.lower ?? '');
      if (group !== null && (group.kind === 'anonymous' || (group.kind === 'nominal' && plural))) return group;
    }
  }
  return null;
}

/**
 * The end of a name after a lowercase title that follows capitalized words (tokens[start, end)): "Democratic
 * presidential candidate Sen. Bernie Sanders" up to "Sanders"; `end` when no title and name follow.
 */
function pastLowercaseTitle(tokens: readonly Token[], start: number, end: number, limit: number): number {
  if (end === start) return end;
  let j = end;
  let joined = false;
  while (j < Math.min(limit, end + 6) && tokens[j]?.word === true && tokens[j]?.cap === false) {
    const lower = tokens[j]?.lower ?? '';
    // A verb, an article or a preposition makes it a clause ("Bright was director of the Biomedical ...").
    if (BE_FORMS.has(lower) || DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || /ed$/.test(lower)) return end;
    // ... and "and" joins two titles only ("Amazon senior engineer and vice president Tim Bray"): more than three
    // words need it.
    if (lower === 'and') {
      if (j === end || !isSpeakerNoun(tokens[j - 1]?.lower ?? '')) return end;
      joined = true;
    }
    if (j >= end + 3 && !joined) return end;
    j += 1;
  }
  // The title is the last lowercase word, right before the name ("candidate Sen. Bernie Sanders"), or joined by "and" to a
  // capitalized one ("Former prosecutor and New York City Mayor Rudy Giuliani").
  const title = tokens[j - 1]?.lower === 'and' ? tokens[j - 2] : tokens[j - 1];
  if (j === end || !ROLE_NOUNS.has(title?.lower ?? '') || !isCapitalized(tokens[j])) return end;
  while (j < limit && (isCapitalized(tokens[j]) || (tokens[j]?.lower === 'of' && isCapitalized(tokens[j + 1])))) j += 1;
  return j;
}

/**
 * The end of a plural speaker noun right after capitalized words ("Gulf sources", "Other Republican candidates"), or
 * one word later after an adjective of party or nation ("Republican establishment politicians"); `end` when none.
 */
function pastGroupNoun(tokens: readonly Token[], start: number, end: number, limit: number): number {
  if (end === start) return end;
  const adjective = end - start === 1 && /(?:an|ese|ish|ic)$/.test(tokens[start]?.lower ?? '');
  const participle = end - start === 1 && /ed$/.test(tokens[start]?.lower ?? '');
  for (let j = end; j < Math.min(limit, end + (adjective ? 2 : 1)); j += 1) {
    const t = tokens[j];
    if (t === undefined || !t.word || t.cap) return end;
    // ("Published reports in Canada, quoting government sources, said": a participle in capitals before a document.)
    const document = participle && DOCUMENT_NOUNS.has(t.lower);
    const known = ANONYMOUS_HEADS.has(t.lower) || PERSON_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/s$/, '')) || document;
    if (known && /s$/.test(t.lower)) return j + 1;
  }
  return end;
}

/**
 * The name set between commas right after a description that opens the sentence ("The Governor of the Bank of England,
 * Robin Leigh-Pemberton, repeated ...", "The chairman of the Federal Reserve, Paul Volcker, said"), with the description
 * for its role; null when no such name follows.
 */
function nameAfterDescription(text: string, tokens: readonly Token[], start: number, limit: number): Mention | null {
  const comma = nextComma(tokens, start + 1, Math.min(limit, start + 12));
  if (comma < 0 || finiteInside(tokens, start + 1, comma)) return null;
  // (A person's description, a role in it: not "The company, Texaco Inc, filed".)
  let titled = false;
  for (let k = start + 1; k < comma; k += 1) {
    const t = tokens[k];
    if (t === undefined || !isWord(t)) return null;
    titled ||= ROLE_NOUNS.has(t.lower) || isTitle(t.lower);
  }
  if (!titled) return null;
  let close = comma + 1;
  while (close < Math.min(limit, comma + 6) && isCapitalized(tokens[close])) close += 1;
  if (close - comma - 1 < 2 || tokens[close]?.text !== ',') return null;
  const name = classifyMention(text, tokens, comma + 1, close);
  return name === null || name.kind !== 'name' || name.role !== null ? null : withRole(name, roleText(text, tokens, start, comma));
}

/** Prepositions that place an unnamed group ("delegates at the convention", "voters in a poll", "workers from Ohio"). */
const GROUP_PLACE = new Set(['at', 'in', 'from', 'across', 'on']);

/**
 * Whether the segment at tokens[start] follows a phrase that opens the sentence with a participle ("Speaking in Harlem,
 * Clinton, ... accused") and is no known place or abbreviation: then it is the subject after the phrase, not the state
 * of the phrase's town ("Speaking in Columbus, Ohio, Clinton said" keeps its Ohio a place).
 */
function unknownPlaceAfterOpening(tokens: readonly Token[], start: number, floor: number): boolean {
  const opening = tokens[floor];
  const segment = tokens[start];
  if (opening === undefined || segment === undefined || !opening.lower.endsWith('ing') || start - floor > 9) return false;
  for (let i = floor + 1; i < start - 1; i += 1) if (tokens[i]?.text === ',') return false;
  return !PLACES.has(segment.lower) && !segment.text.includes('.');
}

/** Words before a number that make it approximate ("About 20 members", "Nearly 300 workers"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over']);
/** Words that quantify a group of people opening a clause ("some senators", "many Democrats"). */
const QUANTITY_WORDS = new Set(['some', 'many', 'most', 'several', 'both', 'all', 'few', 'other', 'two', 'three', 'four', 'five']);

/** The end of "some senators", "many local officials": up to two words, then a plural of people; `start` when none. */
function quantifiedGroupEnd(tokens: readonly Token[], start: number, limit: number): number {
  for (let k = start + 1; k < Math.min(limit, start + 4); k += 1) {
    const t = tokens[k];
    if (t === undefined || !t.word) return start;
    if (isPeoplePlural(t.lower, false)) return k + 1;
  }
  return start;
}

/** Plurals of people not in "-s". */
const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);
/** Determiners after a partitive "of" ("Some of those women", "Most of the kids"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'those', 'these', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'them']);

/**
 * The end of the group a quantity at tokens[start] opens, "Some stores", "Most cruise lines", "Some of those women":
 * up to three words ending in a plural before a finite verb; `start + 1` (the quantity alone) when there is none.
 */
function quantifiedPhraseEnd(tokens: readonly Token[], start: number, limit: number): number {
  let k = start + 1;
  if (tokens[k]?.lower === 'of') {
    if (!PARTITIVE_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return start + 1;
    if (tokens[k + 1]?.lower === 'them') return k + 2;
    k += 2;
  }
  for (let end = k + 1; end <= Math.min(limit, k + 3); end += 1) {
    const last = tokens[end - 1];
    const next = tokens[end];
    // ("Some say the rules are ...": a verb or an article ends the group before any plural.)
    if (last === undefined || !last.word || FINITE_AFTER_SUBJECT.test(last.lower) || DETERMINERS.has(last.lower)) return start + 1;
    if (cueAt(tokens, end - 1) !== undefined) return start + 1;
    if (
      next !== undefined &&
      !next.cap &&
      FINITE_AFTER_SUBJECT.test(next.lower) &&
      (/[^s]s$/.test(last.lower) || IRREGULAR_PLURALS.has(last.lower))
    )
      return end;
  }
  return start + 1;
}

/** Verbs whose infinitive after them is the subject's own speech ("continues to insist", "went on to say"). */
const GOING_ON = /^(?:continues|continued|continue|continuing)$/;
/** Adjectives after "be" whose infinitive is the subject's speech ("was quick to point out", "is careful to note"). */
const READY_TO = /^(?:quick|careful|eager|keen|right|sure|happy|proud|wise)$/;

/**
 * Where the subject of a cue after a verb or adjective that hands its subject to the infinitive ends: "He continues to
 * insist", "Sanders went on to say", "Technology companies are quick to point out"; `cue` when there is none.
 */
function pastCatenative(tokens: readonly Token[], cue: number, floor: number): number {
  if (tokens[cue - 1]?.lower !== 'to') return cue;
  const before = tokens[cue - 2]?.lower ?? '';
  let end = cue;
  if (GOING_ON.test(before)) end = cue - 2;
  else if (before === 'on' && /^(?:went|goes|go|going)$/.test(tokens[cue - 3]?.lower ?? '')) end = cue - 3;
  else if (READY_TO.test(before) && BE_FORMS.has(tokens[cue - 3]?.lower ?? '')) end = cue - 3;
  return end > floor ? end : cue;
}

/** Conjunctions of a condition, before a cue's subject ("If Reagan rejects ...", "unless the board agrees"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Whether a cue's subject opens a condition ("If Reagan rejects the tax rise, ..."): words supposed, no one's claim. */
export function supposed(tokens: readonly Token[], subject: LeftSubject): boolean {
  return CONDITIONS.has(tokens[subject.clauseStart - 1]?.lower ?? '');
}

/** An article alone, which names no one. */
const ARTICLE = /^(?:a|an|the)$/i;
/** A pronoun and its "is" in one word, opening a phrase ("That’s another source", "It's a shame"). */
const PRONOUN_IS = /^(?:that|it|there|here|what|this)['’]s\s+(?!(?:why|how|because|when|where|what)\s)/i;

/**
 * The speaker of a cue at tokens[cue], read leftwards: the subject of its clause, skipping
 * adverbs ("later"), participial asides ("Blinken, speaking in Kyiv last week, told") and taking
 * an appositive role ("Putin's spokesman, Dmitry Peskov, ... said").
 */
export function leftSubject(text: string, tokens: readonly Token[], cue: number, floor: number): LeftSubject | null {
  // "..., and Sanders, who says ...": the name joined by "and" right before ", who" speaks, not an earlier
  // comma-separated segment (but "Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who ..." is Laschet).
  if (tokens[cue - 1]?.lower === 'who' && tokens[cue - 2]?.text === ',' && tokens[cue - 3]?.cap === true) {
    const named = relativeAntecedent(text, tokens, cue, floor);
    const joined = named !== null && /^(?:and|but)$/.test(tokens[named.clauseStart - 1]?.lower ?? '');
    if (named !== null && joined && named.mention.kind === 'name') return named;
  }
  // "four in 10 who said", "the 30 percent of voters who said": the group right before "who".
  if (tokens[cue - 1]?.lower === 'who' && tokens[cue - 2]?.word === true && cue - 2 > floor) {
    const group = groupBeforeWho(text, tokens, cue - 1, floor);
    if (group !== null) return group;
  }
  const found = clauseSubject(text, tokens, cue, floor) ?? relativeAntecedent(text, tokens, cue, floor);
  // "The Association of Flight Attendants, which represents employees of United, Alaska, Frontier and 17 other
  // airlines, says": a relative clause with commas of its own is an aside, its antecedent the subject, when what was
  // read lies inside it, in the middle of a segment ("Vincent Munster, one of the authors, who collaborated with ...,
  // said" is Munster; "..., which makes up 6.5% of GDP, Brad Dean, CEO of Discover Puerto Rico, told" is Dean).
  const relative = tokens[cue - 1]?.text === ',' ? relativeAsideComma(tokens, cue - 1, floor) : -1;
  // ("Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised": the last of a list of
  // names after commas is inside the aside too.)
  const inside =
    relative > floor &&
    (found === null ||
      (found.mention.start > (tokens[relative]?.start ?? Infinity) &&
        (tokens[found.clauseStart - 1]?.text !== ',' || endsList(tokens, found.clauseStart - 1))));
  const subject = (inside && commaBetween(tokens, relative + 1, cue - 1) ? clauseSubject(text, tokens, relative, floor) : null) ?? found;
  // "A leaked Pentagon draft memo says": the article alone is left of a participle read as a verb, and is no one.
  if (subject !== null && subject.mention.kind === 'name' && ARTICLE.test(subject.mention.text)) return null;
  // "That’s another source of cash, says Rita Cheng": a pronoun and its "is" open a clause, no one's name in "'s".
  if (subject !== null && PRONOUN_IS.test(subject.mention.text)) return null;
  // "Crystal Wolfrum, a paralegal in Minot, North Dakota, who says": the name the relative clause's description is of.
  if (subject !== null && tokens[cue - 1]?.lower === 'who' && tokens[cue - 2]?.text === ',')
    return describedAntecedentName(text, tokens, subject.clauseStart, floor, subject.mention) ?? subject;
  if (subject === null) return null;
  // ("..., with one of her ads asking, “...”": the absolute phrase's noun speaks, not "with" and it.)
  if (tokens[subject.clauseStart]?.lower === 'with' && tokens[subject.clauseStart - 1]?.text === ',') {
    const mention = classifyMention(text, tokens, subject.clauseStart + 1, tokenAt(tokens, subject.mention.end));
    return mention === null ? null : { mention, clauseStart: subject.clauseStart + 1 };
  }
  // "how they, like the new people called Mom and Dad, now belonged to her": a phrase of comparison is no subject.
  if (COMPARISONS.test(subject.mention.text)) return null;
  // "In Zimbabwe’s capital Harare, deliveries reached 200 a day, said ...": nor the place a phrase opening the sentence
  // names, a lowercase clause after it (but "In last year's budget Hu said" is Hu's, "During today's hearing Paul Gonson, a
  // Washington lawyer, told" Gonson's, and "Of Carson, Levine, who has given money to Marco Rubio, said" Levine's).
  if (tokens[cue - 1]?.text === ',' && placeOpening(tokens, subject)) return null;
  // "Nathan Peart, a recruiter at Major, Lindsey & Africa, said": a firm whose name has a comma of its own ends the
  // description of the person named before it.
  const employer = tokens[cue - 1]?.text === ',' ? describedBeforeEmployer(text, tokens, subject, floor) : null;
  if (employer !== null) return employer;
  return withNickname(text, tokens, withCoordinatedModifier(text, tokens, subject, floor) ?? subject, floor);
}

/** Whether the subject read is one word after a preposition opening the sentence, a lowercase clause after its comma. */
function placeOpening(tokens: readonly Token[], subject: LeftSubject): boolean {
  const opener = tokens[subject.clauseStart];
  if (opener?.cap !== true || !PREPOSITIONS.has(opener.lower) || subject.mention.start !== opener.start) return false;
  const k = tokenAt(tokens, subject.mention.end);
  const next = tokens[k + 1];
  return !subject.mention.name.includes(' ') && tokens[k]?.text === ',' && next?.cap === false && next.lower !== 'who';
}

/**
 * A comparison opening a noun phrase ("like the new people", "unlike its rivals"); not "like" before a name, which is
 * "as" ("like Ms. Goldstein pointed out, ...").
 */
const COMPARISONS = /^(?:like|unlike)\s+(?:the|a|an|its|his|her|their|other|many|some)\s/i;

/**
 * 'Phillips chairman C.J. "Pete" Silas said': the given names before the quoted nickname join the surname the scan
 * stopped at ("C.J. Silas"), the nickname left out of the name.
 */
function withNickname(text: string, tokens: readonly Token[], subject: LeftSubject, floor: number): LeftSubject {
  const m = subject.mention;
  if (m.kind !== 'name' || m.name.includes(' ')) return subject;
  let s = subject.clauseStart;
  while (s < tokens.length && (tokens[s]?.start ?? Infinity) < m.end && tokens[s]?.text !== m.name) s += 1;
  const g = nicknamedNameStart(tokens, s);
  const givenEnd = tokens[s - 4];
  const given = tokens[g];
  if (g < floor || given === undefined || givenEnd === undefined) return subject;
  const name = `${text.slice(given.start, givenEnd.end)} ${m.name}`;
  return {
    mention: { text: text.slice(given.start, m.end), start: given.start, end: m.end, kind: m.kind, name, role: m.role },
    clauseStart: Math.min(subject.clauseStart, g),
  };
}

/**
 * Modifiers joined by "and" or "or" before a group's noun ("current and former officials", "past or present staff"); any
 * lowercase one before unnamed sources after a comma ("..., military and diplomatic sources said").
 */
const COORDINATED_MODIFIERS: ReadonlySet<string> = new Set(['current', 'former', 'past', 'present', 'active', 'retired', 'senior']);

/**
 * "..., current and former officials said": the subject with the modifier "and" joins to it, which the clause's start
 * (after "and") cut off; null when there is none.
 */
function withCoordinatedModifier(text: string, tokens: readonly Token[], subject: LeftSubject, floor: number): LeftSubject | null {
  const start = subject.clauseStart;
  const joiner = tokens[start - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'or') || start - 2 < floor) return null;
  // ("..., military and diplomatic sources said": any lowercase modifier of unnamed sources, right after a comma.)
  const modifier = tokens[start - 2];
  const ofSources =
    subject.mention.kind === 'anonymous' &&
    tokens[start - 3]?.text === ',' &&
    modifier?.word === true &&
    modifier.cap === false &&
    // (Not a verb: "..., loading stopped and officials said".)
    !modifier.lower.endsWith('ed');
  // ("..., Thai and foreign bankers said": a people's adjective before the plural of unnamed speakers.)
  const ofPeople =
    tokens[start - 3]?.text === ',' &&
    COUNTRY_OF_DEMONYM.has(modifier?.text ?? '') &&
    (subject.mention.kind === 'anonymous' || subject.mention.kind === 'nominal') &&
    isPeoplePlural(subject.mention.text.slice(subject.mention.text.lastIndexOf(' ') + 1).toLowerCase(), true);
  if (!COORDINATED_MODIFIERS.has(modifier?.lower ?? '') && !ofSources && !ofPeople) return null;
  if (tokens[start]?.start !== subject.mention.start) return null;
  let end = start;
  while (end < tokens.length && (tokens[end]?.end ?? Infinity) < subject.mention.end) end += 1;
  const mention = classifyMention(text, tokens, start - 2, end + 1);
  return mention === null ? null : { mention, clauseStart: start - 2 };
}

/**
 * Whether the comma at tokens[comma] follows an item of a list of names ("in Iran, Turkey and France"): one capitalized
 * word after a preposition or another comma.
 */
function endsList(tokens: readonly Token[], comma: number): boolean {
  const before = tokens[comma - 2];
  return tokens[comma - 1]?.cap === true && before !== undefined && (before.text === ',' || PREPOSITIONS.has(before.lower));
}

/**
 * The comma before ", which" or ", who" that opens a relative clause ending at the comma at `close` (within 40 tokens, in
 * its sentence), or -1.
 */
function relativeAsideComma(tokens: readonly Token[], close: number, floor: number): number {
  for (let i = close - 2; i > Math.max(floor, close - 40); i -= 1) {
    const t = tokens[i];
    if (t === undefined || t.text === '.' || t.text === ';' || isQuoteMark(t)) return -1;
    if ((t.lower === 'which' || t.lower === 'who') && tokens[i - 1]?.text === ',') return i - 1;
  }
  return -1;
}

/**
 * "help from Labor Secretary Thomas Perez, who said ...", "a lecture from the Mexican president, who
 * said ...": the noun phrase just before ", who", when the comma-separated segments name nobody; with `relative`
 * "which", the document or body before ", which" ("the Associated Press report, which notes, “...”").
 */
export function relativeAntecedent(
  text: string,
  tokens: readonly Token[],
  cue: number,
  floor: number,
  relative = 'who',
): LeftSubject | null {
  let who = cue - 1;
  while (who > floor && tokens[who]?.lower !== relative && isBetween(tokens[who]?.lower ?? '')) who -= 1;
  if (tokens[who]?.lower !== relative || tokens[who - 1]?.text !== ',' || who - 1 <= floor) return null;
  const end = pastAgeAndPlace(tokens, who - 1, floor);
  const start = antecedentStart(tokens, end, floor);
  const mention = start < end ? classifyMention(text, tokens, start, end) : null;
  return mention === null ? null : { mention, clauseStart: start };
}

/**
 * "Nicky Driscoll, 24, from Manchester, who said": back over an age and a place of origin set off by commas before
 * ", who", to the comma after the name; `comma` (the comma before "who") when neither is there.
 */
function pastAgeAndPlace(tokens: readonly Token[], comma: number, floor: number): number {
  let end = comma;
  // "from Manchester", "of Laconia, N.H.": a preposition of origin and capitalized words.
  let k = end;
  while (k > floor && (isCapitalized(tokens[k - 1]) || tokens[k - 1]?.text === ',') && end - k < 5) k -= 1;
  if (k < end && /^(?:from|of)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',') end = k - 2;
  // "24": an age.
  if (/^\d{1,3}$/.test(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.text === ',') end -= 2;
  return end > floor + 1 ? end : comma;
}

/** Words that tie a description to where someone works ("a recruiter at Major", "a partner of Simpson"). */
const EMPLOYER_LINKS = new Set(['at', 'of', 'for', 'with']);

/**
 * The person named before "a recruiter at Major, Lindsey & Africa,": when the name read ends a description ("a" or
 * "an", a link to a capitalized word) after a comma, the name before that description; else null.
 */
function describedBeforeEmployer(text: string, tokens: readonly Token[], subject: LeftSubject, floor: number): LeftSubject | null {
  const comma = subject.clauseStart - 1;
  if (subject.mention.kind !== 'name' || tokens[comma]?.text !== ',' || comma <= floor) return null;
  let start = comma - 1;
  while (start > floor + 1 && comma - start < 8 && tokens[start - 1]?.text !== ',') start -= 1;
  const link = tokens[comma - 2];
  if (
    start >= comma - 3 ||
    !/^(?:a|an)$/i.test(tokens[start]?.text ?? '') ||
    !tokens[comma - 1]?.cap ||
    !EMPLOYER_LINKS.has(link?.lower ?? '')
  )
    return null;
  const prior = mentionBeforeComma(text, tokens, start, floor);
  return prior !== null && isNamedNotPlace(prior.mention) ? prior : null;
}

/**
 * "Crystal Wolfrum, a paralegal in Minot, North Dakota, who says ...": the name an appositive describes, when the words
 * before ", who" are only that description and its place; null when they are something else.
 */
function describedAntecedentName(
  text: string,
  tokens: readonly Token[],
  start: number,
  floor: number,
  mention: Mention,
): LeftSubject | null {
  let segment = start;
  let found = mention;
  // Back over a place ("North Dakota") and one description of a person ("a paralegal in Minot"), each after a comma.
  for (let hop = 0; hop < 2; hop += 1) {
    const place = found.kind === 'name' && PLACES.has(found.name.toLowerCase());
    const described = found.kind === 'anonymous' && /^(?:a|an)\s/i.test(found.text);
    if (!place && !described) return hop === 0 ? null : { mention: found, clauseStart: segment };
    const prior = mentionBeforeComma(text, tokens, segment, floor);
    if (prior === null) return null;
    segment = prior.clauseStart;
    found = prior.mention;
  }
  return isNamedNotPlace(found) ? { mention: found, clauseStart: segment } : null;
}

/** The mention that ends at the comma before tokens[segment] ("Crystal Wolfrum" of "Crystal Wolfrum, a paralegal"), or null. */
function mentionBeforeComma(text: string, tokens: readonly Token[], segment: number, floor: number): LeftSubject | null {
  if (tokens[segment - 1]?.text !== ',' || segment - 1 <= floor) return null;
  const before = antecedentStart(tokens, segment - 1, floor);
  const mention = before < segment - 1 ? classifyMention(text, tokens, before, segment - 1) : null;
  return mention === null ? null : { mention, clauseStart: before };
}

/** Whether a mention is a name, and not a place's ("North Dakota"). */
function isNamedNotPlace(m: Mention): boolean {
  return m.kind === 'name' && !PLACES.has(m.name.toLowerCase());
}

/**
 * "Saturday at the state's party convention Sen. Elizabeth Warren said": where a phrase of time or place opens the
 * clause, the titled name that ends it is the subject, not the phrase with it (which kept no name at all when it held
 * other capitals). Returns where that name starts, else `start`.
 */
function titledNameAfterPhrase(tokens: readonly Token[], start: number, end: number): number {
  let i = end;
  while (i > start && isCapitalized(tokens[i - 1])) i -= 1;
  const title = tokens[i];
  if (i <= start || end - i < 2 || title === undefined || !isTitle(title.lower)) return start;
  const opener = tokens[start]?.lower ?? '';
  const phrase = PREPOSITIONS.has(opener) || (CALENDAR_WORDS.has(opener) && PREPOSITIONS.has(tokens[start + 1]?.lower ?? ''));
  return phrase && tokens[i - 1]?.cap === false && !ROLE_NOUNS.has(tokens[i - 1]?.lower ?? '') ? i : start;
}

/**
 * Whether three words are "at the time", "at one point" or "in the past": compared word by word, not joined for a regex,
 * which built a string every time a clause was read (0.3% of a parse on Reuters).
 */
function isTimeAside(a: string | undefined, b: string | undefined, c: string | undefined): boolean {
  return (a === 'at' && ((b === 'the' && c === 'time') || (b === 'one' && c === 'point'))) || (a === 'in' && b === 'the' && c === 'past');
}

function clauseSubject(text: string, tokens: readonly Token[], cue: number, floor: number): LeftSubject | null {
  let end = pastCatenative(tokens, cue, floor);
  // "Peskov later said"; but "Ms. May said" keeps its May.
  end = pastBetween(tokens, end, floor);
  // "Pennzoil today said", "The Greek statement today said", "workers here said": wire copy's day or place between
  // the subject and its cue (not "The forecast for today said": there the day is the subject's own).
  if (
    end - 1 > floor &&
    tokens[end - 1]?.cap === false &&
    HERE_AND_NOW.has(tokens[end - 1]?.lower ?? '') &&
    !PREPOSITIONS.has(tokens[end - 2]?.lower ?? '')
  ) {
    end -= 1;
    end = pastBetween(tokens, end, floor);
  }
  // "Feinstein last week said", "Grassley on Wednesday said": a phrase of time between the name and the cue.
  // "Spicer on Thursday evening said": the part of the day after the day.
  if (end - 3 > floor && DAY_PARTS.has(tokens[end - 1]?.lower ?? '') && TIME_NOUNS.has(tokens[end - 2]?.lower ?? '')) end -= 1;
  if (end - 2 > floor && TIME_OPENERS.has(tokens[end - 2]?.lower ?? '') && TIME_NOUNS.has(tokens[end - 1]?.lower ?? '')) {
    end -= 2;
    end = pastBetween(tokens, end, floor);
  }
  // "Proponents of the new bill, however, say", "Cement makers, for instance, argue": a connective between commas.
  const aside = beforeAsideConnective(tokens, end);
  if (aside > floor) end = aside;
  // "Trump at the time said", "Cruz at one point said", "Gore’s close friends and allies have in the past said".
  if (end - 3 > floor && isTimeAside(tokens[end - 3]?.lower, tokens[end - 2]?.lower, tokens[end - 1]?.lower)) {
    end -= 3;
    end = pastBetween(tokens, end, floor);
  }
  // "he was quoted as saying".
  if (
    tokens[end - 1]?.lower === 'as' &&
    tokens[end - 2]?.lower === 'quoted' &&
    /^(?:was|is|were|been|being)$/.test(tokens[end - 3]?.lower ?? '')
  )
    end -= 3;
  // "Sen. Marco Rubio (R-Fla.) said", "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says": a parenthetical
  // between the name and the cue.
  end = beforeParenthetical(tokens, end, floor);
  // "The Supreme Court justice -- who has been in a scuffle with the nominee -- said": an aside between dashes.
  if (isDash(tokens[end - 1]) && end - 1 > floor) {
    const open = asideOpening(tokens, end - 1, floor);
    if (open > floor) end = open;
  }
  if (end <= floor) return null;
  // "many Green supporters who said ...": the speaker is the noun phrase the relative clause hangs on.
  if (tokens[end - 1]?.lower === 'who' && end - 1 > floor) return groupBeforeWho(text, tokens, end - 1, floor);
  // "Mr. Manafort, citing “the unique magic of Trump,” said": the comma inside a quotation closes an aside too.
  end = quotedAsideEnd(tokens, end, floor);
  if (tokens[end - 1]?.text !== ',') {
    const start = segmentBack(tokens, end, floor);
    // "Goog's Pub and Grub in Holland, Michigan wrote": a state after "in <Town>," places the subject before "in".
    const placed = subjectBeforeTownAndState(text, tokens, start, end, floor);
    if (placed !== null) return placed;
    // "... praised China's support and said ...": the speaker is the subject of the first verb.
    // Its clause is the whole sentence: what precedes the subject ("Rallying workers, Clinton ... and promised") is no content.
    if (start === end && (tokens[end - 1]?.lower === 'and' || tokens[end - 1]?.lower === 'but')) {
      // "Tom told Annette Guessford, who answered her door and said ...": the verbs share the relative's antecedent.
      const who = relativeOpening(tokens, end - 1, floor);
      if (who > floor) {
        const antecedent = relativeAntecedent(text, tokens, who + 1, floor);
        if (antecedent !== null) return { mention: antecedent.mention, clauseStart: floor };
      }
      // "..., and when Rubio thanked Miami and said ...": the subject of the clause the verbs share, not of the sentence.
      const clause = subordinateClauseStart(tokens, floor, end - 1);
      const subject =
        (clause > floor ? sentenceSubject(text, tokens, clause, end - 1) : null) ?? sentenceSubject(text, tokens, floor, end - 1);
      return subject === null ? null : { mention: subject.mention, clauseStart: floor };
    }
    // The titled name after a phrase mostly starts the clause itself: then one reading of the clause serves both.
    const titled = titledNameAfterPhrase(tokens, start, end);
    const mention =
      namedBeforePhrase(text, tokens, start, end) ??
      classifyMention(text, tokens, titled, end) ??
      (titled === start ? null : classifyMention(text, tokens, start, end)) ??
      // ("Diagnostic Products Corp president and chief executive officer Sigi Ziering": the titles after the "and".)
      titlesAfterAnd(text, tokens, start, end) ??
      // ("Central bank officials and money market dealers said": the group after the "and", when the whole reads as none.)
      groupAfterAnd(text, tokens, start, end, floor) ??
      modifiedHead(text, tokens, start, end) ??
      // "In September she said", "On Tuesday he said": a phrase of time before the pronoun.
      (end - 1 > start && SPEAKER_PRONOUNS.has(tokens[end - 1]?.lower ?? '') ? classifyMention(text, tokens, end - 1, end) : null);
    if (mention === null) return null;
    // (Not "Mr. Modly, the officials said, was ...": there the description speaks, of the name.)
    const aside = tokens[cue + 1]?.text === ',';
    return (aside ? null : appositiveName(text, tokens, mention, start, end, floor)) ?? { mention, clauseStart: start };
  }
  // Comma-separated segments, nearest first: skip asides ("responding to ...", "who has ...") and
  // descriptions ("the board's chair", "principal researcher at Dixon Hall"), take the first name.
  let segEnd = end - 1;
  let description: { start: number; end: number } | null = null;
  for (let guard = 0; guard < 5 && segEnd > floor; guard += 1) {
    // "Rep. Carolyn Maloney (D-N.Y.), who helps oversee the census, says": the segment before its parenthetical.
    segEnd = beforeParenthetical(tokens, segEnd, floor);
    const commaStart = commaSegmentBack(tokens, segEnd, floor);
    const first = tokens[commaStart];
    if (first === undefined || commaStart >= segEnd) break;
    const modifier = MODIFIER_START.test(first.text);
    // A title ("Chief Market Strategist at FXTM") or a place ("Antigonish, N.S.") after a comma describes the name before it.
    const place =
      segEnd - commaStart === 1 &&
      isCapitalized(tokens[commaStart - 2]) &&
      // ("However, Petrilli, who lives in Ohio, said": a connective opening the sentence is no name a place describes.)
      !(commaStart - 2 === floor && isOpeningConnective(tokens[commaStart - 2])) &&
      INITIALS_OR_NAME.test(first.text) &&
      !/^(?:he|she|they)$/i.test(tokens[segEnd + 1]?.text ?? '') &&
      // ("Speaking in Harlem, Clinton, without naming him, also accused": after an opening participle's place, a name that
      // is no known place is the subject, not the place's state.)
      !unknownPlaceAfterOpening(tokens, commaStart, floor);
    // "a salesman from Sumter, South Carolina,": a state or country after "from <Town>" is still the place.
    const cityState =
      segEnd - commaStart <= 3 &&
      isCapitalized(tokens[commaStart - 2]) &&
      // ... but "In July, Sammy Aaron, ...": a month is no town.
      !CALENDAR_WORDS.has(tokens[commaStart - 2]?.lower ?? '') &&
      /^(?:from|in|of|near)$/.test(tokens[commaStart - 3]?.lower ?? '') &&
      tokens.slice(commaStart, segEnd).every((t) => isCapitalized(t)) &&
      // ("A newly formed credit rating agency based in London, EuroRatings Ltd, said": a legal form ends a company's name.)
      !isLegalForm(tokens[segEnd - 1]) &&
      !unknownPlaceAfterOpening(tokens, commaStart, floor);
    // "Rep. Jason Chaffetz, R-Utah,": a US party and state tag describes the name before it.
    const partyTag = /^[RDI]-[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?$/u.test(
      text.slice(first.start, tokens[segEnd - 1]?.end ?? first.end),
    );
    // "Canada's ambassador to China": a role noun early in the segment makes it a description.
    // (Not "Dr Klaus Goekmann": a courtesy title written without its period, as British copy does, opens a name.)
    // (Nor "Gov. Greg Abbott": a title written with its period before a capitalized name.)
    const titled =
      (COURTESY_TITLES.has(first.text.toLowerCase()) || (first.text.endsWith('.') && isTitle(first.lower))) &&
      first.cap &&
      segEnd - commaStart >= 2 &&
      allCapitalized(tokens, commaStart + 1, segEnd);
    const roleEarly = !titled && tokens.slice(commaStart, Math.min(segEnd, commaStart + 4)).some((t) => ROLE_NOUNS.has(t.lower));
    // "Royal Bank of Canada, Canada's largest bank, said": a possessive name and a body's noun describe the name before.
    const bodyOfPossessor = !titled && possessedBody(tokens, commaStart, segEnd);
    // "Marco Rubio, whose hometown, Miami, is projected ...": a name in apposition to the noun of a "whose" segment.
    const ofWhose = tokens[commaStart - 1]?.text === ',' && tokens[commaSegmentBack(tokens, commaStart - 1, floor)]?.lower === 'whose';
    // "The White House contends that ..., and Brian Deese, the White House climate change adviser, said": a second
    // clause's subject after its "and", where the segment before is a clause with a verb of its own (not a list of
    // names: "William Schreyer, chairman, and Daniel Tully, president, said").
    const joined =
      (first.lower === 'and' || first.lower === 'but') &&
      isCapitalized(tokens[commaStart + 1]) &&
      clauseBeforeComma(tokens, commaStart - 1, floor);
    // "..., the Council of the Islamic Waqf, the religious body that controls the site, said": a body's name with its "the"
    // before a description is the name described, no description itself.
    const namedWithThe = first.lower === 'the' && description !== null && properAfterThe(tokens, commaStart + 1, segEnd);
    const described =
      !modifier &&
      !joined &&
      !namedWithThe &&
      (ofWhose ||
        // "Representative Michele Bachmann, Republican of Minnesota,": the Times' party and state tag.
        (PARTY_MEMBERS.has(first.lower) && tokens[commaStart + 1]?.lower === 'of') ||
        DESCRIPTION_START.has(first.lower) ||
        !isCapitalized(first) ||
        (ROLE_NOUNS.has(first.lower) && !titled) ||
        place ||
        (cityState && !titled) ||
        partyTag ||
        roleEarly ||
        bodyOfPossessor);
    if ((modifier || described) && tokens[commaStart - 1]?.text === ',') {
      // "..., but it is under intense pressure from imports, said ...": a segment with its own verb is a clause, not an aside.
      if (described && finiteInside(tokens, commaStart, segEnd) && !relativeBefore(tokens, floor, commaStart)) break;
      // (A place is where the speaker is, no description of a name: "a woman in Worcester, Massachusetts, told".)
      // "..., a spokesman for Suiker Unie, the largest sugar processor in the Netherlands, told Reuters": an unnamed
      // speaker's own description before the one of its body speaks (a name would come before it).
      // (Not after a name: "John Smith, a spokesman for Suiker Unie, the largest processor, said" is Smith.)
      if (
        described &&
        description !== null &&
        unnamedSpeakerOpens(tokens, commaStart, segEnd) &&
        // ("a spokeswoman for France's largest farm union, the FNSEA, said": the body's own name after it names it.)
        !allCapitalized(tokens, description.start + 1, description.end) &&
        clauseBeforeComma(tokens, commaStart - 1, floor)
      ) {
        const speaker = classifyMention(text, tokens, commaStart, segEnd);
        if (speaker !== null) return { mention: speaker, clauseStart: commaStart };
      }
      if (described && description === null && !cityState && !place) description = { start: commaStart, end: segEnd };
      segEnd = commaStart - 1;
      continue;
    }
    const segStart = segmentBack(tokens, segEnd, floor);
    const mention = classifyMention(text, tokens, segStart, segEnd);
    if (mention === null) break;
    // ("In Terre Haute, called the “Crossroads of America” by the citizens, ...": a phrase of place speaks no words.)
    if (PREPOSITIONS.has(mention.name.split(/\s/, 1)[0]?.toLowerCase() ?? '')) break;
    if (mention.kind === 'nominal' && description !== null) break;
    const role = description === null ? null : roleText(text, tokens, description.start, description.end);
    // "Putin's spokesman, Dmitry Peskov, said": the segment before a name is its role.
    if (mention.kind === 'name' && role === null && tokens[segStart - 1]?.text === ',') {
      const roleStart = segmentBack(tokens, segStart - 1, floor);
      const before = classifyMention(text, tokens, roleStart, segStart - 1);
      if (before !== null && before.kind === 'nominal' && before.role !== null)
        return { mention: withRole(mention, before.role), clauseStart: roleStart };
      // "Its chief executive, Stephen Taylor, said": an unnamed role before the name is its role too.
      // ... and "its ambassador to Kuwait, Ernest Zverev, said": a role whose preposition governs the name in it.
      // ... and "her sister, Jean Sinofsky, told": a relation.
      const ofName = before !== null && before.kind === 'name' && /\b(?:to|of|for|at|in)$/.test(before.role ?? '');
      const words = tokens.slice(roleStart, segStart - 1);
      if (
        before !== null &&
        (((before.kind === 'anonymous' || ofName) && words.some((t) => ROLE_NOUNS.has(t.lower))) ||
          (before.kind === 'nominal' && words.length <= 3 && words.some((t) => GENDERED_NOUNS.has(t.lower))))
      )
        return { mention: withRole(mention, roleText(text, tokens, roleStart, segStart - 1)), clauseStart: roleStart };
    }
    return { mention: withRole(mention, mention.role ?? role), clauseStart: segStart };
  }
  // No name before a description: the description itself is the speaker ("the ministry, which ..., said").
  if (description !== null) {
    const mention = classifyMention(text, tokens, description.start, description.end);
    if (mention !== null) return { mention, clauseStart: description.start };
  }
  return null;
}

/** Prepositions of the occasion or channel set between a speaker and the cue ("Trump in his announcement speech called"). */
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);

/**
 * "Trump in his announcement speech (called)", "Smith on Twitter (wrote)": a name or pronoun, then a phrase of
 * occasion or channel of at most seven words without a verb, up to the cue; the name alone speaks. Null otherwise (and
 * for groups: "Officials in Washington" keeps its place).
 */
function namedBeforePhrase(text: string, tokens: readonly Token[], start: number, end: number): Mention | null {
  // ("Six in 10 say": a share, not a name.)
  const first = tokens[start]?.lower ?? '';
  if (UNNAMED_DETERMINERS.has(first) || /^\d/.test(first)) return null;
  for (let p = start + 1; p < Math.min(end - 1, start + 6); p += 1) {
    if (!OCCASION_PREPOSITIONS.has(tokens[p]?.lower ?? '')) continue;
    // ("Presidential Commission on Good Government": a capital after the preposition continues the name.)
    if (end - p > 8 || tokens[p + 1]?.cap !== false || finiteInside(tokens, p, end)) return null;
    for (let i = p + 1; i < end; i += 1) if (cueAt(tokens, i) !== undefined) return null;
    const mention = classifyMention(text, tokens, start, p);
    if (mention === null || mention.kind === 'pronoun') return mention;
    // One capitalized word opening its sentence may be any noun ("Dealers in all centres said"): two words, or one
    // inside the sentence ("when Trump in his announcement speech called").
    const opensSentence = start === 0 || /^[.!?;:"“”]$/.test(tokens[start - 1]?.text ?? '');
    return mention.kind === 'name' && (p - start >= 2 || !opensSentence) ? mention : null;
  }
  return null;
}

/** Whether tokens[from, to) open with "a" or "an" and a role within three words ("a spokesman for", "an official at"). */
function unnamedSpeakerOpens(tokens: readonly Token[], from: number, to: number): boolean {
  if (!/^(?:a|an)$/.test(tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i < Math.min(to, from + 4); i += 1) if (ROLE_NOUNS.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

/**
 * Whether the comma-delimited segment that ends at the comma tokens[comma] is a clause of its own: an auxiliary or a
 * cue outside relative clauses ("The White House contends that ..., and Brian Deese, ..."), not a name or description.
 */
function clauseBeforeComma(tokens: readonly Token[], comma: number, floor: number): boolean {
  const from = Math.max(floor, commaSegmentBack(tokens, comma, floor));
  if (finiteInside(tokens, from, comma)) return true;
  for (let i = from; i < comma; i += 1) if (cueAt(tokens, i) !== undefined && !relativeBefore(tokens, from, i)) return true;
  return false;
}

/**
 * "Doug Vaughn, an original member of the Sultans — driving a 1952 Chevrolet — said": a description
 * (a/an/the ..., or a role's noun) set after a name that opens the clause is that name's role; the name speaks.
 */
function appositiveName(
  text: string,
  tokens: readonly Token[],
  description: Mention,
  start: number,
  end: number,
  floor: number,
): LeftSubject | null {
  // (Roles joined by "and" too, opening with a role's noun: "Robert Bretz, chairman of the NAPM's business survey
  // committee and director of materials management at Pitney Bowes Inc said", read from its "and" as the company.)
  const from = tokens[start - 1]?.lower === 'and' && !finiteInside(tokens, start, end) ? commaSegmentBack(tokens, start - 1, floor) : start;
  const role = tokens[from]?.cap === false && ROLE_NOUNS.has(tokens[from]?.lower ?? '');
  if ((description.kind === 'name' && !role) || description.kind === 'pronoun') return null;
  if (tokens[from - 1]?.text !== ',' || !(role || /^(?:a|an|the)$/.test(tokens[from]?.lower ?? ''))) return null;
  const nameStart = segmentBack(tokens, from - 1, floor);
  // Two capitalized words or more, none a preposition: a name, not "In Washington," or "Significantly,".
  if (nameStart !== floor || from - 1 - nameStart < 2 || PREPOSITIONS.has(tokens[nameStart]?.lower ?? '')) return null;
  for (let i = nameStart; i < from - 1; i += 1) if (!isCapitalized(tokens[i])) return null;
  const name = classifyMention(text, tokens, nameStart, from - 1);
  if (name === null || name.kind !== 'name') return null;
  return { mention: withRole(name, name.role ?? roleText(text, tokens, from, end)), clauseStart: nameStart };
}

/**
 * "“...,” Kevin Antshel, clinical psychologist and director of the program at Syracuse University tells CNBC":
 * after a quotation, a name, its comma, and a description that runs to the cue without one (no verb in it).
 */
export function nameBeforeDescription(text: string, tokens: readonly Token[], from: number, cue: number): Mention | null {
  const comma = nextComma(tokens, from + 1, Math.min(cue, from + 5));
  if (comma < 0 || cue - comma < 3) return null;
  for (let i = from; i < comma; i += 1) if (!isCapitalized(tokens[i])) return null;
  const first = tokens[comma + 1];
  if (first === undefined || (first.cap && !ROLE_NOUNS.has(first.lower))) return null;
  for (let i = comma + 1; i < cue; i += 1) if (PUNCT_BREAK.has(tokens[i]?.text ?? '')) return null;
  if (finiteInside(tokens, comma + 1, cue) || !tokens.slice(comma + 1, cue).some((t) => ROLE_NOUNS.has(t.lower))) return null;
  const name = classifyMention(text, tokens, from, comma);
  return name === null || name.kind !== 'name' ? null : withRole(name, name.role ?? roleText(text, tokens, comma + 1, cue));
}

/**
 * Whether tokens[from, to) are a body's proper name: capitalized words, and connectors between them ("Council of the
 * Islamic Waqf"), no title among them ("the CEO of Skift", "the Commerce Department Office of Inspector General" are
 * a person's).
 */
function properAfterThe(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || !isCapitalized(tokens[from]) || !isCapitalized(tokens[to - 1])) return false;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (t === undefined || isRoleNoun(t.lower, t.cap)) return false;
    if (!t.cap && !NAME_CONNECTORS.has(t.lower) && t.lower !== 'the') return false;
  }
  return true;
}

/** Where a phrase ending at tokens[end) ends without its closing parenthetical ("Sen. Marco Rubio (R-Fla.)"); `end` when there is none. */
function beforeParenthetical(tokens: readonly Token[], end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let open = end - 2; open > Math.max(floor, end - 24); open -= 1) if (tokens[open]?.text === '(') return open;
  return end;
}

function roleText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0).replace(/^(?:the|a|an|another|its|his|her|their)\s+/i, '');
}

/** Whether a relative clause opens in tokens[floor, end) ("Marco Rubio, whose hometown, Miami, is projected ..."): its verbs may run on past commas. */
function relativeBefore(tokens: readonly Token[], floor: number, end: number): boolean {
  for (let i = floor; i < end; i += 1) if (/^(?:who|whose|which)$/.test(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Start of the comma-delimited segment ending at `end`: clause words inside do not end it. */
/**
 * Where an aside ends whose last words are quoted up to its comma (", citing “the unique magic of Trump,”", "''...,''"):
 * at that comma, when the aside is a modifier after a comma, for the cue's subject comes before it; `end` otherwise (an
 * inverted quotation: "“We won,” said").
 */
function quotedAsideEnd(tokens: readonly Token[], end: number, floor: number): number {
  let comma = end - 1;
  // One closing mark, or the typewriter pair '' of the New York Times archive.
  while (comma > end - 3 && isQuoteMark(tokens[comma])) comma -= 1;
  if (comma === end - 1 || tokens[comma]?.text !== ',') return end;
  const start = commaSegmentBack(tokens, comma, floor);
  const first = tokens[start];
  const aside = start > floor && tokens[start - 1]?.text === ',' && first !== undefined && !first.cap && MODIFIER_START.test(first.text);
  // The quotation opens inside the aside (not "''Oh my God, this can't be happening,'' adding": a quoted sentence).
  return aside && tokens.slice(start + 1, comma).some((t) => isQuoteMark(t)) ? comma + 1 : end;
}

function commaSegmentBack(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  const stop = Math.max(floor, end - 45);
  while (i > stop) {
    const t = tokens[i - 1];
    if (t === undefined || (PUNCT_BREAK.has(t.text) && t.text !== '-')) break;
    i -= 1;
  }
  return i;
}

/** Subordinators that end a speaker after its cue ("said the official when asked"; not "as": "describing the team as heroes"). */
const SPEAKER_ENDS = new Set(['when', 'while', 'after', 'before', 'if', 'though', 'although', 'upon']);

/**
 * The speaker right of a cue ("..., said Sella." / "," said another senior Russian source ...
 * who has worked with Putin"): up to the sentence's end, or a comma for a name.
 */
export function rightSubject(
  text: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
): { mention: Mention; end: number } | null {
  const found = rightSubjectPlain(text, tokens, from, limit);
  // 'said John "Jack" Taylor': the surname after the quoted nickname ends the name ("John Taylor").
  if (found === null || found.mention.kind !== 'name' || found.end + 3 >= limit) return found;
  const surname = tokens[found.end + 3];
  if (surname === undefined || nicknamedNameStart(tokens, found.end + 3) < 0) return found;
  let end = found.end + 4;
  while (end < limit && tokens[end]?.cap === true && tokens[end]?.word === true) end += 1;
  const last = tokens[end - 1];
  if (last === undefined) return found;
  const name = `${found.mention.name} ${text.slice(surname.start, last.end)}`;
  const m = found.mention;
  return { mention: { text: text.slice(m.start, last.end), start: m.start, end: last.end, kind: m.kind, name, role: m.role }, end };
}

function rightSubjectPlain(text: string, tokens: readonly Token[], from: number, limit: number): { mention: Mention; end: number } | null {
  let end = from;
  limit = Math.min(limit, from + 40);
  while (end < limit) {
    const t = tokens[end];
    if (t === undefined || ['.', ';', '?', '!', ':'].includes(t.text) || stopsSpeakerScan(tokens, end)) break;
    if (t.text === ',' && end > from) break;
    // "said one White House official when asked if ...": the speaker ends before a subordinate clause.
    if (end > from && SPEAKER_ENDS.has(t.lower)) break;
    end += 1;
  }
  // "said former Ald. Joe Moore (49th).": a ward or a party in parentheses after the name is no part of it.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > from && tokens[open]?.text !== '(') open -= 1;
    if (open > from) end = open;
  }
  if (end === from) return null;
  const first = tokens[from]?.lower ?? '';
  if (
    [
      'that',
      'in',
      'on',
      'at',
      'to',
      'of',
      'about',
      'for',
      'with',
      'by',
      'from',
      'during',
      'last',
      'this',
      'after',
      'before',
      'it',
      'so',
      'as',
      'and',
      'but',
      'when',
      'while',
      'if',
      'not',
      'there',
      'nothing',
      'yes',
      'no',
    ].includes(first)
  )
    return null;
  const firstToken = tokens[from];
  if (firstToken !== undefined && !isCapitalized(firstToken)) {
    const pronoun = /^(?:he|she|they|i|we)$/.test(firstToken.lower);
    const unnamed = /^(?:the|a|an|one|another|two|three|four|five|several|some|many|\d+)$/.test(firstToken.lower);
    // "said police Chief Joseph Boinnet", "said oil and gas worker Mike Wipf": a short description ending in a name,
    // perhaps before a phrase of when or where ("said former tech executive Carly Fiorina during the second GOP debate").
    end = nameBeforePhrase(tokens, from, end);
    const titled = end - from <= 7 && isCapitalized(tokens[end - 1]) && !POSSESSIVE_DETERMINERS.has(firstToken.lower);
    // "“...,” said picnic officials in a statement", "said health experts": a group of unnamed people with no determiner.
    const group = pronoun || unnamed || titled ? -1 : bareGroupEnd(tokens, from, end);
    if (group > 0) end = group;
    else if (pronoun ? end !== from + 1 : !(unnamed || titled || possessedPerson(tokens, from, end))) return null;
  }
  // A name stops at its last capitalized word ("said Smith on Monday", "said Dr. Jane Smith of the clinic"),
  // unless a title leads to it ("says Heart and Stroke senior manager Erin Kim").
  if (isCapitalized(tokens[from])) {
    let nameEnd = from + 1;
    for (;;) {
      while (
        nameEnd < end &&
        (isCapitalized(tokens[nameEnd]) ||
          // (The connectors inside a name: "said Orlando dos Santos", "said Fabiano di Marco", "of", "and".)
          (NAME_CONNECTORS.has(tokens[nameEnd]?.lower ?? '') && isCapitalized(tokens[nameEnd + 1])))
      )
        nameEnd += 1;
      let k = nameEnd;
      while (k < Math.min(end, nameEnd + 3) && !isCapitalized(tokens[k]) && isWord(tokens[k])) k += 1;
      // ("said Concord resident Whit Symms", "said Fire fan Michael Giacalone": a place's or a team's person, then the name.)
      const between = tokens.slice(nameEnd, k);
      const titled =
        k > nameEnd &&
        k < end &&
        isCapitalized(tokens[k]) &&
        (between.some((t) => isRoleNoun(t.lower, t.cap)) ||
          (between.some((t) => isSpeakerNoun(t.lower)) && !between.some((t) => PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower))));
      if (!titled) break;
      nameEnd = k;
    }
    end = nameEnd;
    // "..., John Smith, a spokesman, said Tuesday.": a day or a month alone after the cue is when, no speaker.
    if (end === from + 1 && CALENDAR_WORDS.has(tokens[from]?.lower ?? '')) return null;
  }
  let mention = classifyMention(text, tokens, from, end);
  // "said an American official who was briefed on the encounter": the speaker is the phrase the relative clause hangs on.
  if (mention === null) {
    let who = from + 1;
    while (who < end && tokens[who]?.lower !== 'who') who += 1;
    if (who < end) {
      mention = classifyMention(text, tokens, from, who);
      end = who;
    }
  }
  if (mention === null || (mention.kind === 'pronoun' && tokens[from]?.lower === 'it')) return null;
  // "said her mother, Chrystle Lee, a breast cancer survivor.", "said a spokesman, Kent Lupino,": a person described
  // after the cue, then named, is the name, with the description for its role.
  if (mention.kind !== 'name' && isRoleOrPersonNoun(tokens[end - 1]?.lower ?? '')) {
    const appositive = nameInApposition(text, tokens, end, limit);
    if (appositive !== null) return { mention: withRole(appositive.mention, describedRole(mention.text)), end: appositive.end };
  }
  return { mention, end };
}

/** The end of tokens[from, end) cut before a phrase of when or where right after a capitalized word, if there is one. */
function nameBeforePhrase(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + 8); k += 1) {
    // ("posted the clip to YouTube on Thursday": a phrase of its own before the capitalized word is no description.)
    // ("former Secretary of State Hillary Clinton": "of" joins a title.)
    const word = tokens[k]?.lower ?? '';
    if (PREPOSITIONS.has(word) && !NAME_CONNECTORS.has(word)) return isCapitalized(tokens[k - 1]) && tokens[k]?.cap === false ? k : end;
  }
  return end;
}

/** Whether tokens[from, end) are a capitalized possessive and lowercase words ending in a body's noun ("Norway's biggest commercial bank"). */
function possessedBody(tokens: readonly Token[], from: number, end: number): boolean {
  const first = tokens[from];
  if (first === undefined || !first.cap || !/['’]s$/.test(first.text) || end - from < 2 || end - from > 6) return false;
  for (let i = from + 1; i < end; i += 1) if (tokens[i]?.cap !== false || tokens[i]?.word !== true) return false;
  return ORGANIZATION_WORDS.has(tokens[end - 1]?.lower ?? '');
}

/** Possessives before a noun: "his wife", "its managing director". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Whether tokens[from, end) are a possessive and a person it has, and nothing after: lowercase words ending in a
 * speaker's noun, perhaps followed by a name ("said her sister.", "said his daughter, Linda Flowers", "said his
 * neighbor Kelly Brogan", "said her longtime friend and colleague Pamela Lesser"), not a clause ("said his bill would
 * restore equity").
 */
function possessedPerson(tokens: readonly Token[], from: number, end: number): boolean {
  if (!POSSESSIVE_DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  let k = from + 1;
  while (k < end && k - from <= 6 && tokens[k]?.word === true && !isCapitalized(tokens[k])) k += 1;
  if (k === from + 1 || !isSpeakerNoun(tokens[k - 1]?.lower ?? '') || finiteInside(tokens, from + 1, k)) return false;
  for (let i = k; i < end; i += 1) if (!isCapitalized(tokens[i])) return false;
  return true;
}

/** A description as the role of the person it names: without its determiner ("her mother" → "mother"). */
export function describedRole(description: string): string {
  return description.replace(/^(?:the|a|an|his|her|its|their|our|my|your)\s+/i, '');
}

/** A name in apposition after the comma at tokens[comma] ("..., Paul Meyer,"), ending at a comma or the sentence's end. */
export function nameInApposition(
  text: string,
  tokens: readonly Token[],
  comma: number,
  last: number,
): { mention: Mention; end: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  let end = comma + 1;
  while (end < last && tokens[end]?.cap === true) end += 1;
  // (A name whose abbreviation ends the sentence ends it: "said his son, Wayne Reese Jr. “I would ...".)
  const ended = end === last || /^[,.!?]$/.test(tokens[end]?.text ?? '') || (tokens[end - 1]?.text.endsWith('.') ?? false);
  if (end === comma + 1 || !ended) return null;
  const mention = classifyMention(text, tokens, comma + 1, end);
  return mention !== null && mention.kind === 'name' ? { mention, end } : null;
}

/**
 * The end of a group of unnamed people at tokens[from], written without a determiner: up to two lowercase modifiers
 * and a plural of people ("officials", "health experts", "event planners"), with the place or body a preposition ties
 * to it ("officials at the ministry"); -1 when tokens[from, end) open no such group.
 */
function bareGroupEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 3); k += 1) {
    const t = tokens[k];
    if (t === undefined || !t.word || t.cap || DETERMINERS.has(t.lower) || FINITE_AFTER_SUBJECT.test(t.lower)) return -1;
    if (!isPeoplePlural(t.lower, true)) continue;
    // ("said officials in a statement": a statement is the channel; "officials at the ministry" keeps the ministry.)
    const body = tokens[k + 2]?.lower === 'the' ? tokens[k + 3] : tokens[k + 2];
    if (PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && isCapitalized(body)) return end;
    return k + 1;
  }
  return -1;
}

/** Whether tokens[from, to) are one or more capitalized words. */
function allCapitalized(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i += 1) if (!isCapitalized(tokens[i])) return false;
  return true;
}

/** Whether a word of tokens[from, to) reads as a finite verb: a past tense in "-ed" or one the subject list knows. */
function verbIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const w = tokens[i]?.lower ?? '';
    if (FINITE_AFTER_SUBJECT.test(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}
