import type { SourceKind } from '@claimline/schema';
import { isInCapitals, withoutPossessive } from '../tokens';
import { isSlashInitials } from './name-words';
import { namesAThing } from './thing-name';
import { isGivenName } from '../lexicon/given-names';
import { isFirmNamedForPeople, LEGAL_FORMS } from '../lexicon/company-endings';
import { INSTITUTIONS } from '../lexicon/agencies';
import { REGIONS, TRADE_WORDS } from '../lexicon/business-words';
import { BROADCASTERS, MEDIA_NAME_WORDS, NOT_MEDIA_AFTER, NOT_MEDIA_HEADS, SHORT_PAPER_NAMES } from '../lexicon/media-names';
import { TITLE_CASE_CONNECTORS } from '../lexicon/name-context';
import { PARTY_GROUPS } from '../lexicon/parties';
import { COUNTRY_OF_DEMONYM, PLACES } from '../lexicon/places';
import { COUPLE_TITLES, LABOR_UNION_WORDS, NEWS_AGENCIES, ORGANIZATION_WORDS, ROLE_NOUNS } from '../lexicon/role-nouns';

/** An acronym of three capitals or more ("SOS", "NHK"), as no given name is written. */
const ACRONYM_OF_THREE = /^[A-Z]{3,}$/;

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const HEADING_WORD = /^[\p{Lu}\p{N}.&-]+$/u;
const INITIALS_JOINED = /^\p{Lu}(?:\s+(?:and|&)\s+\p{Lu})+$/u;
const AMPERSAND_IN_WORD = /\p{L}&\p{L}/u;
/** A North American station's call sign with its band ("WESH-TV", "KFYR-TV", "WTOP-FM"). */
const CALL_SIGN = /^[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)$/;

/** A word of a name without its possessive, then its final period; by character codes, not two regex replaces a word. */
function bareWord(word: string): string {
  const bare = withoutPossessive(word);
  return bare.charCodeAt(bare.length - 1) === 46 ? bare.slice(0, -1) : bare;
}

/** A web address as a name ("Realtor.com", "Change.org"). */
const WEB_ADDRESS = /^[\p{L}\d-]+\.(?:com|org|net|gov|edu)$/iu;

/** The kind of source a name is, read afresh each time (nameKind memoizes it). */
export function readKind(name: string): SourceKind {
  // Filled by a loop, not by map(): map() builds a packed array when it runs as a builtin and a holey one inlined in
  // optimized code, and each check below that met the other kind late threw readKind's optimized code away (ten
  // compiles of ~100 ms in two passes over Reuters; four so).
  const words: string[] = [];
  const lower: string[] = [];
  for (const written of name.split(/\s+/)) {
    const word = bareWord(written);
    words.push(word);
    lower.push(word.toLowerCase());
  }
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
  // (Nor "Sun Chanthol", "Sun Chunlan": a paper's word that is also a surname opens no paper's title; "Toronto Sun" ends one.)
  // (Nor "Cook County Medical Examiner": a coroner's office.)
  const paperWord = (w: string, k: number) =>
    MEDIA_NAME_WORDS.has(w) &&
    !NOT_MEDIA_AFTER.has(lower[k + 1] ?? '') &&
    // (A head right after the paper's word is the paper's own: "Times Union".)
    !(k < lower.length - 2 && NOT_MEDIA_HEADS.has(lower.at(-1) ?? '')) &&
    !(k === 0 && w === 'sun') &&
    !(w === 'examiner' && lower[k - 1] === 'medical');
  if (words.length >= 2 && lower.some(paperWord)) return 'media';
  // "USA Today", "Florida Today": a place's daily (not "Trump Today", a day glued to a name).
  if (words.length === 2 && lower[1] === 'today' && (lower[0] === 'usa' || PLACES.has(lower[0] ?? ''))) return 'media';
  // "Louisville Courier-Journal", "Chicago Sun-Times", "St. Louis Post-Dispatch": a paper's word in the hyphenated word
  // that ends the name, both halves capitalized (not "Tri-Star Pictures Inc", "Sheller-Globe Corp", "Huh Sun-yong").
  // (Split only a last word with a hyphen: most names have none.)
  const lastWord = words.at(-1) ?? '';
  const lastParts = words.length >= 2 && lastWord.includes('-') ? lastWord.split('-') : null;
  if (
    lastParts !== null &&
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
  // "Realtor.com", "Change.org": a web address is a body's.
  if (words.length === 1 && WEB_ADDRESS.test(name)) return 'organization';
  // "China said", "New York announced": a place speaks as its government, and is no one's "he".
  if (PLACES.has(joined)) return 'organization';
  // "SOS Medias Burundi", "NHK World Japan": an acronym and then a country is a body's name, never a person's.
  if (words.length >= 2 && ACRONYM_OF_THREE.test(words[0] ?? '') && PLACES.has(last)) return 'organization';
  // A district, a plan, a pact, a law, an event, a venue, a storm, an illness or a day of the calendar (thing-name.ts).
  if (namesAThing(name, words, lower, last)) return 'unknown';
  // "Panasonic North America", "Siemens Canada": a company's regional arm ends in its region (not a person's surname
  // that is a town: "George Washington").
  if (words.length >= 2 && (REGIONS.has(last) || REGIONS.has(lower.slice(-2).join(' ')))) return 'organization';
  // "United Auto Workers", "Teamsters": a labor union by its members.
  if (LABOR_UNION_WORDS.has(last) && (words.length >= 2 || last === 'teamsters')) return 'organization';
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
