import type { Mention, Token } from '../document';
import { PREPOSITIONS } from '../lexicon/function-words';
import { cueAt } from '../lexicon/cue-verbs';
import { FINITE_AFTER_SUBJECT, isBetween } from '../subject';
import { commaBetween, isQuoteMark } from '../tokens';

/** Words that open a sentence before its subject ("But progressive organizations ... say"). */
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'meanwhile']);
/** Words that open a noun phrase of people or things: determiners and quantities. */
const NP_OPENERS = new Set([
  ...['the', 'a', 'an', 'some', 'many', 'most', 'several', 'numerous', 'few', 'those', 'these', 'other', 'all', 'both'],
  ...['more', 'fewer', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds'],
]);
/** Words that open a relative clause after the head ("organizations that have endorsed him", "people I've spoken with"). */
const RELATIVES = new Set(['that', 'who', 'which', 'whose', 'i', 'we', 'you', "i've", 'i’ve', "we've", 'we’ve']);
/** Cues whose subject may be a noun phrase with a clause or phrase after its head: verbs of saying and arguing. */
const SAYING = new Set([
  ...['say', 'claim', 'argue', 'insist', 'contend', 'maintain', 'predict', 'warn', 'acknowledge'],
  // (Not "note" or "show": "rate notes", "TV shows" are nouns as often.)
  ...['suggest', 'conclude', 'write', 'estimate', 'explain', 'add', 'find'],
]);
/** Words a phrase after the head cannot hold unless a relative clause opens it: clause links and verbs of being. */
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'that', 'be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Words before the cue that make it no finite verb of the subject: "declined to say", "from claiming", "which says". */
const NOT_BEFORE_CUE = new Set(['to', 'which', 'who', 'that', 'from', 'of', 'by', 'for', 'with', 'about']);
/** Words that open a clause, not a noun phrase: "He continues to say", "That’s according to". */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'what', 'who']);
/** The longest noun phrase before its modifier, and the longest modifier (tokens). */
const MAX_HEAD = 5;
const MAX_MODIFIER = 22;

/** A lowercase plural noun ("organizations", "veterans", "spokespeople", "spokesmen") or a figure's noun ("percent"). */
function pluralOrFigure(lower: string): boolean {
  return (
    lower === 'percent' || /(?:people|men)$/.test(lower) || (lower.length > 3 && /[^su]s$/.test(lower) && !/(?:ly|ous|ness)$/.test(lower))
  );
}

/**
 * The noun phrase opening the sentence as the subject of the cue at tokens[cue] when a clause or phrase comes between
 * its head and the cue: "progressive organizations that have endorsed him say", "Democrats trying to regain control of
 * the Senate say", "The judges who ruled that ..., for instance, said", "Several people I've spoken with said",
 * "Thirty-one percent of those surveyed say". The head is a plural (or a figure), or any noun after "the" or "a"; the
 * words between hold no other cue outside a relative clause and no auxiliary outside one. An anonymous mention of the
 * whole phrase, as described subjects are; null when the sentence does not open so.
 */
export function modifiedSubject(text: string, tokens: readonly Token[], cue: number, floor: number, lemma: string): Mention | null {
  // ("issued a statement saying they ...": a participle is no finite verb with a subject of its own.)
  if (!SAYING.has(lemma) || tokens[cue]?.lower.endsWith('ing') === true) return null;
  let start = floor;
  if (OPENERS.has(tokens[start]?.lower ?? '')) start += tokens[start + 1]?.text === ',' ? 2 : 1;
  const first = tokens[start];
  if (first === undefined || !first.word || /(?:ing|ed)$/.test(first.lower)) return null;
  // The head: the word before the first relative word, participle or preposition, within MAX_HEAD words of the start.
  let m = start + 1;
  while (m < cue && m - start <= MAX_HEAD) {
    const t = tokens[m];
    if (t === undefined || !t.word) return null;
    if (RELATIVES.has(t.lower) || PREPOSITIONS.has(t.lower) || t.lower === 'to' || /(?:ing|ed)$/.test(t.lower)) break;
    // ("The media is naturally loath to ...": a verb before any modifier makes it a clause.)
    if (t.cap || FINITE_AFTER_SUBJECT.test(t.lower) || CLAUSE_WORDS.has(t.lower) || /n['’]t$/.test(t.lower)) return null;
    m += 1;
  }
  if (m >= cue || m - start > MAX_HEAD || cue - m > MAX_MODIFIER) return null;
  const head = tokens[m - 1];
  if (head === undefined || /['’]/.test(head.text) || PRONOUNS.has(first.lower)) return null;
  // "veterans interviewed at Trump rallies", "those surveyed say": a participle in -ed modifies the head when a
  // preposition or the cue follows it ("The town released a statement" is the head's own verb and its object).
  const opener = tokens[m];
  const next = tokens[m + 1];
  if (opener !== undefined && opener.lower.endsWith('ed') && m + 1 < cue && !PREPOSITIONS.has(next?.lower ?? '') && next?.text !== ',')
    return null;
  let before = cue - 1;
  while (before > m && isBetween(tokens[before]?.lower ?? '')) before -= 1;
  const lead = tokens[before]?.lower ?? '';
  if (NOT_BEFORE_CUE.has(lead) || PREPOSITIONS.has(lead) || FINITE_AFTER_SUBJECT.test(lead) || /n['’]t$/.test(lead)) return null;
  // "The roots of the problems ... plague prisons throughout Latin America, says director ...": a comma before the cue
  // closes an aside opened after the head ("..., including Mr. Jebens, said"), or the cue is inverted after a clause.
  if (lead === ',' && !commaBetween(tokens, m, before)) return null;
  const determined =
    NP_OPENERS.has(first.lower) || /^\d/.test(first.text) || /-(?:one|two|three|four|five|six|seven|eight|nine)$/.test(first.lower);
  if (!pluralOrFigure(head.lower) && !(determined && m - start >= 2)) return null;
  // (Not "Trump rallies in South Carolina said": a capitalized word inside the phrase before the head is a name's.)
  if (!determined && m - start > 1 && !pluralOrFigure(head.lower)) return null;
  const relative = RELATIVES.has(tokens[m]?.lower ?? '');
  for (let i = m; i < cue; i += 1) {
    const t = tokens[i];
    if (t === undefined || t.text === '.' || t.text === ';' || t.text === ':' || isQuoteMark(t)) return null;
    // ("The poll found voters who ... say": a verb right after the head makes it a clause, not a phrase.)
    if (
      !relative &&
      (FINITE_AFTER_SUBJECT.test(t.lower) || CLAUSE_WORDS.has(t.lower) || /n['’]t$/.test(t.lower) || cueAt(tokens, i) !== undefined)
    )
      return null;
  }
  let end = cue;
  while (end > m && (isBetween(tokens[end - 1]?.lower ?? '') || tokens[end - 1]?.text === ',')) end -= 1;
  const last = tokens[end - 1];
  if (last === undefined) return null;
  const words = text.slice(first.start, last.end);
  return { text: words, start: first.start, end: last.end, kind: 'anonymous', name: words, role: null };
}
