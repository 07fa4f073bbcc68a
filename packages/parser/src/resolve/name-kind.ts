import type { SourceKind } from '@claimline/schema';
import { isInCapitals } from '../tokens';
import { MEMO_BOUND, isSlashInitials } from './name-words';
import { isGivenName } from '../lexicon/given-names';
import { isFirmNamedForPeople, LEGAL_FORMS } from '../lexicon/company-endings';
import { PARTY_GROUPS } from '../lexicon/parties';
import { COMPASS_WORDS, COUNTRY_OF_DEMONYM, DISTRICT_NOUNS, PLACES } from '../lexicon/places';
import { MEDIA_WORDS, NEWS_AGENCIES, ORGANIZATION_WORDS, ROLE_NOUNS } from '../lexicon/role-nouns';

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const HEADING_WORD = /^[\p{Lu}\p{N}.&-]+$/u;
const INITIALS_JOINED = /^\p{Lu}(?:\s+(?:and|&)\s+\p{Lu})+$/u;
const AMPERSAND_IN_WORD = /\p{L}&\p{L}/u;

/** Title-case words that make a capitalized name a news outlet ("CBC News", "The Globe and Mail"). */
const MEDIA_NAME_WORDS = new Set([
  'news',
  'times',
  'post',
  'journal',
  'press',
  'herald',
  'gazette',
  'tribune',
  'telegraph',
  'guardian',
  'radio',
  'television',
  'tv',
  'daily',
  'mail',
  'chronicle',
  'newswire',
  'magazine',
  'wire',
  'star',
  'globe',
  'sun',
  'observer',
  'independent',
  'economist',
  'inquirer',
  'enquirer',
  'examiner',
  'sentinel',
  'courier',
  'bulletin',
  // Japanese and Dutch for a newspaper ("Asahi Shimbun", "NRC Handelsblad").
  'shimbun',
  'handelsblad',
]);

/** Words after a paper's word that make it another body's or an office's ("Press Secretary", "Post Office", "Economist Intelligence Unit"). */
const NOT_MEDIA_AFTER = new Set(['secretary', 'secretaries', 'office', 'officer', 'club', 'corps', 'intelligence']);

/** Courtesy titles that make "Mr. & Mrs. Smith" a couple, not a firm (written without their period here). */
const COUPLE_TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Newspapers' short names, which are no one's name alone. */
const SHORT_PAPER_NAMES = new Set([
  'times',
  'post',
  'journal',
  'guardian',
  'telegraph',
  'herald',
  'tribune',
  'gazette',
  'chronicle',
  'economist',
]);

/** Connectors capitalized inside a name, as bodies title their names and no person's name does (not "And": Reuters
 * capitalizes it after "U.S."). */
const TITLE_CASE_CONNECTORS = new Set(['For', 'Of', 'The']);

/** Trades that name a company in its name and are no one's surname ("Pacific Gas", "Shawmut Bancorp"). */
const TRADE_WORDS = new Set([
  'gas',
  'electric',
  'oil',
  'chemical',
  'bancorp',
  'bancshares',
  'realty',
  'properties',
  'telecom',
  'utilities',
  'petroleum',
  // "Bright Heart Health", "Sorrento Therapeutics", "Blackstone Capital": trades of recent company names.
  'health',
  'healthcare',
  'pharmaceuticals',
  'therapeutics',
  'biosciences',
  'biotech',
  'capital',
  'media',
  'solutions',
  'logistics',
  'insurance',
  'software',
  'wireless',
  'communications',
  'entertainment',
  'financial',
  'securities',
  'investments',
  'ventures',
  'hospitality',
  // "Industrial Equity".
  'equity',
  // "Corning Glass Works", "Stanley Works", "the Cheesecake Factory".
  'works',
  'factory',
]);

/**
 * Bodies named by a place or a building, or by a name of their own with no organization word in it ("the White House
 * said", "the Federal Reserve", "the Knesset"): no one's surname.
 */
const INSTITUTIONS = new Set([
  ...['white house', 'downing street', 'capitol hill', 'élysée', 'elysee', 'quai d’orsay', 'foggy bottom', 'vatican', 'holy see'],
  ...['federal reserve', 'fed', 'riksbank', 'treasury', 'politburo', 'knesset', 'bundestag', 'bundesrat', 'duma', 'interpol'],
]);

