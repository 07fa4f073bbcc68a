import type { Mention, Token } from '../document';
import { FOCUSING_ADVERBS, PREPOSITIONS } from '../lexicon/function-words';
import { FINITE_AFTER_SUBJECT, isBetween } from '../subject';
import { isQuoteMark, isWord, tokenAt } from '../tokens';

/** Words a described subject cannot hold: clause links, pronouns, verbs of being. */
const NOT_IN_SUBJECT = new Set([
  'that',
  'who',
  'which',
  'and',
  'but',
  'or',
  'because',
  'though',
  'although',
  'according',
  'if',
  'when',
  'while',
  'as',
  'than',
  'so',
  'it',
  'this',
  'what',
  'there',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'not',
]);
const QUANTITY =
  /^(?:\d.*|%|percent|half|third|thirds|quarter|majority|plurality|most|many|some|few|several|all|none|both|nearly|almost|about|one|two|three|four|five|six|seven|eight|nine|ten|dozen)$/;
/** Subordinators that may open a sentence before a described subject ("While those surveyed said ..."). */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'when']);
/** Words that join a poll figure's clause to the one before ("57 percent see Trump negatively while 61 percent say"). */
const CLAUSE_LINKS = new Set(['while', 'whereas', 'but', 'and']);
/** Prepositions that open a quantity rather than a phrase of place ("At least half of voters", "About one in five"). */
const OPENS_QUANTITY = (tokens: readonly Token[], i: number) =>
  (tokens[i]?.lower === 'at' && /^(?:least|most)$/.test(tokens[i + 1]?.lower ?? '')) ||
  ((tokens[i]?.lower === 'about' || tokens[i]?.lower === 'over' || tokens[i]?.lower === 'under') &&
    QUANTITY.test(tokens[i + 1]?.lower ?? ''));
const DETERMINER = /^(?:the|a|an|each)$/;
const POSSESSIVE = /^(?:her|his|their|its|our)$/;
/** Words in -s that are not plural nouns. */
const NOT_PLURAL = new Set([
  'always',
  'perhaps',
  'sometimes',
  'thus',
  'besides',
  'towards',
  'afterwards',
  'whereas',
  'nevertheless',
  'unless',
  'news',
]);

/** A lowercase plural noun ("conservatives", "allies"), not "this" or "business". */
function isPlural(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && t.lower.length > 3 && /[^su]s$/.test(t.lower) && !NOT_PLURAL.has(t.lower);
}
/** Heads that cannot speak (an adverb, a number word on its own is fine: "a third", "9 percent"). */
const NOT_A_HEAD = /ly$|ing$|ed$/;

/**
 * The noun phrase that opens a clause before a cue (with `groupsOnly`, only one whose head is plural), when no name, pronoun or known speaker noun does:
 * poll figures and descriptions ("42% say", "Nearly a third say", "The billionaire real estate
 * magnate says"). It is an anonymous mention: the resolver names it by its own words or the person in focus.
 */
