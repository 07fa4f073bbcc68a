import { isGivenName } from '../lexicon/given-names';
import { CALENDAR_ENDS } from '../lexicon/calendar';
import { COMPASS_WORDS, DISTRICT_NOUNS } from '../lexicon/places';
import { EVENT_ENDS, ILLNESS_ENDS, ILLNESS_NAMES, INSTRUMENT_WORDS, STORM_WORDS, VENUE_WORDS } from '../lexicon/thing-names';

/**
 * Whether a name of two words or more names a plan, a pact or a law ("Cruzado Plan", "CARES Act") or an event ("Iraq
 * War"): nobody who speaks, nor the "it" of a later sentence.
 */
export function isThingName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  return words.length >= 2 && (INSTRUMENT_WORDS.has(last) || EVENT_ENDS.has(last));
}

/**
 * Whether a name (its words, their lowercase forms and its last word in lowercase, as readKind splits it) names a
 * district, a plan, a pact, a law, an event, a venue, a storm, an illness or a day of the calendar: no one's "he", and no
 * speaker; the checks in the order readKind makes them.
 */
export function namesAThing(name: string, words: readonly string[], lower: readonly string[], last: string): boolean {
  // "the South Side", "the Upper West Side": a district, neither a person for a later "he" nor a body in focus.
  if (words.length >= 2 && COMPASS_WORDS.has(lower[0] ?? '') && DISTRICT_NOUNS.has(last)) return true;
  // "the Cruzado Plan", "the Affordable Care Act", "the Iraq War": a plan, pact, law or event, no one's "he".
  if (isThingName(name)) return true;
  // "Seattle’s CenturyLink Field, where the Seahawks play": a venue, no one's "he" (as a surname, "Sally Field" is
  // the rare speaker; a later "he" there finds her full name among the people all the same).
  if (words.length >= 2 && VENUE_WORDS.has(last)) return true;
  // "Hurricane Katrina", "Tropical Storm Cristobal": a storm named as people are, who speaks for no one.
  if (words.length >= 2 && (STORM_WORDS.has(lower[0] ?? '') || STORM_WORDS.has(lower[1] ?? ''))) return true;
  // "Obstructive Lung Disease", "Acute Respiratory Distress Syndrome": an illness speaks for no one.
  if (words.length >= 2 && ILLNESS_ENDS.has(last)) return true;
  // "The COVID-19 pandemic has put ...", "SARS-CoV-2, however, attacks ...": so does one named in a word.
  if (words.length === 1 && ILLNESS_NAMES.has(last)) return true;
  // "Earth Day and Arbor Day", "Christmas Eve": a day of the calendar, unless a given name opens it ("Doris Day").
  if (words.length >= 2 && CALENDAR_ENDS.has(last) && !isGivenName(words[0] ?? '')) return true;
  // ... and "Eid al-Fitr", "Eid al-Adha": a feast, read as a name of two words since its article is a name's.
  return words.length >= 2 && lower[0] === 'eid';
}
