import type { ParseDocument, Paragraph, Token } from '../document';
import { classifyMention } from '../classify-mention';
import { CURRENCY_UNITS, NAME_STOP_WORDS } from '../lexicon/name-context';
import { COUNTRY_INITIALS, COUNTRY_OF_DEMONYM, DESCRIBED_BY_PLACE, NATIONAL_BODIES, PLACES } from '../lexicon/places';
import { HEADLINE_VERBS, cueLemma } from '../lexicon/cue-verbs';
import { I_FORMS } from '../lexicon/pronouns';
import { CALENDAR_WORDS, TIME_ZONES } from '../lexicon/calendar';
import { NEWS_AGENCIES, ORGANIZATION_WORDS, ROLE_NOUNS, TITLES, TITLE_ACRONYMS, TITLE_ENDS, isTitle } from '../lexicon/role-nouns';
import { isCapitalized, isPossessive, withoutPossessive } from '../tokens';
import { nicknamedNameStart } from '../nicknamed-name';
import { asBody, asPerson, occurrence, type NameOccurrence } from './name-occurrence';
import { cleanName } from './clean-name';
import { headlineNames, isHeadlineCase, writtenElsewhere } from './headline-names';
import { isDocumentNoun, modifiesNoun } from './after-name';
import { COORDINATED_ROLE } from './coordinated-name';
import { runEnd, runStart } from './run-bounds';
import { allInCapitals, isPlainRun, labelEnds, plainName, titleCase } from './name-run';

/** The names in one paragraph's runs of capitalized words: into `multi` and `singles`, single words kept in `singleTokens` for a second look. */
export function indexRuns(
  doc: ParseDocument,
  paragraph: Paragraph,
  multi: NameOccurrence[],
  singles: NameOccurrence[],
  singleTokens: { tokens: readonly Token[]; i: number }[],
): void {
  const tokens: readonly Token[] = paragraph.tokens;
  const headline = isHeadlineCase(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    // (Nor a verb a headline capitalizes: "Christie Is Over Marco Rubio" opens no name at "Is"; see runEnd.)
    if (!isCapitalized(tokens[i]) || I_FORMS.has(tokens[i]?.lower ?? '') || HEADLINE_VERBS.has(tokens[i]?.lower ?? '')) continue;
    const end = runEnd(tokens, i);
    const start = runStart(tokens, i, end);
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
      multi.push(asPerson(occurrence(tokens, i, given, end, name, null, tokens[given]?.start ?? 0)));
      continue;
    }
    // A people's adjective before its noun is no name, alone or after a word read as a role ("demand from Japanese
    // investors", "The official Iraqi news agency INA"; not "Michael German ... German said").
    const next = tokens[end];
    if (
      end - i === 1 &&
      COUNTRY_OF_DEMONYM.has(tokens[i]?.text ?? '') &&
      next?.word === true &&
      !next.cap &&
      cueLemma(next.text) === undefined
    )
      continue;
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
        multi.push(asPerson(occurrence(tokens, first, first, end, name, null, tokens[first]?.start ?? 0)));
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
      const name = cleanName(doc, withoutPossessive(mention.name), opens);
      // "in Buffalo, New York": a place is no antecedent of "he", "it" or "the company" (it speaks only by its name).
      // ... nor is a date left of "Starting April 13th".
      // ("Queens and Brooklyn saw ...": the first of two places is no role of the second.)
      const bare = mention.role === null || COORDINATED_ROLE.test(mention.role);
      // ... nor "the Tesla CEO’s comments": a body and an executive's title, no one's name.
      // (cleanName joins its words with single spaces: the last word is after the last space, found without a split.)
      const titleOnly = TITLE_ACRONYMS.has(name.slice(name.lastIndexOf(' ') + 1));
      // ... nor the time zone of "Updated at 2 a.m. ET Tuesday".
      const zone = TIME_ZONES.has(name) && CLOCK_TIME.test(tokens[start - 1]?.lower ?? '');
      // ... nor "a Santa Barbara-based model": a place's adjective.
      const placeAdjective = DESCRIBED_BY_PLACE.test(name);
      const lower = name.toLowerCase();
      if ((bare && (PLACES.has(lower) || CALENDAR_WORDS.has(lower))) || titleOnly || zone || placeAdjective) {
        i = end - 1;
        continue;
      }
      let found = occurrence(tokens, i, start, end, name, mention.role, mention.start);
      // "media buying company GroupM", "security firm Symantec": a body named after its kind.
      // (Not "Senate Majority Leader Mitch McConnell": a body's title for its person.)
      const titleEnd = mention.role?.slice(mention.role.lastIndexOf(' ') + 1).toLowerCase() ?? '';
      // (Nor "Army Gen. Gustave Perna": a title ends the role.)
      // ("the official Iraqi news agency INA": a news agency is an outlet.)
      if (ORGANIZATION_WORDS.has(tokens[start]?.lower ?? '') && !TITLE_ENDS.has(titleEnd) && !isTitle(titleEnd))
        found = asBody(found, tokens[start]?.lower === 'agency' && tokens[start - 1]?.lower === 'news' ? 'media' : 'organization');
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

/** The word a time zone follows: "a.m.", "p.m.", "noon", "midnight" or the digits of a time ("1600 GMT"). */
const CLOCK_TIME = /^(?:[ap]\.?m\.?|noon|midnight|\d{1,2}(?::?\d\d)?)$/;
