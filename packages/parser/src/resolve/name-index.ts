import type { ParseDocument, Paragraph, Token } from '../document';
import { classifyMention } from '../classify-mention';
import { CURRENCY_UNITS, NAME_CONNECTORS, NAME_STOP_WORDS } from '../lexicon/name-context';
import { PARTY_MEMBERS } from '../lexicon/parties';
import { COUNTRY_OF_DEMONYM, DESCRIBED_BY_PLACE, PLACES } from '../lexicon/places';
import { cueLemma } from '../lexicon/cue-verbs';
import { CALENDAR_WORDS, TIME_ZONES, WEEKDAYS } from '../lexicon/calendar';
import {
  CAPITAL_TITLES,
  COURTESY_TITLES,
  NEWS_AGENCIES,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  TITLES,
  TITLE_ACRONYMS,
  isRoleNoun,
  isTitle,
} from '../lexicon/role-nouns';
import { COMPANY_ENDINGS } from '../lexicon/company-endings';
import { isCapitalized, isPossessive } from '../tokens';
import { isGivenName } from '../lexicon/given-names';
import { nicknamedNameStart } from '../nicknamed-name';
import { asOrganization, occurrence, type NameOccurrence } from './name-occurrence';
import { cleanName, lowercaseWords } from './not-a-name';
import { headlineNames, isHeadlineCase, writtenElsewhere } from './headline-names';
import { isDocumentNoun, modifiesNoun } from './after-name';
import { introducedSingles } from './introduced-names';
import { COORDINATED_ROLE } from './coordinated-name';
import { opensSentence } from './positions';

export type { Gender, NameOccurrence } from './name-occurrence';

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.

/** Whether tokens[i, end) are capitalized words with no title, role, party member, connector or body word among them. */
function isPlainRun(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k += 1) {
    const t = tokens[k];
    if (
      t === undefined ||
      !t.cap ||
      ROLE_NOUNS.has(t.lower) ||
      PARTY_MEMBERS.has(t.lower) ||
      CAPITAL_TITLES.has(t.text) ||
      // "Mr John Smith", "Dr Klaus Goekmann": a courtesy title written without its period, as British copy does (not
      // "Mrs Fields Inc", a company; "Lord Young" and "Sir Roy Denman" are written as the names they are).
      (k === i && COURTESY_TITLES.has(t.lower) && !COMPANY_ENDINGS.has(tokens[end - 1]?.lower ?? '')) ||
      NAME_STOP_WORDS.has(t.lower) ||
      t.lower.endsWith('.') ||
      t.text.includes("'") ||
      t.text.includes('’')
    )
      return false;
  }
  return true;
}