/** Regions a company's arm is named for, none of them a surname. */
const REGIONS = new Set([
  'north america',
  'latin america',
  'south america',
  'america',
  'americas',
  'europe',
  'asia',
  'asia pacific',
  'africa',
  'middle east',
  'usa',
  'u.s.a',
  'uk',
  'canada',
  'australia',
  'germany',
  'japan',
  'india',
  'mexico',
  'brazil',
  'international',
  'worldwide',
  // "Security Pacific", "Union Pacific", "Southern Pacific": no one's surname either.
  'pacific',
  'atlantic',
]);

/** Words that end the name of a plan, a pact or a law ("Cruzado Plan", "Plaza Agreement", "Clean Air Act"). */
const INSTRUMENT_WORDS = new Set([
  'plan',
  'accord',
  'accords',
  'agreement',
  'treaty',
  'pact',
  'act',
  'doctrine',
  'protocol',
  'amendment',
  'initiative',
  'program',
  'programme',
  // "Roth IRA", "Health Savings Account": an account, no one's "he".
  'ira',
  'account',
  // "the Florence Nightingale Pledge for nurses": a text people swear to, no one's "she".
  'pledge',
  'oath',
  'manifesto',
  'declaration',
  'constitution',
]);

/** Words that end the name of a venue or a structure ("CenturyLink Field", "McCormick Place", "Kennedy Airport"). */
const VENUE_WORDS = new Set([
  'field',
  'stadium',
  'arena',
  'coliseum',
  'ballpark',
  'speedway',
  'airport',
  'square',
  'plaza',
  'mall',
  'pier',
  'bridge',
  'building',
]);

/** Words that end the name of an illness ("Lyme Disease", "Kawasaki Syndrome", "Spanish Flu"). */
const ILLNESS_ENDS = new Set(['disease', 'syndrome', 'disorder', 'virus', 'fever', 'flu', 'influenza', 'pneumonia', 'infection']);

/** Words that end the name of an event ("Iraq War", "Great Depression", "Super Bowl", "World Series"); not "Games" ("Epic Games")
 * nor "Marathon" ("First Marathon Securities"). */
const EVENT_ENDS = new Set(['war', 'revolution', 'depression', 'recession', 'pandemic', 'olympics', 'bowl', 'cup', 'series', 'summit']);

/** Words that open a storm's name ("Hurricane Katrina", "Tropical Storm Cristobal", "Typhoon Haiyan"). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/** Words that end the name of a holiday or an observance ("Arbor Day", "Christmas Eve", "Holy Week"). */
const CALENDAR_ENDS = new Set(['day', 'eve', 'week']);

/**
 * Whether a name of two words or more names a plan, a pact or a law ("Cruzado Plan", "CARES Act") or an event ("Iraq
 * War"): nobody who speaks, nor the "it" of a later sentence.
 */
export function isThingName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  return words.length >= 2 && (INSTRUMENT_WORDS.has(last) || EVENT_ENDS.has(last));
}

/** Networks whose stations and desks are named by the network and a place or beat ("CBS Miami", "CNN Business"). */
const BROADCASTERS = new Set(['abc', 'cbs', 'nbc', 'cnn', 'cnbc', 'msnbc', 'pbs', 'npr', 'bbc', 'cbc', 'ctv', 'itv']);
/** A North American station's call sign with its band ("WESH-TV", "KFYR-TV", "WTOP-FM"). */
const CALL_SIGN = /^[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)$/;

const KINDS = new Map<string, SourceKind>();

/**
 * The kind of source a name is: a news outlet, an organization (by its head words or an acronym), else a person.
 * Memoized here, for every caller: the name index and the resolution of speakers ask about the same names (resolution
 * read again some 31k names a pass over Reuters that the index had just read, 6-7 µs each).
 */
export function nameKind(name: string): SourceKind {
  let kind = KINDS.get(name);
  if (kind === undefined) {
    kind = readKind(name);
    // Bounded (see MEMO_BOUND), so that a long run of parses keeps flat memory.
    if (KINDS.size > MEMO_BOUND) KINDS.clear();
    KINDS.set(name, kind);
  }
  return kind;
}

