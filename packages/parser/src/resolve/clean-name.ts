import type { ParseDocument } from '../document';
import { CALENDAR_WORDS, DAY_WORDS } from '../lexicon/calendar';
import { CUE_FORMS } from '../lexicon/cue-verbs';
import { PREPOSITIONS } from '../lexicon/function-words';
import { isGivenName } from '../lexicon/given-names';
import { DESCRIBED_BY_PLACE } from '../lexicon/places';
import { COUNT_WORDS, IMPERATIVE_OPENERS, NAME_STOP_WORDS, RANK_ADJECTIVES, isVerbFormOpener } from '../lexicon/name-context';
import { ordinary } from './not-a-name';
import { isAcronym } from './name-words';
import { startsCapitalized } from '../tokens';

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const WHITE_SPACE = /\s/;
/** A hyphenated word whose last part is in lowercase: an age, a title or a verb form ("Four-year-old", "Co-founder"). */
const HYPHENATED_DESCRIPTION = /^\p{L}+(?:-\p{L}+)*-\p{Ll}+$/u;

/**
 * A written name without the words that are not part of it: an ordinary word glued to a name that
 * opens its sentence by the sentence's capital ("Rival Hillary Clinton", "Year Barack Obama",
 * "Fact-checking Donald Trump", "April Trump", "Responded Trump"; before a single remaining word only
 * a month, a day, a function word or a verb form the article writes in lowercase), and a day or
 * month after it ("CNN Tuesday").
 */
export function cleanName(doc: ParseDocument, name: string, opensSentence: boolean): string {
  // A single word is left as it is (every step below needs two words or more): no split and join for it.
  if (!WHITE_SPACE.test(name)) return name;
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
  if (words.length === 3 && isAcronym(first) && isGivenName(words[1] ?? '')) return words.slice(1).join(' ');
  // "Alabama-born Jason Isbell", "Calgary-based Tom Lee": a description by a place, not part of the name.
  if (words.length >= 3 && DESCRIBED_BY_PLACE.test(first)) return words.slice(1).join(' ');
  // "Four-year-old Amina Malloy", "Co-founder Jeffrey Katzenberg", "Tony Award-nominee Judy Kuhn", "Fact-checking
  // Donald Trump": a hyphenated description before a name of two words is no part of it (a hyphenated name's parts
  // are capitalized: "Jean-Luc").
  // (A loop over the words before the last two, not a slice's findLastIndex: this runs for every name; and a word with no
  // hyphen is no such description without the pattern.)
  for (let k = words.length - 3; k >= 0; k -= 1) {
    const w = words[k] ?? '';
    if (w.includes('-') && HYPHENATED_DESCRIPTION.test(w)) return words.slice(k + 1).join(' ');
  }
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
  if (opensSentence && words.length >= 2 && startsCapitalized(words[1] ?? '') && isVerbFormOpener(first, true))
    return words.slice(1).join(' ');
  // (Whether the article writes the word in lowercase is asked last, only of a word that would go: most two-word names
  // keep theirs, and the article's lowercase words are then not gathered for them.)
  if (
    opensSentence &&
    words.length >= 2 &&
    startsCapitalized(words[1] ?? '') &&
    (words.length >= 3 ||
      CALENDAR_WORDS.has(lower) ||
      NAME_STOP_WORDS.has(lower) ||
      PREPOSITIONS.has(lower) ||
      /(?:ed|ing)$/.test(lower)) &&
    ordinary(doc, first)
  )
    words = words.slice(1);
  return words.join(' ');
}