/** Whether tokens[i, end) are all longer than one character and in capitals; a loop, not slice().every(): it runs for every run of names. */
function allInCapitals(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.text.length <= 1 || t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

function plainName(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
): { kind: 'name'; name: string; role: null; start: number } | null {
  const first = tokens[i];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return null;
  return { kind: 'name', name: text.slice(first.start, last.end), role: null, start: first.start };
}

/**
 * Every capitalized name of two or more words in the article (and single-word news agencies),
 * with a role noun just before it ("Russian dictator Vladimir Putin"), in text order: the
 * antecedents that surnames, pronouns and epithets are resolved against.
 */
export function indexNames(doc: ParseDocument, until = Infinity): NameOccurrence[] {
  const multi: NameOccurrence[] = [];
  const singles: NameOccurrence[] = [];
  const singleTokens: { tokens: readonly Token[]; i: number }[] = [];
  for (const paragraph of doc.paragraphs) {
    // Names after the last claim cannot be its antecedents: full names come before their short forms.
    if (paragraph.start > until) break;
    indexRuns(doc, paragraph, multi, singles, singleTokens);
  }
  // A single word counts when it is the surname of a longer name in the article ("Hadwin" after "Adam Hadwin").
  const surnames = new Set(multi.filter((n) => n.kind === 'person').map((n) => n.name.split(/\s+/).at(-1)?.toLowerCase()));
  let lowercase: ReadonlySet<string> | null = null;
  for (const { tokens, i } of singleTokens) {
    const token = tokens[i];
    if (token === undefined || !surnames.has(token.lower.replace(/['’]s$/, ''))) continue;
    // Not a weekday or a word with digits ("Black Friday", "Novel COVID-19"), nor a word the text also writes in
    // lowercase where a sentence opens with it ("Share", "Can", "Next"): those are no antecedents of "he" or "she".
    if (WEEKDAY_SET.has(token.lower) || /\d/.test(token.text)) continue;
    // ... nor a people's adjective before its noun ("demand from Japanese investors"; not "Michael German ... German said").
    const next = tokens[i + 1];
    if (COUNTRY_OF_DEMONYM.has(token.text) && next?.word === true && !next.cap && cueLemma(next.text) === undefined) continue;
    if (opensSentence(tokens, i) && (lowercase ??= lowercaseWords(doc)).has(token.lower)) continue;
    const mention = classifyMention(doc.text, tokens, i, i + 1);
    if (mention === null || mention.kind !== 'name') continue;
    singles.push(occurrence(tokens, i, i, i + 1, mention.name.replace(/['’]s$/, ''), mention.role, mention.start));
  }
  const kept = singles.filter((n) => surnames.has(n.name.toLowerCase()));
  introducedSingles(singleTokens, surnames, kept);
  return kept.length === 0 ? multi : [...multi, ...kept].sort((x, y) => x.at - y.at);
}

/*
 * indexNames's passes below are functions of their own rather than one body: TurboFan recompiles a whole function each
 * time a branch it has not run before is taken (a read past a paragraph's last token, a rare kind of name), and a cold
 * pass over reuters-21578 recompiled the one body four times, 150 ms and more each; split, a rare branch recompiles one pass.
 */

/** The names in one paragraph's runs of capitalized words: into `multi` and `singles`, single words kept in `singleTokens` for a second look. */
function indexRuns(
  doc: ParseDocument,
  paragraph: Paragraph,
  multi: NameOccurrence[],
  singles: NameOccurrence[],
  singleTokens: { tokens: readonly Token[]; i: number }[],
): void {
  const tokens: readonly Token[] = paragraph.tokens;
  const headline = isHeadlineCase(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isCapitalized(tokens[i])) continue;
    let end = i + 1;
    // A possessive ends a name ("McCallum's Safe Surrey council": McCallum, then Safe Surrey).
    while (
      end < tokens.length &&
      !isPossessive(tokens[end - 1]?.text ?? '') &&
      (isCapitalized(tokens[end]) ||
        (NAME_CONNECTORS.has(tokens[end]?.lower ?? '') && isCapitalized(tokens[end + 1]) && !joinsTwoNames(tokens, i, end)))
    )
      end += 1;
    let start = i;
    // A sentence-initial function word is not part of the name ("Despite Putin's ...", "When Smith ...").
    // ("Buy Photo Glen Swanson": a photo's credit line; not "Best Buy".)
    while (
      start < end - 1 &&
      (NAME_STOP_WORDS.has(tokens[start]?.lower ?? '') || (tokens[start]?.lower === 'buy' && tokens[start + 1]?.lower === 'photo'))
    )
      start += 1;
    // "Since late April Trump had toned down ...", "in March Cuomo said": a month or a day after a word of time is the
    // time, not a first name (not "April Ryan said", a name opening its own clause).
    if (end - start >= 2 && CALENDAR_WORDS.has(tokens[start]?.lower ?? '') && TIME_BEFORE.has(tokens[start - 1]?.lower ?? '')) start += 1;
    // A lowercase role noun before the name, with the capitalized words before it ("Russian dictator", "New York City's
    // mayor", "White House economist"): one of them alone would cut a longer name in two ("City's mayor").
    const before = tokens[start - 1];
    if ((before !== undefined && isRoleNoun(before.lower, before.cap)) || ORGANIZATION_WORDS.has(before?.lower ?? '')) {
      start -= 1;
      const floor = start - 6;
      while (
        start > Math.max(0, floor) &&
        ((isCapitalized(tokens[start - 1]) && !NAME_STOP_WORDS.has(tokens[start - 1]?.lower ?? '')) ||
          (NAME_CONNECTORS.has(tokens[start - 1]?.lower ?? '') && isCapitalized(tokens[start - 2])))
      )
        start -= 1;
    }
    // "Centers for Disease Control and Prevention Director Robert Redfield": a body's name before a title, whole.
    // ... and "Chancellor of the Exchequer Nigel Lawson": a title "of the" body, whole (a title: not "In March for the
    // Abbott ID NOW test", "As for the COVID-19 outbreak").
    while (start > 1 && end - start < 12) {
      const ofThe = tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.lower === 'of' && start > 2 ? 1 : 0;
      const before = tokens[start - 2 - ofThe];
      if (!/^(?:for|of)$/.test(tokens[start - 1 - ofThe]?.lower ?? '') || !isCapitalized(before) || isPossessive(before?.text ?? '')) break;
      if (ofThe === 1 && !ROLE_NOUNS.has(before?.lower ?? '') && !isTitle(before?.lower ?? '')) break;
      start -= 2 + ofThe;
      // (Not past a possessor: "Cook County’s Office of the Chief Judge spokesman Pat Milhizer".)
      while (
        start > 0 &&
        isCapitalized(tokens[start - 1]) &&
        !NAME_STOP_WORDS.has(tokens[start - 1]?.lower ?? '') &&
        !isPossessive(tokens[start - 1]?.text ?? '')
      )
        start -= 1;
    }
    // "6.28 billion U.S. Dlrs": a currency, no one's name; nor "U.S. Would", "U.S. Pressure", "In the U.S. Silas said":
    // a country's initials and a word that is no body's ("U.S. Treasury", "U.K. Embassy" are bodies).
    if (
      (end - i >= 2 && CURRENCY_UNITS.has(tokens[end - 1]?.lower ?? '')) ||
      (end - start === 2 &&
        COUNTRY_INITIALS.has(tokens[start]?.text ?? '') &&
        !ORGANIZATION_WORDS.has(tokens[start + 1]?.lower ?? '') &&
        !NATIONAL_BODIES.has(tokens[start + 1]?.lower ?? ''))
    ) {
      i = end - 1;
      continue;
    }
    // 'C.J. "Pete" Silas': the given names before a quoted nickname and the surname after it are one person's name.
    const given = end - i === 1 ? nicknamedNameStart(tokens, i) : -1;
    const givenEnd = tokens[i - 4];
    if (given >= 0 && givenEnd !== undefined) {
      const name = `${doc.text.slice(tokens[given]?.start ?? 0, givenEnd.end)} ${tokens[i]?.text ?? ''}`;
      multi.push({ ...occurrence(tokens, i, given, end, name, null, tokens[given]?.start ?? 0), kind: 'person' });
      continue;
    }
    // Single words are many and mostly not names: they are kept for a second look (surnames) below.
    if (end - i === 1 && start === i && !NEWS_AGENCIES.has(tokens[i]?.lower ?? '')) {
      singleTokens.push({ tokens, i });
      continue;
    }
    // A run in capitals ("NEW YORK (AP)", "ROADS BLOCKED") is a dateline or a heading, not a speaker; but a transcript's
    // label ("MARY LOUISE KELLY, HOST:", "GEORGE RUTHERFORD:") gives the full name of the speaker its turns name ("KELLY:").
    if (end - i >= 2 && allInCapitals(tokens, i, end)) {
      // ("PRESIDENT MOON JAE-IN:": the title is no part of the name.)
      let first = i;
      while (
        first < end - 1 &&
        (ROLE_NOUNS.has(tokens[first]?.lower ?? '') ||
          TITLES.has(tokens[first]?.lower ?? '') ||
          NAME_STOP_WORDS.has(tokens[first]?.lower ?? ''))
      )
        first += 1;
      if (i === 0 && end - first >= 2 && end - i <= 4 && labelEnds(tokens, end)) {
        const name = titleCase(doc.text.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0));
        multi.push({ ...occurrence(tokens, first, first, end, name, null, tokens[first]?.start ?? 0), kind: 'person' });
      }
      i = end - 1;
      continue;
    }
    // Plain runs of capitalized words ("Comissaria Smith") are names as they stand; the rest needs the full reading.
    const mention =
      start === i && isPlainRun(tokens, i, end) ? plainName(doc.text, tokens, i, end) : classifyMention(doc.text, tokens, start, end);
    if (mention !== null && mention.kind === 'name') {
      // "Rival Hillary Clinton", "CNN Tuesday": words glued to the name are not part of it.
      const opens = mention.role === null && (start === 0 || /^[.?!"“”]$/.test(tokens[start - 1]?.text ?? ''));
      const name = cleanName(doc, mention.name.replace(/['’]s$/, ''), opens);
      // "in Buffalo, New York": a place is no antecedent of "he", "it" or "the company" (it speaks only by its name).
      // ... nor is a date left of "Starting April 13th".
      // ("Queens and Brooklyn saw ...": the first of two places is no role of the second.)
      const bare = mention.role === null || COORDINATED_ROLE.test(mention.role);
      // ... nor "the Tesla CEO’s comments": a body and an executive's title, no one's name.
      const titleOnly = TITLE_ACRONYMS.has(name.split(/\s+/).at(-1) ?? '');
      // ... nor the time zone of "Updated at 2 a.m. ET Tuesday".
      const zone = TIME_ZONES.has(name) && CLOCK_TIME.test(tokens[start - 1]?.lower ?? '');
      // ... nor "a Santa Barbara-based model": a place's adjective.
      const placeAdjective = DESCRIBED_BY_PLACE.test(name);
      if ((bare && (PLACES.has(name.toLowerCase()) || CALENDAR_WORDS.has(name.toLowerCase()))) || titleOnly || zone || placeAdjective) {
        i = end - 1;
        continue;
      }
      let found = occurrence(tokens, i, start, end, name, mention.role, mention.start);
      // "media buying company GroupM", "security firm Symantec": a body named after its kind.
      // (Not "Senate Majority Leader Mitch McConnell": a body's title for its person.)
      const titleEnd = mention.role?.slice(mention.role.lastIndexOf(' ') + 1).toLowerCase() ?? '';
      // (Nor "Army Gen. Gustave Perna": a title ends the role.)
      if (ORGANIZATION_WORDS.has(tokens[start]?.lower ?? '') && !TITLE_ENDS.has(titleEnd) && !isTitle(titleEnd))
        found = asOrganization(found);
      // "the Staten Island Amazon warehouse", "the USA TODAY Facebook page": a run modifying a noun names no person.
      // "Internal Tesla emails viewed by NBC said": a run before a document's noun is its issuer, no person.
      // (Not "President Donald Trump’s letter": a possessive names who wrote it, a person as well as a body.)
      const document = tokens[end]?.cap === false && isDocumentNoun(tokens[end]?.lower ?? '') && !isPossessive(tokens[end - 1]?.text ?? '');
      if (found.kind === 'person' && ((tokens[start - 1]?.lower === 'the' && modifiesNoun(tokens[end])) || document)) {
        i = end - 1;
        continue;
      }
      if (headline && !writtenElsewhere(doc.text, name, paragraph)) {
        multi.push(...headlineNames(doc.text, tokens, i, end, paragraph));
        i = end - 1;
        continue;
      }
      if (end - start > 1 || NEWS_AGENCIES.has(tokens[i]?.lower ?? '') || found.kind === 'organization') multi.push(found);
      else singles.push(found);
    }
    i = end - 1;
  }
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Titles that end a body's title for its person, right before the name ("Senate Majority Leader Mitch McConnell"). */
const TITLE_ENDS: ReadonlySet<string> = new Set([
  'leader',
  'whip',
  'speaker',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'majority',
  'minority',
]);

/** Countries written by their initials with periods, as wire copy of the 1980s does ("U.S. Mint", "U.K. Treasury"; "UK Hospitality" names a body). */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.K.', 'H.K.', 'N.Z.']);
/** A nation's bodies written after its initials that no list of organization words holds ("U.S. Treasury", "U.S. Mint"). */
const NATIONAL_BODIES: ReadonlySet<string> = new Set([
  'treasury',
  'mint',
  'embassy',
  'navy',
  'senate',
  'congress',
  'administration',
  'government',
]);

/**
 * Whether "and" at tokens[at] joins two names rather than sitting inside one: "President Donald Trump and Secretary of
 * State Mike Pompeo" (two capitalized words or more before it, no body's word or connector among them, and a title on
 * either side), not "Procter and Gamble", "Securities and Exchange Commission", "Department of Health and Human Services".
 */
function joinsTwoNames(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at]?.lower !== 'and' || at - from < 2) return false;
  for (let k = from; k < at; k += 1) {
    const t = tokens[k];
    if (t === undefined || !t.cap || ORGANIZATION_WORDS.has(t.lower) || NAME_CONNECTORS.has(t.lower)) return false;
  }
  // A title on either side says they are people: "President Donald Trump and Trudeau", "Trump and Secretary of State ...".
  const titled = (t: Token | undefined) => t !== undefined && (isTitle(t.lower) || ROLE_NOUNS.has(t.lower));
  if (titled(tokens[from]) || titled(tokens[at + 1])) return true;
  // ... and so do given names opening both ("Amanda Celestino and Marco Shalma"; not "Goldman Sachs and Morgan Stanley").
  return isGivenName(tokens[from]?.text ?? '') && isGivenName(tokens[at + 1]?.text ?? '') && isCapitalized(tokens[at + 2]);
}

/** Whether a transcript's label ends at tokens[end]: a colon, or a comma, a role in capitals and a colon (", HOST:"). */
function labelEnds(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text === ':') return true;
  if (tokens[end]?.text !== ',') return false;
  let k = end + 1;
  while (k < end + 5 && tokens[k]?.word === true && tokens[k]?.text === tokens[k]?.text.toUpperCase()) k += 1;
  return k > end + 1 && tokens[k]?.text === ':';
}

/** "MARY LOUISE KELLY" -> "Mary Louise Kelly" (each word's first letter kept, the rest in lowercase). */
function titleCase(text: string): string {
  return text.replace(LETTERS, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}
const LETTERS = /\p{L}+(?:-\p{L}+)*/gu;
/** The word a time zone follows: "a.m.", "p.m.", "noon", "midnight" or the digits of a time ("1600 GMT"). */
const CLOCK_TIME = /^(?:[ap]\.?m\.?|noon|midnight|\d{1,2}(?::?\d\d)?)$/;
/** Words before a month or a day that make it a time ("late April", "since March", "early on Monday"). */
const TIME_BEFORE: ReadonlySet<string> = new Set([
  ...['late', 'early', 'mid', 'since', 'until', 'till', 'through', 'in', 'by', 'from', 'of', 'on', 'last', 'next', 'this'],
  ...['before', 'after', 'during'],
]);