function readKind(name: string): SourceKind {
  const words = name.split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/\.$/, ''));
  const lower = words.map((w) => w.toLowerCase());
  // The whole name in lowercase, joined once: three lists are asked about it.
  const joined = lower.join(' ');
  if (NEWS_AGENCIES.has(joined) || (words.length === 1 && NEWS_AGENCIES.has(lower[0] ?? ''))) return 'media';
  // "Goldman Sachs", "Philip Morris Cos", "Merrill Lynch Capital Markets": a firm named for its founders.
  // (Not "Merrill Lynch Capital Markets Mario Balletto", a person written after the firm.)
  const personAfter = words.length >= 4 && isGivenName(words.at(-2) ?? '');
  if (words.length >= 2 && isFirmNamedForPeople(name) && !personAfter) return 'organization';
  // "Sun Microsystems Inc", "Times Mirror Co": a company's legal form ends it, whatever paper's word it holds.
  // ("Electronic Mail Corp of America", "Ford Motor Co of Canada": ... or a legal form and where the company is.)
  if (
    words.length >= 2 &&
    (LEGAL_FORMS.has(lower.at(-1) ?? '') || lower.some((w, k) => k > 0 && LEGAL_FORMS.has(w) && lower[k + 1] === 'of'))
  )
    return 'organization';
  // (Not "White House Press Secretary", "National Press Club", "Post Office": a paper's word before an office's.)
  if (words.length >= 2 && lower.some((w, k) => MEDIA_NAME_WORDS.has(w) && !NOT_MEDIA_AFTER.has(lower[k + 1] ?? ''))) return 'media';
  // "USA Today", "Florida Today": a place's daily (not "Trump Today", a day glued to a name).
  if (words.length === 2 && lower[1] === 'today' && (lower[0] === 'usa' || PLACES.has(lower[0] ?? ''))) return 'media';
  // "Louisville Courier-Journal", "Chicago Sun-Times", "St. Louis Post-Dispatch": a paper's word in the hyphenated word
  // that ends the name, both halves capitalized (not "Tri-Star Pictures Inc", "Sheller-Globe Corp", "Huh Sun-yong").
  const lastParts = (words.at(-1) ?? '').split('-');
  if (
    words.length >= 2 &&
    lastParts.length === 2 &&
    lastParts.every((p) => /^[A-Z]/.test(p)) &&
    lastParts.some((p) => MEDIA_NAME_WORDS.has(p.toLowerCase()))
  )
    return 'media';
  // "the Times reported", "according to the Post": a paper by its short name.
  if (words.length === 1 && SHORT_PAPER_NAMES.has(lower[0] ?? '')) return 'media';
  // "Simon & Schuster", "AT&T": an ampersand joins a firm's name, never a person's (but a couple's: "Mr. & Mrs. Smith").
  if ((words.includes('&') || AMPERSAND_IN_WORD.test(name)) && !lower.some((w) => COUPLE_TITLES.has(w))) return 'organization';
  // "S/P" (Standard and Poor's), "A/S": initials with a slash are a body's.
  if (isSlashInitials(name)) return 'organization';
  // "Centers for Disease Control and Prevention": an organization word in the plural counts too.
  const organized = (w: string) => ORGANIZATION_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && ORGANIZATION_WORDS.has(w.slice(0, -1)));
  // ("U.S. Treasury", "U.S. Federal Reserve": the institution of a place.)
  const institution =
    INSTITUTIONS.has(joined) || (words.length >= 2 && PLACES.has(lower[0] ?? '') && INSTITUTIONS.has(lower.slice(1).join(' ')));
  if (lower.some(organized) || institution) return 'organization';
  // "March For Our Lives", "Friends Of The Earth": a connector in title case inside the name is a body's style.
  // ("Save the Children": a lowercase "the" inside the name too.)
  if (words.length >= 3 && words.slice(1, -1).some((w) => TITLE_CASE_CONNECTORS.has(w) || w === 'the')) return 'organization';
  // "Pacific Gas", "Union Carbide Chemical", "Shawmut Bancorp": a company named by its trade, a word of no surname.
  // (In its last three words: "Merrill Lynch Capital Markets Mario Balletto" is a person written after the firm.)
  if (words.length >= 2 && lower.slice(-3).some((w) => TRADE_WORDS.has(w))) return 'organization';
  // "CBS Miami reports", "ABC Denver", "CNN Business", "WESH-TV": a network's station or desk, a station's call sign.
  if (words.length >= 2 && BROADCASTERS.has(lower[0] ?? '')) return 'media';
  if (words.some((w) => CALL_SIGN.test(w))) return 'media';
  // "America West", "American President" (Lines), "Japanese Cabinet": no one's given name is a people's adjective.
  // ("Chinese Vice-Premier Tian Jiyun" is a person written with the title a name lookup left on.)
  const demonym = words[0] === 'America' || COUNTRY_OF_DEMONYM.has(words[0] ?? '');
  if (demonym && words.length >= 2 && words.length <= 3 && !words.some((w) => w.includes('-'))) return 'organization';
  // "Arrayanes S.A.", "Philips N.V.": a company form written with its dots ends the name (not "William K.K. Wong").
  const last = lower.at(-1) ?? '';
  if (words.length >= 2 && last.includes('.') && ORGANIZATION_WORDS.has(last.replaceAll('.', ''))) return 'organization';
  // "China said", "New York announced": a place speaks as its government, and is no one's "he".
  if (PLACES.has(joined)) return 'organization';
  // "the South Side", "the Upper West Side": a district, neither a person for a later "he" nor a body in focus.
  if (words.length >= 2 && COMPASS_WORDS.has(lower[0] ?? '') && DISTRICT_NOUNS.has(last)) return 'unknown';
  // "the Cruzado Plan", "the Affordable Care Act", "the Iraq War": a plan, pact, law or event, no one's "he".
  if (isThingName(name)) return 'unknown';
  // "Seattle’s CenturyLink Field, where the Seahawks play": a venue, no one's "he" (as a surname, "Sally Field" is
  // the rare speaker; a later "he" there finds her full name among the people all the same).
  if (words.length >= 2 && VENUE_WORDS.has(last)) return 'unknown';
  // "Hurricane Katrina", "Tropical Storm Cristobal": a storm named as people are, who speaks for no one.
  if (words.length >= 2 && (STORM_WORDS.has(lower[0] ?? '') || STORM_WORDS.has(lower[1] ?? ''))) return 'unknown';
  // "Obstructive Lung Disease", "Acute Respiratory Distress Syndrome": an illness speaks for no one.
  if (words.length >= 2 && ILLNESS_ENDS.has(last)) return 'unknown';
  // "Earth Day and Arbor Day", "Christmas Eve": a day of the calendar, unless a given name opens it ("Doris Day").
  if (words.length >= 2 && CALENDAR_ENDS.has(last) && !isGivenName(words[0] ?? '')) return 'unknown';
  // "Panasonic North America", "Siemens Canada": a company's regional arm ends in its region (not a person's surname
  // that is a town: "George Washington").
  if (words.length >= 2 && (REGIONS.has(last) || REGIONS.has(lower.slice(-2).join(' ')))) return 'organization';
  // "Republicans", "the Tories": a party by its members.
  if (words.length === 1 && PARTY_GROUPS.has(lower[0] ?? '')) return 'organization';
  // "Labour MPs", "Senate Democrats": a group named by a plural title.
  if (words.length >= 2 && last.endsWith('s') && (ROLE_NOUNS.has(last.slice(0, -1)) || PARTY_GROUPS.has(last))) return 'organization';
  // "ROADS BLOCKED": a heading in capitals, not a person.
  if (words.length >= 2 && words.every((w) => HEADING_WORD.test(w))) return 'organization';
  if (words.length === 1 && isInCapitals(words[0] ?? '')) return 'organization';
  // "S and P", "D and P": a body's initials joined by "and".
  if (INITIALS_JOINED.test(name)) return 'organization';
  return 'person';
}

/** Whether a nominal head ("agency", "article") refers to a news outlet. */
export function isMediaNoun(head: string): boolean {
  return MEDIA_WORDS.has(head);
}
