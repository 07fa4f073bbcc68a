import type { ParseDocument } from '../document';
import { CALENDAR_WORDS, MONTH_SURNAMES } from '../lexicon/calendar';
import { PREPOSITIONS } from '../lexicon/function-words';
import { DESCRIBED_BY_PLACE } from '../lexicon/places';
import { isPeoplePlural } from '../lexicon/role-nouns';
import { SELF_PRONOUNS, SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { NAME_STOP_WORDS, NOT_NAME_OPENERS, SENTENCE_ADVERBS } from '../lexicon/name-context';
import { withoutPossessive } from '../tokens';

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWERCASE_LETTER = /\p{Ll}/u;
/** A pronoun contracted with its verb ("we’ve", "they're", "i’m", "you’ll"). */
const CONTRACTED_PRONOUN = /^(?:i|we|you|they|he|she|it)['’](?:ve|re|m|ll|d)$/;
const TICKER = /^(?:\p{Lu}{2,5}\.\p{Lu}{1,2}|\p{Lu})$/u;

/**
 * The article whose lowercase words were last gathered, and those words. One slot, for the one article resolved at a
 * time, not a WeakMap by document: a WeakMap's entry, set once per article, cost 0.2% of a parse on Reuters and weighs on
 * every collection. (The slot keeps the last article until the next.)
 */
const lowercase = { doc: null as ParseDocument | null, words: new Set<string>() };

/** The words the article writes in lowercase somewhere ("media", "signs", "responded"); built once per article, on first need. */
export function lowercaseWords(doc: ParseDocument): ReadonlySet<string> {
  if (lowercase.doc !== doc) {
    const found = new Set<string>();
    for (const p of doc.paragraphs) for (const t of p.tokens) if (t.word && !t.cap) found.add(t.lower);
    lowercase.doc = doc;
    lowercase.words = found;
  }
  return lowercase.words;
}

/** Whether a capitalized word is an ordinary word the article also writes in lowercase, a month or a day. */
export function ordinary(doc: ParseDocument, word: string): boolean {
  const lower = word.toLowerCase();
  return CALENDAR_WORDS.has(lower) || NAME_STOP_WORDS.has(lower) || lowercaseWords(doc).has(lower);
}

/** What a name mention is: a name, no speaker at all, or an ordinary noun standing for a group or thing. */
export type NameReading = 'name' | 'none' | 'description';

/**
 * How to read a name mention: a heading in capitals ("RED STATES OUTNUMBER BLUE STATES"), a month
 * or a day, or a function word or verb form opening its sentence ("Having", "Here") is no speaker; any
 * other ordinary word the article writes in lowercase, opening its sentence, is a description
 * ("Voters", "Companies", "Media"), unless the article names it in full ("Target" after "Target Corp.").
 */
export function readName(doc: ParseDocument, name: string, opensSentence: boolean, inFullName: (word: string) => boolean): NameReading {
  // Split only a name with white space in it (then in two words or more): most names read are one word, asked of every
  // candidate speaker, and the array of one was 2% of the parser's allocation on Reuters.
  if (/\s/.test(name)) {
    // A heading of three words or more, none with a lowercase letter: the name has none, then split (only then: the words
    // of every name split were 1% of the parser's allocation on Reuters).
    if (!LOWERCASE_LETTER.test(name) && name.split(/\s+/).length >= 3) return 'none';
    return CALENDAR_WORDS.has(name.toLowerCase()) ? 'none' : 'name';
  }
  const word = withoutPossessive(name);
  const lower = word.toLowerCase();
  // "David Plotz and I are writing": a pronoun is no one's name ("US" in capitals is the country).
  const pronoun = (SPEAKER_PRONOUNS.has(lower) || SELF_PRONOUNS.has(lower)) && (word === 'I' || LOWERCASE_LETTER.test(word));
  // ("Sacramento-based": a place's adjective alone; "RTRS.L", "P": a stock ticker or a lone capital letter.)
  // ("“...,” May says" after "Meghan May": a month that is the surname of a full name the article gives is that person's.)
  const month = CALENDAR_WORDS.has(lower) && !(MONTH_SURNAMES.has(lower) && inFullName(word));
  if (month || pronoun || DESCRIBED_BY_PLACE.test(lower) || TICKER.test(word)) return 'none';
  // "We’ve", "They’re", "I’m": a pronoun with its verb, no one's name.
  if (CONTRACTED_PRONOUN.test(lower)) return 'none';
  // "One of the men, Jessie Elkins, ...", "One operative inside Trump Tower": a number opening the sentence names no one.
  // ... and no preposition or sentence adverb ("In October, Mr. Paulson ...", "Likewise, ...", "Sometimes she closed her
  // eyes"), whether or not the article also writes the word in lowercase.
  const notANoun = NAME_STOP_WORDS.has(lower) || NOT_NAME_OPENERS.has(lower) || PREPOSITIONS.has(lower) || SENTENCE_ADVERBS.has(lower);
  if (opensSentence && notANoun && !inFullName(word)) return 'none';
  // "Regulators say", "Arbitrageurs said": a plural for people opening the sentence describes them; it names no one.
  if (opensSentence && CAPITALIZED_WORD.test(word) && !inFullName(word) && isPeoplePlural(lower, true)) return 'description';
  if (!opensSentence || !ordinary(doc, word) || inFullName(word)) return 'name';
  return /(?:ed|ing|ly|wise)$/.test(lower) ? 'none' : 'description';
}