export function describedSubject(text: string, tokens: readonly Token[], cue: number, floor: number, groupsOnly = false): Mention | null {
  let end = cue;
  // "42% now say", "Nearly a third have said": words between the subject and its cue.
  while (end > floor && isBetween(tokens[end - 1]?.lower ?? '')) end -= 1;
  // "Just over a quarter, 26 percent, say": the figure in apposition speaks.
  if (tokens[end - 1]?.text === ',' && /^(?:\d.*|%|percent)$/.test(tokens[end - 2]?.lower ?? '')) end -= 1;
  let start = end;
  while (start > floor && end - start < 9) {
    const t = tokens[start - 1];
    // "Her advisers and allies say": two groups joined.
    const joinsGroups = t?.lower === 'and' && isPlural(tokens[start - 2]) && start < end;
    if (
      t === undefined ||
      !(isWord(t) || t.text === '%' || t.text === '-' || t.text === '$') ||
      (NOT_IN_SUBJECT.has(t.lower) && !joinsGroups)
    )
      break;
    start -= 1;
  }
  // ("Even the field's biggest hawks say": a focusing adverb before the phrase is no part of it, and the phrase opens its
  // clause where the adverb does.)
  const opening = start;
  if (start < end - 1 && FOCUSING_ADVERBS.has(tokens[start]?.lower ?? '')) start += 1;
  const first = tokens[start];
  const head = tokens[end - 1];
  const before = tokens[opening - 1];
  if (first === undefined || head === undefined || start >= end) return null;
  // (Not "Many lenders have issued statements saying ...": an auxiliary inside makes it a clause.)
  for (let i = start + 1; i < end - 1; i += 1) if (FINITE_AFTER_SUBJECT.test(tokens[i]?.lower ?? '')) return null;
  // The phrase must open its clause: the sentence's start, or after a comma or a dash.
  let counted = false;
  for (let i = start; i < end; i += 1) if (QUANTITY.test(tokens[i]?.lower ?? '')) counted = true;
  const opensClause =
    before?.text === ',' ||
    before?.text === '—' ||
    before?.text === ':' ||
    // ("53% describe themselves as liberal on social issues; 26% say they are conservative.")
    before?.text === ';' ||
    (counted && CLAUSE_LINKS.has(before?.lower ?? '')) ||
    // "While those surveyed said ...": a subordinator opening the sentence.
    (opening === floor + 1 && SUBORDINATORS.has(before?.lower ?? ''));
  if (opening > floor && !opensClause) return null;
  // "those surveyed", "those polled": the people a poll asked, named by its participle.
  const respondents = end - start === 2 && first.lower === 'those' && /ed$/.test(head.lower);
  if (
    (PREPOSITIONS.has(first.lower) && !OPENS_QUANTITY(tokens, start)) ||
    (head.word && NOT_A_HEAD.test(head.lower) && !respondents) ||
    head.cap
  )
    return null;
  // Only a group counted or measured ("42%", "Nearly a third", "most voters") or one described with a determiner ("The billionaire ...").
  // ... or a group by its plural noun, bare or with a possessive ("Social conservatives say", "Her allies say").
  const group = isPlural(head) && end - start <= 4 && (POSSESSIVE.test(first.lower) || !first.cap || start === floor);
  if (!counted && !respondents && !group && !DETERMINER.test(first.lower)) return null;
  if (groupsOnly && !isPlural(head)) return null;
  const span = { start: first.start, end: head.end };
  const words = text.slice(span.start, span.end);
  return { text: words, start: span.start, end: span.end, kind: 'anonymous', name: words, role: null };
}

const PLAIN_DETERMINERS = new Set(['the', 'a', 'an', 'another']);

/**
 * A described speaker where the content ends before it: "..., the admiral said.", "“...,” the
 * lawsuit says." (no list holds "admiral" or "lawsuit"). Only a determiner and one to three
 * lowercase words after a comma or a quotation closed on one: longer or counted phrases there are
 * clauses ("..., the race remained too close to").
 */
export function plainDescription(
  text: string,
  tokens: readonly Token[],
  k: number,
  floor: number,
): { mention: Mention; clauseStart: number } | null {
  const mention = describedSubject(text, tokens, k, floor);
  if (mention === null) return null;
  const clauseStart = tokenAt(tokens, mention.start);
  const words = tokens.slice(clauseStart, tokenAt(tokens, mention.end));
  const plain =
    words.length >= 2 && words.length <= 4 && words.every((t, i) => t.word && !t.cap && (i > 0 || PLAIN_DETERMINERS.has(t.lower)));
  const before = tokens[clauseStart - 1];
  const afterContent = before?.text === ',' || (isQuoteMark(before) && /,$/.test(tokens[clauseStart - 2]?.text ?? ''));
  return plain && afterContent ? { mention, clauseStart } : null;
}
