import type { ParseDocument } from '../document';
import { CALENDAR_WORDS } from '../lexicon/calendar';
import { CUE_FORMS } from '../lexicon/cue-verbs';
import { PREPOSITIONS } from '../lexicon/function-words';
import { isGivenName } from '../lexicon/given-names';
import { DESCRIBED_BY_PLACE } from '../lexicon/places';
import { isPeoplePlural } from '../lexicon/role-nouns';
import { SELF_PRONOUNS, SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { IMPERATIVE_OPENERS, NAME_STOP_WORDS, RANK_ADJECTIVES, SENTENCE_ADVERBS, isVerbFormOpener } from '../lexicon/name-context';

/** Numbers and adverbs that open a sentence and name no one ("One of the men, ...", "Back in 1999, ...", "Just before ..."). */
const NOT_NAME_OPENERS = new Set([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'back', 'just', 'ever'],
  // "Thanks as always for reading", "Not weeks, not months", "Whenever I feel ...".
  ...['thanks', 'not', 'whenever', 'wherever'],
  // Answers and interjections opening a sentence ("Most haven’t, right? Right?", "Yes.", "Okay, ..."): no one's name.
  ...['right', 'yes', 'no', 'okay', 'ok', 'sure', 'well', 'exactly', 'really', 'anyway'],
]);

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_LETTER = /\p{Ll}/u;
/** A pronoun contracted with its verb ("we’ve", "they're", "i’m", "you’ll"). */
const CONTRACTED_PRONOUN = /^(?:i|we|you|they|he|she|it)['’](?:ve|re|m|ll|d)$/;
const TICKER = /^(?:\p{Lu}{2,5}\.\p{Lu}{1,2}|\p{Lu})$/u;
/** A body's acronym in capitals ("GATT", "NBC"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

const LOWERCASE = new WeakMap<ParseDocument, Set<string>>();

/** The words the article writes in lowercase somewhere ("media", "signs", "responded"); built once per article, on first need. */
export function lowercaseWords(doc: ParseDocument): ReadonlySet<string> {
  let found = LOWERCASE.get(doc);
  if (found === undefined) {
    found = new Set();
    for (const p of doc.paragraphs) for (const t of p.tokens) if (t.word && !t.cap) found.add(t.lower);
    LOWERCASE.set(doc, found);
  }
  return found;
}

/** Whether a capitalized word is an ordinary word the article also writes in lowercase, a month or a day. */
export function ordinary(doc: ParseDocument, word: string): boolean {
  const lower = word.toLowerCase();
  return CALENDAR_WORDS.has(lower) || NAME_STOP_WORDS.has(lower) || lowercaseWords(doc).has(lower);
}

/**
 * A written name without the words that are not part of it: an ordinary word glued to a name that
 * opens its sentence by the sentence's capital ("Rival Hillary Clinton", "Year Barack Obama",
 * "Fact-checking Donald Trump", "April Trump", "Responded Trump"; before a single remaining word only
 * a month, a day, a function word or a verb form the article writes in lowercase), and a day or
 * month after it ("CNN Tuesday").
 */
export function cleanName(doc: ParseDocument, name: string, opensSentence: boolean): string {
  let words = name.split(/\s+/);
  // "Pete Kiehart Pete Kiehart": a photo credit that repeats the name.
  const half = words.length / 2;
  if (words.length >= 4 && Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' '))
    words = words.slice(0, half);
  // "Obituaries Read": a function word never ends a name.
  while (words.length >= 2 && NAME_STOP_WORDS.has((words.at(-1) ?? '').toLowerCase())) words = words.slice(0, -1);
  // "In October": the preposition goes first, so that the month is what is left (and no name), not "In".
  if (opensSentence && words.length === 2 && PREPOSITIONS.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  // "Starting April 13th, Tesla is ...": a participle opening the sentence before a date leaves only the month, no name.
  if (opensSentence && words.length === 2 && CALENDAR_WORDS.has((words[1] ?? '').toLowerCase()) && isVerbFormOpener(words[0] ?? '', true))
    return words[1] ?? '';
  // ("Meghan May", "Theresa May": that month is a surname as often.)
  const lastLower = (words.at(-1) ?? '').toLowerCase();
  if (words.length >= 2 && CALENDAR_WORDS.has(lastLower) && lastLower !== 'may') words = words.slice(0, -1);
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  // "Shares of Sorrento Therapeutics rose": the company's stock opening a market report.
  if (words.length >= 3 && /^(?:shares|stock|stocks)$/i.test(first) && words[1] === 'of') return words.slice(2).join(' ');
  // "Ambassador to GATT Michael Samuels", "NBC Chuck Todd": a body's acronym before a given name and a surname is whose
  // title it is, not part of the name.
  if (words.length === 3 && ACRONYM.test(first) && isGivenName(words[1] ?? '')) return words.slice(1).join(' ');
  // "Alabama-born Jason Isbell", "Calgary-based Tom Lee": a description by a place, not part of the name.
  if (words.length >= 3 && DESCRIBED_BY_PLACE.test(first)) return words.slice(1).join(' ');
  // "Four-year-old Amina Malloy", "Co-founder Jeffrey Katzenberg", "Tony Award-nominee Judy Kuhn", "Fact-checking
  // Donald Trump": a hyphenated description before a name of two words is no part of it (a hyphenated name's parts
  // are capitalized: "Jean-Luc").
  const described = words.slice(0, -2).findLastIndex((w) => HYPHENATED_DESCRIPTION.test(w));
  if (described >= 0) return words.slice(described + 1).join(' ');
  // "Responded Trump", "Added Pelosi": a speech verb inverted before the name at a sentence's start.
  if (opensSentence && words.length >= 2 && lower !== 'said' && CUE_FORMS.has(lower) && lower !== CUE_FORMS.get(lower))
    return words.slice(1).join(' ');
  // "Remember Martin Shkreli?", "Meet Jane Doe": a verb in the imperative opening a headline or sentence.
  if (opensSentence && words.length >= 2 && IMPERATIVE_OPENERS.has(lower)) return words.slice(1).join(' ');
  // "Three Blue Origin employees": a number opening the sentence counts the name's people ("Several CEOs" is a group).
  if (opensSentence && words.length >= 2 && COUNT_WORDS.has(lower)) return words.slice(1).join(' ');
  // "Yesterday Citicorp said", "Today CIR said": a day opening the sentence before the name.
  if (opensSentence && words.length >= 2 && DAY_WORDS.has(lower)) return words.slice(1).join(' ');
  // "Top Clinton adviser sent ...", "Former Republican ...": an adjective of rank opening a headline or sentence.
  if (opensSentence && words.length >= 2 && RANK_ADJECTIVES.has(lower)) return words.slice(1).join(' ');
  // "Understated Perez raises ...", "Entrusting Donald Trump with ...": a verb form opening a headline or sentence, however
  // rare the word (a few given names end so too).
  if (opensSentence && words.length >= 2 && CAPITALIZED_WORD.test(words[1] ?? '') && isVerbFormOpener(first, true))
    return words.slice(1).join(' ');
  if (opensSentence && words.length >= 2 && CAPITALIZED_WORD.test(words[1] ?? '') && ordinary(doc, first)) {
    if (
      words.length >= 3 ||
      CALENDAR_WORDS.has(lower) ||
      NAME_STOP_WORDS.has(lower) ||
      PREPOSITIONS.has(lower) ||
      /(?:ed|ing)$/.test(lower)
    )
      words = words.slice(1);
  }
  return words.join(' ');
}

/** Counts that open a sentence before a name of the people counted ("Three Blue Origin employees"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Days named relative to the story's, which open a sentence before its subject. */
const DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/** A hyphenated word whose last part is in lowercase: an age, a title or a verb form ("Four-year-old", "Co-founder"). */
const HYPHENATED_DESCRIPTION = /^\p{L}+(?:-\p{L}+)*-\p{Ll}+$/u;

/** Months and days that are also surnames ("Theresa May", "Meghan May", "Doris Day" is not a weekday). */
const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);

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
    const words = name.split(/\s+/);
    if (words.length >= 3 && words.every((w) => !LOWERCASE_LETTER.test(w))) return 'none';
    return CALENDAR_WORDS.has(name.toLowerCase()) ? 'none' : 'name';
  }
  const word = name.replace(/['’]s$/, '');
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
  if (opensSentence && /^\p{Lu}\p{Ll}+$/u.test(word) && !inFullName(word) && isPeoplePlural(lower, true)) return 'description';
  if (!opensSentence || !ordinary(doc, word) || inFullName(word)) return 'name';
  return /(?:ed|ing|ly|wise)$/.test(lower) ? 'none' : 'description';
}
