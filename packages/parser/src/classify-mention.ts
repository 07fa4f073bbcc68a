import type { Mention, Token } from './document';
import { ANONYMOUS_HEADS, UNNAMED_DETERMINERS, isAnonymousWord } from './lexicon/anonymous';
import { INDEFINITE_PRONOUNS, PRONOUN_AND_BE, SPEAKER_PRONOUNS } from './lexicon/pronouns';
import { BE_FORMS, DETERMINERS, NOT_A_HEAD, PREPOSITIONS } from './lexicon/function-words';
import {
  CAPITAL_TITLES,
  COURTESY_TITLES,
  MEDIA_WORDS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
  TITLES,
  TITLE_ACRONYMS,
  isPersonHead,
  isPeoplePlural,
  speaksForABody,
  isRoleNoun,
  isSpeakerNoun,
  isTitle,
} from './lexicon/role-nouns';
import { CALENDAR_WORDS, TIME_NOUNS } from './lexicon/calendar';
import { cueAt, takesNameInS } from './lexicon/cue-verbs';
import { COMPANY_ENDINGS, LEGAL_FORMS, LEGAL_FORM_IN_S, isFirmNamedForPeople } from './lexicon/company-endings';
import { SPEECH_ACT_FORMS } from './lexicon/speech-acts';
import { namesDocument, speaksForItself } from './lexicon/statement-nouns';
import { PARTY_MEMBERS } from './lexicon/parties';
import { COUNTRY_OF_DEMONYM, DESCRIBED_BY_PLACE, PLACES, isPlaceOrPeople } from './lexicon/places';
import { NAME_PARTICLES, isArticleSurname, isGeneration } from './lexicon/name-context';
import { isGivenName } from './lexicon/given-names';
import { isCapitalized, isInCapitals, isPossessive, isWord, lowerJoin, withoutPossessive } from './tokens';
import { trimEnd } from '@claimline/schema';
import { mentionOnce } from './mention-memo';

/**
 * Lowercase words allowed inside a name ("Ministry of Finance", "Ludwig van Beethoven"), with the "and" of German and
 * French firms' names ("F. Hoffmann-La Roche und Co AG", "Duffour et Igon").
 */
const CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'and', 'for', 'on', '&', 'und', 'et']);
/** Connectors that belong to a person's name, not between a title and a name. */
const PARTICLES = NAME_PARTICLES;
/** Capitalized words before a "the" that stays inside a body's name ("Save the Children", "Bank of the West"). */
const NAME_ARTICLE_BEFORE = new Set(['save', 'of', 'for', 'against', 'to']);
/** Words that open a relative clause inside a description ("the employee who spoke to The Verge"). */
const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** A number in a poll's share ("four in 10", "one in five"). */
const SHARE_NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
/** Leading words that are not part of the speaker ("However, ...", "and one source ..."). */
const LEADING = new Set([
  'and',
  'but',
  'so',
  'then',
  'however',
  'also',
  'meanwhile',
  'instead',
  'yet',
  'or',
  'now',
  'still',
  'thus',
  'although',
  'though',
  'while',
  'when',
  'if',
  'because',
  'since',
  'as',
  'after',
  'before',
  'what',
  'where',
  'whether',
  'once',
  'until',
  'unless',
  'even',
  'indeed',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'later',
  'earlier',
  'today',
  // "said Borges, who predicted ...": an inverted cue before the name the relative clause hangs on.
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
]);
/** Words that open a phrase of time before a speaker ("This morning", "Last week"). */
const TIME_OPENERS = new Set(['this', 'last', 'next', 'earlier', 'later']);
const TIME_WORDS = new Set([...TIME_NOUNS, 'today', 'yesterday']);
/** Prepositions after a name that attach a place or body to it ("Guest with the NSHA", "Smith of Acme", "a commenter on Weibo"). */
const POSTMODIFIER = new Set(['with', 'of', 'from', 'at', 'for', 'in', 'on']);
/** Verbs that open a question before "I" ("Can I", "Should I"). */
const QUESTION_VERBS = new Set(['can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'do', 'did', 'am']);
/** A past participle before "by" ("polled", "contacted", "seen", "written"). */
const PARTICIPLE_BY = /^\p{Ll}+(?:ed|en|wn)$/u;
/** Prepositions that open a phrase before the speaker ("in a move the company said"). */
const PREPOSITION_START = new Set(['in', 'on', 'at', 'by', 'for', 'with', 'from', 'after', 'during', 'as']);
/** Participles of an outlet obtaining or printing a document ("seen by Reuters", "obtained by The Times"). */
const SEEN_BY = new Set(['seen', 'obtained', 'reviewed', 'viewed']);
/** Writing not meant for the public, which an outlet that publishes it did not write ("a memo published by TechCrunch"). */
const PRIVATE_WRITING = new Set([
  'memo',
  'memos',
  'email',
  'emails',
  'e-mail',
  'letter',
  'letters',
  'message',
  'messages',
  'recording',
  'draft',
]);
/** Adverbs between a document and the participle of its seeing ("first reported by", "exclusively obtained by"). */
const SEEING_ADVERBS = new Set(['first', 'exclusively', 'recently', 'previously', 'earlier', 'later', 'also', 'originally', 'still']);

/**
 * Where the document before the participle at tokens[p] ends: "an internal email that was viewed by", "the email, which was
 * first reported by" end at "email".
 */
function beforeParticiple(tokens: readonly Token[], a: number, p: number): number {
  let end = p;
  // ("that is still being reviewed by", "which was first reported by".)
  let relative = end;
  while (relative > a && (SEEING_ADVERBS.has(tokens[relative - 1]?.lower ?? '') || BE_FORMS.has(tokens[relative - 1]?.lower ?? '')))
    relative -= 1;
  if (relative - 1 > a && /^(?:that|which)$/.test(tokens[relative - 1]?.lower ?? '')) end = relative - 1;
  else while (end > a && SEEING_ADVERBS.has(tokens[end - 1]?.lower ?? '')) end -= 1;
  if (end > a && tokens[end - 1]?.text === ',') end -= 1;
  return end;
}

/** Prepositions that place a person described by a noun ("a paralegal in Minot", "an analyst at Goldman Sachs"). */
const PLACED = new Set(['in', 'at']);
/** Words inside a place's or body's name between capitalized words ("University of Illinois at Chicago"). */
const PLACE_JOINS = new Set(['of', 'at', 'and', '&', 'for', 'de']);
/** A company's legal form, written last in its name ("Ltd", "Inc.", "Plc", "AG"; not "Corp" or "Co": "Hospital Corp of America"). */
const COMPANY_FORMS = new Set(['ltd', 'inc', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj']);
/** Things a body issues, which speak for it ("a statement from the EU"). */
const STATEMENTS = new Set([
  'statement',
  'release',
  'letter',
  'memo',
  'email',
  'report',
  'post',
  'tweet',
  'notice',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]);
/** Media a campaign or a body puts out, which speak for it as subjects ("The ad claims", "one Clinton ad declared"). */
const AUTHORED_MEDIA = new Set(['ad', 'ads', 'commercial', 'commercials', 'mailer', 'mailers', 'flyer', 'flyers']);
/** What a body issues ("The company's statement"), unlike who speaks for it ("Putin's spokesman"). */
const ISSUED = new Set(['statement', 'release', 'letter', 'memo', 'email', 'report', 'post', 'tweet', 'notice']);
/** Words after a person noun that describe an unnamed source by what it knows ("familiar with", "close to", "briefed on"). */
const KNOWING = new Set([
  'familiar',
  'close',
  'briefed',
  'knowledgeable',
  'privy',
  'aware',
  'involved',
  'unauthorized',
  'unauthorised',
  'granted',
  'speaking',
]);
/** Words after "with" that describe an unnamed source by what it knows ("people with knowledge of", "with direct knowledge"). */
const WITH_KNOWLEDGE = new Set(['knowledge', 'direct', 'firsthand', 'first-hand', 'access', 'insight', 'ties']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'several', 'both', 'all', 'few']);

/** The head word of a compound ("sergeant-at-arms" -> "sergeant"). */
const headOf = (t: Token) => bare(t).split('-')[0] ?? '';
/** Whether a hyphenated word ends in a paper's word ("Courier-Journal", "Sun-Times", "Post-Dispatch" is a paper by its first). */
function mediaAfterHyphen(t: Token | undefined): boolean {
  if (t === undefined || !t.lower.includes('-') || !/^[A-Z][^-]*-[A-Z]/.test(t.text)) return false;
  const w = bare(t);
  return MEDIA_WORDS.has(w.slice(w.lastIndexOf('-') + 1)) || MEDIA_WORDS.has(w.slice(0, w.indexOf('-')));
}

/** The word without a possessive or a final period ("Putin's" -> "putin's" -> "putin", "Gov." -> "gov"); no regex, it is hot. */
function bare(t: Token): string {
  let w = t.lower;
  const n = w.length;
  if (n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 8217)) w = w.slice(0, n - 2);
  if (w.charCodeAt(w.length - 1) === 46) w = w.slice(0, -1);
  return w;
}
/** Whether a word of tokens[from, to) is a body's, in the singular or plural; a loop, not slice().some(): it runs for every name. */
function hasBodyWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (t !== undefined && (ORGANIZATION_WORDS.has(bare(t)) || (t.lower.endsWith('s') && ORGANIZATION_WORDS.has(bare(t).slice(0, -1)))))
      return true;
  }
  return false;
}

/**
 * Whether a word of tokens[from, to) is a title or role; asked only of a run with a body's word in it. A company's ending
 * is no title ("AG" is also an attorney general's), nor is a title in "'s" before the body's word ("the Alameda County
 * Sheriff’s Office").
 */
function titledRun(tokens: readonly Token[], from: number, to: number): boolean {
  // ("General Motors of Canada Ltd": a title word opening a name that ends in a legal form is the company's, as in
  // "General Acquisition Co".)
  // (Not "General Motors Corp and PPG Industries Inc", two companies.)
  const company = isLegalForm(tokens[to - 1]) && !joinsCompanies(tokens, from, to - 1);
  for (let i = company ? from + 1 : from; i < to; i += 1) {
    const t = tokens[i];
    if (t !== undefined && isRoleWord(t) && !isPossessive(t.text) && !(i === to - 1 && COMPANY_ENDINGS.has(t.lower))) return true;
  }
  return false;
}

/**
 * Where a person's name starts that ends a body's name in tokens[from, to) ("Office of Management and Budget James
 * Miller", "Export Promotion Council Ahmad Sarji Abdul Hamind"): a given name, then up to three capitalized words that
 * name no body.
 */
function personAfterBody(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = Math.max(from + 1, to - 4); k <= to - 2; k += 1) {
    // (Not "Nynex Corp's New York Telephone": a given name that goes on a place's name.)
    if (
      !isGivenName(tokens[k]?.text ?? '') ||
      !hasBodyWord(tokens, from, k) ||
      PLACES.has(`${tokens[k - 1]?.lower ?? ''} ${tokens[k]?.lower ?? ''}`)
    )
      continue;
    for (let i = k; i < to; i += 1) if (!isCapitalized(tokens[i]) || hasBodyWord(tokens, i, i + 1) || isLegalForm(tokens[i])) return null;
    return k;
  }
  return null;
}

/** Whether a token is a company's legal form ("Ltd", "Inc.", "Corp"). */
export function isLegalForm(t: Token | undefined): boolean {
  return t !== undefined && LEGAL_FORMS.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
}

/** Whether a legal form and "and" join two companies in tokens[from, to) ("General Motors Corp and PPG Industries Inc"). */
function joinsCompanies(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1)
    if (isLegalForm(tokens[i]) && (tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === '&')) return true;
  return false;
}

/** Whether a word of tokens[from, to) names a body or an outlet, or is an acronym ("the Kremlin", "the CDC"); a loop, not slice().some(): it runs for every "the" before a name. */
function namesBody(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (
      t !== undefined &&
      (ORGANIZATION_WORDS.has(bare(t)) || MEDIA_WORDS.has(bare(t)) || isInCapitals(t.text) || (i === to - 1 && mediaAfterHyphen(t)))
    )
      return true;
  }
  return false;
}

/** "S and P", "D and P": a connector between two capital letters is inside a body's initials, no split of a title from a name. */
function betweenInitials(tokens: readonly Token[], i: number): boolean {
  return SINGLE_CAPITAL.test(tokens[i - 1]?.text ?? '') && SINGLE_CAPITAL.test(tokens[i + 1]?.text ?? '');
}
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Whether tokens[from, to) are a few words with no verb of being or comma among them ("Asian Americans", not "children are beaten"). */
function isNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let i = from; i < to; i += 1) if (tokens[i]?.word !== true || BE_FORMS.has(tokens[i]?.lower ?? '')) return false;
  return true;
}

/** "NIH Director Dr." -> "NIH Director"; "Dr." alone stays (it is the only role written). */
function withoutCourtesyTitle(role: string): string {
  const cut = role.lastIndexOf(' ');
  const last = role.slice(cut + 1);
  return cut > 0 && last.endsWith('.') && COURTESY_TITLES.has(last.slice(0, -1).toLowerCase()) ? trimEnd(role.slice(0, cut), ' ,') : role;
}

/** A number written in words, up to ninety-nine ("Sixty-seven", "forty", "twelve"). */
const NUMBER_WORD =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/;

/** Whether tokens[b - 1] is people in the plural: "voters", "Americans", "Democrats" (not "deaths", "contributions"). */
function peopleLast(tokens: readonly Token[], b: number): boolean {
  const last = tokens[b - 1];
  return last !== undefined && (isPeoplePlural(last.lower, true) || (last.cap && /[^s]s$/.test(last.lower)));
}

/** Counts that open a crowd of unnamed people ("Hundreds of ..."). */
const CROWDS: ReadonlySet<string> = new Set(['hundreds', 'dozens', 'thousands', 'millions', 'scores', 'tens']);
/** Shares of a group, before "of" ("Half of Americans", "a majority of voters"). */
const SHARES: ReadonlySet<string> = new Set([
  ...['half', 'third', 'quarter', 'fifth', 'majority', 'minority', 'plurality'],
  // ("the share of Americans", "an increasing number of Democrats".)
  ...['share', 'proportion', 'percentage', 'fraction'],
  ...['one-third', 'two-thirds', 'one-quarter', 'three-quarters', 'one-fifth', 'two-fifths', 'three-fifths'],
]);
const isRoleWord = (t: Token) => isRoleNoun(bare(t), t.cap) || TITLES.has(bare(t)) || CAPITAL_TITLES.has(t.text);

/** Prepositions that tie a group to a place, body or person ("officials in", "aides to", "economists at"). */
const GROUP_LINKS = new Set(['in', 'at', 'of', 'from', 'for', 'to', 'with', 'on', 'across', 'around', 'inside', 'close']);

/** Verbs that make the words after a group's preposition a clause rather than a name. */
const CLAUSE_VERBS = new Set([...BE_FORMS, 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * Where the group ends when tokens a..b read as unnamed people, a preposition and a name, else -1: "Two senior
 * officials at the White House", "Health officials in New York", "Aides to Trump". Lowercase words (or numbers)
 * before the plural, a name after it, no verb; a day at the end is left out ("traders in Tokyo today").
 */
function describedGroupEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let i = a + 1; i < Math.min(b - 1, a + 6); i += 1) {
    const t = tokens[i];
    // ("Andriessen accused officials of some EC": a cue before the group makes it a clause.)
    if (t === undefined || !isWord(t) || cueAt(tokens, i) !== undefined || SPEECH_ACT_FORMS.has(t.lower)) return -1;
    if (!GROUP_LINKS.has(t.lower)) {
      if (t.cap) return -1;
      continue;
    }
    const head = tokens[i - 1];
    if (head === undefined || !isPeoplePlural(head.lower, !head.cap)) return -1;
    // ... and no verb after it: "Groups from California to New York have amassed a following" is a clause.
    let named = false;
    for (let k = i + 1; k < b; k += 1) {
      if (CLAUSE_VERBS.has(tokens[k]?.lower ?? '') || RELATIVES.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'what') return -1;
      named ||= isCapitalized(tokens[k]);
    }
    let end = b;
    while (end > i + 2 && TIME_WORDS.has(tokens[end - 1]?.lower ?? '')) end -= 1;
    return named ? end : -1;
  }
  return -1;
}

function span(text: string, tokens: readonly Token[], a: number, b: number): { text: string; start: number; end: number } {
  const first = tokens[a];
  const last = tokens[b - 1];
  if (first === undefined || last === undefined) return { text: '', start: 0, end: 0 };
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** A subject pronoun with its auxiliary ("he’s", "they’re", "I'm"): a pronoun's span without the auxiliary, else null. */
function contractedSubject(whole: { text: string; start: number; end: number }): { text: string; start: number; end: number } | null {
  // (And "it’s", a body's pronoun: "It’s urging ...".)
  const lower = whole.text.toLowerCase();
  if (!PRONOUN_AND_BE.test(lower) && !/^it['’]s$/.test(lower)) return null;
  const text = whole.text.slice(0, whole.text.search(/['’]/));
  return { text, start: whole.start, end: whole.start + text.length };
}

/** A mention of the span `whole`; a literal rather than `{ ...whole, ... }`: spreading copies slowly and this runs for every name. */
function mentionOf(whole: { text: string; start: number; end: number }, kind: Mention['kind'], name: string, role: string | null): Mention {
  return { text: whole.text, start: whole.start, end: whole.end, kind, name, role };
}

/**
 * The same mention with another role; a literal, not a spread copy, for the reason above and because a spread copy
 * gets a map of its own: one shape of Mention keeps every reader of mentions monomorphic.
 */
export function withRole(m: Mention, role: string | null): Mention {
  return { text: m.text, start: m.start, end: m.end, kind: m.kind, name: m.name, role };
}

/** The same mention with another name; a literal, not a spread copy, as withRole. */
export function withName(m: Mention, name: string): Mention {
  return { text: m.text, start: m.start, end: m.end, kind: m.kind, name, role: m.role };
}

/**
 * Where a company's name ends before the stock ticker Reuters writes after it in angle brackets ("Texaco Inc <TX>
 * said", "Telefon AB L.M. Ericsson <ERIC ST>"): the ticker's "<" when tokens[a, b) end with one, else b. (Not "The
 * <American Stock Exchange": a name in brackets, written without a ticker, is the name.)
 */
function beforeTicker(tokens: readonly Token[], a: number, b: number): number {
  for (let open = b - 1; open > a && open >= b - 3; open -= 1) {
    if (tokens[open]?.text !== '<') continue;
    for (let k = open + 1; k < b; k += 1) if (!TICKER.test(tokens[k]?.text ?? '')) return b;
    return open;
  }
  return b;
}
/** A ticker's word: capitals, digits and dots ("TX", "CBKG.F", "ERIC", "ST"). */
const TICKER = /^[A-Z0-9.]{1,8}$/;

/** Where the trailing capitalized run (a name) of tokens[a, b) starts, or b when the phrase does not end in one. */
function trailingRun(tokens: readonly Token[], a: number, b: number): number {
  let i = b;
  while (i > a) {
    const t = tokens[i - 1];
    if (t === undefined) break;
    if (isCapitalized(t)) i -= 1;
    else if (CONNECTORS.has(t.lower) && isCapitalized(tokens[i - 2]) && i < b) i -= 1;
    // "Save the Children", "Bank of the West": "the" inside a body's name, between two of its capitalized words.
    else if (t.text === 'the' && isCapitalized(tokens[i - 2]) && i < b && NAME_ARTICLE_BEFORE.has(tokens[i - 2]?.lower ?? '')) i -= 1;
    // "the Department of the Treasury", "the Council of the Islamic Waqf": "of the" between a body's word and the rest.
    else if (t.text === 'the' && tokens[i - 2]?.lower === 'of' && i < b && ORGANIZATION_WORDS.has(tokens[i - 3]?.lower ?? '')) i -= 1;
    // "J.C. Penney co Inc", "Jacobs Engineering group Inc": a company word Reuters wrote in lowercase inside the name.
    else if (
      (t.text === 'co' || t.text === 'group') &&
      isCapitalized(tokens[i - 2]) &&
      i < b &&
      COMPANY_ENDINGS.has(tokens[i]?.lower ?? '')
    )
      i -= 1;
    // "Sony (U.K.) Ltd", "Nikko Securities Co (Europe) Ltd": a place in parentheses inside a company's name, before its
    // ending (not "Brazilian Coffee Institute (IBC) Jorio Dauster": a body's initials, then a person).
    else if (t.text === ')' && i < b && i - 4 >= a && isParenthesizedWord(tokens, i - 1) && COMPANY_ENDINGS.has(tokens[i]?.lower ?? ''))
      i -= 3;
    else if (PARTICLES.has(t.lower) && PARTICLES.has(tokens[i - 2]?.lower ?? '') && isCapitalized(tokens[i - 3]) && i < b) i -= 2;
    // "the National Farmers' Union", "The Seafarers' International Union": a plural's apostrophe inside a body's name.
    else if (i < b && pluralPossessiveInBody(tokens, i - 1, b)) i -= 1;
    else break;
  }
  // A run never starts with a connector, but may with a particle written in capitals before a name ("the newspaper La
  // Repubblica", "the news magazine Der Spiegel", "Al Gore").
  while (
    i < b &&
    CONNECTORS.has(tokens[i]?.lower ?? '') &&
    !(PARTICLES.has(tokens[i]?.lower ?? '') && isCapitalized(tokens[i]) && isCapitalized(tokens[i + 1]))
  )
    i += 1;
  return i;
}

/** Whether tokens[mark] is the apostrophe of a capitalized plural glued to it, in a name ending in a body's word. */
function pluralPossessiveInBody(tokens: readonly Token[], mark: number, b: number): boolean {
  const t = tokens[mark];
  const plural = tokens[mark - 1];
  if (t === undefined || plural === undefined || (t.text !== "'" && t.text !== '’') || plural.end !== t.start) return false;
  // (Not a company's, "General Motors' Hughes Aircraft Co": an owner's possessive before the name of what it owns.)
  const last = tokens[b - 1]?.lower ?? '';
  return plural.cap && plural.lower.endsWith('s') && ORGANIZATION_WORDS.has(last) && !COMPANY_ENDINGS.has(last);
}

/** Whether tokens[close] is a ")" after one capitalized word opened by "(" ("(U.K.)", "(Europe)"), a name before it. */
function isParenthesizedWord(tokens: readonly Token[], close: number): boolean {
  return (
    tokens[close]?.text === ')' && tokens[close - 2]?.text === '(' && isCapitalized(tokens[close - 1]) && isCapitalized(tokens[close - 3])
  );
}

/**
 * The mention of `whole` that `mention` names, its final "'s" dropped from name and role ("The company's statement"
 * -> "The company"). A literal in mentionOf's field order, not a spread: a spread copy gets a map of its own, and a
 * second shape of Mention made every reader of mentions polymorphic and deoptimized them in a cold process.
 */
function issuedBy(whole: { text: string; start: number; end: number }, mention: Mention): Mention {
  return {
    text: whole.text,
    start: whole.start,
    end: whole.end,
    kind: mention.kind,
    name: withoutPossessive(mention.name),
    role: mention.role === null ? null : withoutPossessive(mention.role),
  };
}

/**
 * Classifies the words tokens[a, b) that name a speaker: a pronoun, a name (with any title or role
 * before it: "U.S. Secretary of State Anthony Blinken"), an anonymous source ("three sources
 * familiar with ..."), or a nominal ("the agency", "Putin's spokesman"). Null when it names nobody.
 */
export function classifyMention(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  return mentionOnce(text, tokens, a, b, readMention);
}

/** Bounds before a count ("at least one analyst"). */
const COUNT_BOUNDS: ReadonlySet<string> = new Set(['at least', 'at most', 'more than', 'fewer than', 'less than', 'no fewer']);

/** classifyMention's reading of a span, each time it is called (classifyMention asks once per span of an article). */
function readMention(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  while (a < b && (!isWord(tokens[a]) || LEADING.has(tokens[a]?.lower ?? ''))) a += 1;
  // "who the authorities later said was operating ...": the relative pronoun is the clause's object; its subject speaks.
  if (
    b - a >= 2 &&
    (tokens[a]?.lower === 'who' || tokens[a]?.lower === 'whom') &&
    (tokens[a + 1]?.lower === 'the' || tokens[a + 1]?.cap === true)
  )
    a += 1;
  // "This morning Fed Chair Jerome Powell", "Last week Gov. Cuomo": a phrase of time before the speaker.
  // ... and "In July, Sammy Aaron", "By mid-April officials": a month or a day after a preposition.
  const opensTime =
    (TIME_OPENERS.has(tokens[a]?.lower ?? '') && TIME_WORDS.has(tokens[a + 1]?.lower ?? '')) ||
    (PREPOSITION_START.has(tokens[a]?.lower ?? '') && CALENDAR_WORDS.has((tokens[a + 1]?.lower ?? '').replace(/^(?:mid|early|late)-/, '')));
  if (b - a >= 2 && opensTime) {
    a += 2;
    while (a < b && !isWord(tokens[a])) a += 1;
    if (a >= b) return null;
  }
  // "At least one analyst", "more than two dozen doctors": a bound on an unnamed count leaves it unnamed.
  if (b - a >= 4 && COUNT_BOUNDS.has(`${tokens[a]?.lower ?? ''} ${tokens[a + 1]?.lower ?? ''}`)) {
    const counted = classifyMention(text, tokens, a + 2, b);
    if (counted?.kind === 'anonymous') {
      const whole = span(text, tokens, a, b);
      return mentionOf(whole, 'anonymous', whole.text, null);
    }
  }
  // ("Visual Graphics Corp <VGCA> <VGCB> said": a ticker or two, and what ends before them.)
  for (;;) {
    while (b > a && !isWord(tokens[b - 1])) b -= 1;
    const cut = beforeTicker(tokens, a, b);
    if (cut === b) break;
    b = cut;
  }
  // "..., according to new numbers posted to the dashboard": the source of "according to", not a subject of "posted".
  if (tokens[a]?.lower === 'according' && tokens[a + 1]?.lower === 'to') return null;
  const lastWord = tokens[b - 1];
  if (b <= a || b - a > 30 || lastWord === undefined || (!lastWord.cap && NOT_A_HEAD.has(lastWord.lower))) return null;
  const whole = span(text, tokens, a, b);
  const first = tokens[a]?.lower ?? '';
  if (b - a === 1 && (SPEAKER_PRONOUNS.has(first) || first === 'i')) return mentionOf(whole, 'pronoun', whole.text, null);
  // "He’s suggesting that ...": the pronoun of a subject and its auxiliary written as one word.
  const contracted = b - a === 1 && /ing$/.test(tokens[b]?.lower ?? '') ? contractedSubject(whole) : null;
  if (contracted !== null) return mentionOf(contracted, 'pronoun', contracted.text, null);
  // "Can I help you?", "Should I go?": a question's verb and its subject, no name.
  if (b - a === 2 && lastWord.text === 'I' && QUESTION_VERBS.has(first)) return null;
  // "Some suggested ...", "Many say ...": a quantifier standing for the group just described, like "they".
  if (b - a === 1 && QUANTIFIERS.has(first)) return mentionOf(whole, 'pronoun', whole.text, null);
  // "Yet another said, “...”": another of them, as "some" is; not the determiner of "Another council member, ...".
  const another =
    (b - a === 1 && first === 'another') || (b - a === 2 && /^(?:yet|still)$/.test(first) && tokens[a + 1]?.lower === 'another');
  if (another && !(tokens[b]?.word === true && cueAt(tokens, b) === undefined)) return mentionOf(whole, 'pronoun', whole.text, null);
  const unnamed = unnamedMention(text, tokens, a, b, whole, first, lastWord);
  if (unnamed !== undefined) return unnamed;
  for (let i = a + 2; i < b - 1; i += 1) {
    const participle = tokens[i - 1];
    // "a memo from Bird CEO Travis VanderZanden published by TechCrunch", "internal Tesla correspondence seen by CNBC":
    // the outlet that saw or printed a document relays it; the document speaks for whoever wrote it.
    if (tokens[i]?.lower === 'by' && participle !== undefined) {
      const end = beforeParticiple(tokens, a, i - 1);
      // ("published" and "reported" by whoever wrote it too: "data reported by the CDC" is the CDC's.)
      const printed =
        (participle.lower === 'published' || participle.lower === 'reported') &&
        tokens.slice(a, end).some((t) => PRIVATE_WRITING.has(t.lower));
      if (end > a && (SEEN_BY.has(participle.lower) || printed)) {
        const inner = span(text, tokens, a, end);
        return classifyMention(text, tokens, a, end) ?? mentionOf(inner, 'anonymous', inner.text.replace(/^(?:the|a|an)\s+/i, ''), null);
      }
    }
  }
  // "an analysis by The Tennessean in Nashville": a document speaks for the author it names. (Not for a description, "a
  // study by the management consulting firm", which would be resolved to another body; the document keeps it.)
  for (let i = a + 1; i < b - 1; i += 1) {
    const prev = tokens[i - 1];
    if (tokens[i]?.lower !== 'by' || prev === undefined || prev.cap || !namesDocument(bare(prev))) continue;
    const author = classifyMention(text, tokens, i + 1, b);
    // (Nor "by the Bourse official watchdog body COB in January": a date is no author.)
    // The speaker's words stay the whole phrase, as for a document whose author the resolver finds ("a report by Douglas
    // Elliman"); the name is the author's.
    if (author?.kind === 'name' && !CALENDAR_WORDS.has(author.name.toLowerCase()))
      return mentionOf(whole, 'name', author.name, author.role);
  }
  // A name with a place after it ("Tim Guest with the Nova Scotia Health Authority"): the name is the speaker.
  for (let i = a + 1; i < b - 1; i += 1) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t === undefined || prev === undefined || !POSTMODIFIER.has(t.lower)) continue;
    // "A statement from the EU said": the body that issued it speaks.
    // ("A WHO spokeswoman in Geneva": a place, where the body is not.)
    // ("the Medical Examiner’s report of COVID-19 victims": what a record is "of" is its subject unless a body is named.)
    const subjectOf = t.lower === 'of' && tokens[b - 1]?.cap !== true;
    if (STATEMENTS.has(bare(prev)) && isWord(tokens[i + 1]) && t.lower !== 'in' && t.lower !== 'on' && !subjectOf)
      return classifyMention(text, tokens, i + 1, b);
    // (Not "The Centers for Disease Control", "Barnett Banks of Florida Inc": a body's plural head goes on.)
    const bodyPlural =
      /s$/.test(prev.lower) && ORGANIZATION_WORDS.has(bare(prev).slice(0, -1)) && tokens.slice(a, i).every((t) => isCapitalized(t));
    // (Nor "Gold Fields of South Africa Ltd": a company's legal form after a place ends one name; "David Wyss of Data
    // Resources Inc." is a person of a company.)
    const companyOfPlace = t.lower === 'of' && isLegalForm(tokens[b - 1]) && PLACES.has(lowerJoin(tokens, i + 1, b - 1));
    if (
      !companyOfPlace &&
      isCapitalized(prev) &&
      isCapitalized(tokens[a]) &&
      i - a >= 2 &&
      !ORGANIZATION_WORDS.has(bare(prev)) &&
      !bodyPlural &&
      !isRoleWord(prev)
    )
      return classifyMention(text, tokens, a, i);
    // "NASA’s Ames Research Center in Silicon Valley", "Mount Sinai Hospital in New York": a body's word ends its name
    // before "in", and the place after it is where it is (had been a person, "Silicon Valley").
    if (
      t.lower === 'in' &&
      ORGANIZATION_WORDS.has(bare(prev)) &&
      i - a >= 2 &&
      bodyNameBefore(tokens, a, i) &&
      isCapitalized(tokens[i + 1]) &&
      !CALENDAR_WORDS.has(tokens[i + 1]?.lower ?? '')
    )
      return classifyMention(text, tokens, a, i);
    // "Airship Industries Ltd of the U.K.": a company's legal form ends its name, and the place after it is its home.
    if (COMPANY_FORMS.has(bare(prev).replaceAll('.', '')) && i - a >= 2 && isCapitalized(tokens[a]))
      return classifyMention(text, tokens, a, i);
    // "Trump on Twitter", "Pelosi on CNN": one name and the medium it spoke on.
    // (Not "Commenting on General Motors": a verb form opening the sentence.)
    if (t.lower === 'on' && i - a === 1 && isCapitalized(prev) && !/ing$/.test(prev.lower) && isCapitalized(tokens[i + 1]))
      return classifyMention(text, tokens, a, i);
    // "a paralegal in Minot", "an analyst at Goldman Sachs": one unnamed person described by a noun and where they are
    // (not a person named "Minot" whose role is "paralegal in"; not "a note from President Donald Trump", his). A noun
    // the lists know keeps its reading below ("A woman in Worcester" is a woman, whom "she" points back to).
    if (
      PLACED.has(t.lower) &&
      /^(?:a|an)$/i.test(tokens[a]?.text ?? '') &&
      !isSpeakerNoun(headOf(prev)) &&
      i - a <= 4 &&
      tokens.slice(a + 1, i).every((w) => w.word && !w.cap) &&
      isCapitalized(tokens[i + 1])
    ) {
      // The description ends with the place's name ("a physician at University of Illinois at Chicago Health who ...").
      let end = i + 1;
      while (end < b && (isCapitalized(tokens[end]) || (PLACE_JOINS.has(tokens[end]?.lower ?? '') && isCapitalized(tokens[end + 1]))))
        end += 1;
      const described = span(text, tokens, a, end);
      return mentionOf(described, 'anonymous', described.text, null);
    }
    // "the lawyer for Animal Protection Services", "The former sergeant-at-arms of the House".
    if (!isCapitalized(prev) && /^(?:the|a|an|one)$/i.test(tokens[a]?.text ?? '') && isSpeakerNoun(headOf(prev)))
      return classifyMention(text, tokens, a, i);
  }
  // "economists polled by Reuters", "A half-dozen experts contacted by The Times": who was asked speaks, not who asked.
  for (let i = a + 2; i < b - 1; i += 1) {
    const participle = tokens[i - 1];
    const head = bare(tokens[i - 2] ?? ({ lower: '' } as Token));
    // (Not "data released by the city", "letters obtained by the Sun-Times": a document speaks for whoever made it.)
    const document = namesDocument(head);
    if (
      tokens[i]?.lower === 'by' &&
      participle !== undefined &&
      !participle.cap &&
      PARTICIPLE_BY.test(participle.lower) &&
      !document &&
      (isSpeakerNoun(head) || ANONYMOUS_HEADS.has(head))
    )
      return classifyMention(text, tokens, a, i - 1);
  }
  // "in a move the company": the last noun phrase.
  for (let i = b - 2; i > a; i -= 1) {
    if (tokens[i]?.lower === 'the' && PREPOSITION_START.has(first)) return classifyMention(text, tokens, i, b);
  }
  // "In a survey called ...": a phrase of a preposition and its noun is no one speaking.
  if (first !== 'as' && first !== 'at' && PREPOSITION_START.has(first) && /^(?:a|an|his|her|its|their)$/.test(tokens[a + 1]?.lower ?? ''))
    return null;
  let runStart = trailingRun(tokens, a, b);
  if (runStart === b - 1 && runStart === a && ORGANIZATION_WORDS.has(first)) runStart = b;
  // "the Kentucky Republican", "the Liberal MP": a description with proper adjectives, not a name (unlike "the Kremlin").
  // (Not "the Rev. Seth Kaper-Dale": a title written with its period, then a name.)
  const titledName = tokens[runStart]?.text.endsWith('.') === true && isTitle(tokens[runStart]?.lower ?? '') && b - runStart >= 3;
  if (runStart === a + 1 && first === 'the' && b - runStart <= 3 && !namesBody(tokens, runStart, b) && !titledName) {
    const bare = whole.text.replace(/^the\s+/i, '');
    // ... but "the Federal Reserve", "the Treasury": with no noun for a person at its end, the run names a body.
    const last = tokens[b - 1];
    // ("the Americans", "the Democrats": a people or a party in the plural stays a group.)
    if (last !== undefined && !isPersonHead(headOf(last)) && !/s$/.test(last.lower)) return mentionOf(whole, 'name', bare, null);
    return mentionOf(whole, 'nominal', bare, bare);
  }
  // "Transit officials in New York", "An oil industry analyst based in the UAE", "Philips of the Netherlands": a place
  // after a preposition says where the speaker is.
  const placeAt = placePreposition(tokens, runStart);
  if (placeAt > a && PLACES.has(span(text, tokens, runStart, b).text.toLowerCase())) return classifyMention(text, tokens, a, placeAt);
  // "an official announcement Friday": a day after the noun phrase says when, and names no one.
  // (Not "The Justice Department in January", "Bouygues in February": a phrase of time after the name is read below.)
  if (
    runStart > a &&
    runStart === b - 1 &&
    CALENDAR_WORDS.has(tokens[runStart]?.lower ?? '') &&
    tokens[runStart - 1]?.cap === false &&
    tokens[runStart - 1]?.word === true &&
    !PREPOSITIONS.has(tokens[runStart - 1]?.lower ?? '')
  ) {
    const before = classifyMention(text, tokens, a, runStart);
    if (before !== null) return before;
  }
  if (runStart < b) return namedMention(text, tokens, a, b, runStart, whole);
  return outletBeforeMedium(text, tokens, a, b, whole) ?? nominalMention(tokens, a, b, first, whole);
}

/** Whether tokens[a, end) are a body's name: capitalized words and the connectors inside one, perhaps after "the". */
function bodyNameBefore(tokens: readonly Token[], a: number, end: number): boolean {
  for (let i = tokens[a]?.lower === 'the' ? a + 1 : a; i < end; i += 1) {
    const t = tokens[i];
    if (t === undefined || !(isCapitalized(t) || PLACE_JOINS.has(t.lower) || t.lower === 'the')) return false;
  }
  return true;
}

/**
 * Where the preposition before a capitalized run at `runStart` starts ("in New York", "of the Netherlands", "based in
 * the UAE"), or -1 when no preposition stands there.
 */
function placePreposition(tokens: readonly Token[], runStart: number): number {
  let k = runStart - 1;
  if (tokens[k]?.lower === 'the') k -= 1;
  if (!/^(?:in|from|at|of)$/.test(tokens[k]?.lower ?? '')) return -1;
  return tokens[k - 1]?.lower === 'based' ? k - 1 : k;
}

/** Nouns of a medium written after an outlet's name ("the Kyodo news agency", "Cadena Ser radio", "the Jakarta Post newspaper"). */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['news', 'agency', 'radio', 'television', 'tv', 'wire', 'service', 'newspaper']);
/**
 * Those of them that end the phrase (an "agency" or a "service" only a news one). Not a website, a channel or a
 * newsletter, which bodies have too ("the CDC's website"), nor a "paper", as often a study ("The PNG Geological Survey paper noted").
 */
const MEDIUM_HEADS: ReadonlySet<string> = new Set([
  'radio',
  'television',
  'tv',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'edition',
]);
/** Which edition of a paper ("the People's Daily overseas edition said"). */
const EDITIONS: ReadonlySet<string> = new Set([
  'overseas',
  'domestic',
  'international',
  'online',
  'sunday',
  'weekend',
  'evening',
  'morning',
]);
/** A capitalized description joined by a hyphen ("English-language", "Tokyo-based"), before the outlet's name. */
const HYPHENATED_DESCRIPTION = /^\p{L}+-\p{Ll}+$/u;

/**
 * "The Kyodo news agency reported", "Cadena Ser radio reported": the outlet named before the nouns of its medium
 * speaks, by its name (a nominal "news agency" went to the last outlet named, often the wire that carries the story).
 * Not an unnamed paper of a place or a people ("a Hong Kong newspaper", "Tehran radio", "an Arab newspaper"), a body's
 * own ("the Wuhan Health Commission newspaper"), or a possessor's ("the company's newspaper").
 */
function outletBeforeMedium(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  whole: { text: string; start: number; end: number },
): Mention | null {
  const last = tokens[b - 1]?.lower ?? '';
  if (!MEDIUM_HEADS.has(last) && last !== 'agency' && last !== 'service') return null;
  if (/^(?:a|an|one)$/.test(tokens[a]?.lower ?? '')) return null;
  let k = tokens[a]?.lower === 'the' ? a + 1 : a;
  // ("state-run Xinhua news agency", "the English-language Jakarta Post": a description before the name.)
  while (k < b && (tokens[k]?.cap === false || HYPHENATED_DESCRIPTION.test(tokens[k]?.text ?? ''))) k += 1;
  const nameStart = k;
  while (k < b && isCapitalized(tokens[k]) && !ORGANIZATION_WORDS.has(tokens[k]?.lower ?? '')) k += 1;
  if (k === nameStart || k === b || isPossessive(tokens[k - 1]?.text ?? '')) return null;
  let news = false;
  for (let i = k; i < b - 1; i += 1) {
    const word = tokens[i]?.lower ?? '';
    if (!MEDIUM_NOUNS.has(word) && !(last === 'edition' && EDITIONS.has(word))) return null;
    news ||= word === 'news';
  }
  if (!MEDIUM_HEADS.has(last) && !news) return null;
  const name = span(text, tokens, nameStart, k).text;
  if (isPlaceOrPeople(name)) return null;
  return mentionOf(whole, 'name', name, span(text, tokens, k, b).text);
}

/*
 * classifyMention's steps below are functions of their own rather than one body: TurboFan recompiles a whole function
 * each time a branch it has not run before is taken (a rare rule, a read past the last token), and a cold pass over
 * reuters-21578 did that nine times to a body of 5 KB of bytecode, 200 ms each; split, a rare branch recompiles one step.
 */

/**
 * The unnamed speakers of tokens[a, b): anonymous sources, a poll's share, a crowd, a described group, a party's
 * members, an executive's title, whoever issued a statement; null when the words name nobody, undefined when
 * none of these reads applies.
 */
function unnamedMention(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  whole: { text: string; start: number; end: number },
  first: string,
  lastWord: Token,
): Mention | null | undefined {
  for (let i = a; i < b; i += 1) {
    // (Not inside a run of capitalized words: "Association of International Bond Dealers" is a body's name.)
    const inName = i > a && tokens[i]?.cap === true && tokens[i - 1]?.cap === true;
    if (!inName && isAnonymousWord(tokens[i]?.lower ?? '')) return mentionOf(whole, 'anonymous', whole.text, null);
  }
  // "The company's statement said", "Trump's letter says": whoever issued it speaks.
  const issuer = tokens[b - 2];
  if (b - a >= 2 && ISSUED.has(lastWord.lower) && issuer !== undefined && /['’]s$/.test(issuer.text)) {
    const mention = classifyMention(text, tokens, a, b - 1);
    if (mention !== null && mention.kind !== 'pronoun') return issuedBy(whole, mention);
  }
  // "56 percent of Cuban-Americans", "Some 18% of voters": a poll's share of a group speaks, not the group's name.
  for (let i = a; i < Math.min(b - 1, a + 3); i += 1) {
    // ("Sixty-seven percent of Americans": a number in words too; not Reuters' "pct", as often a rate or a stake.)
    if (
      (/^\d/.test(tokens[i]?.text ?? '') || (NUMBER_WORD.test(tokens[i]?.lower ?? '') && peopleLast(tokens, b))) &&
      (tokens[i + 1]?.lower === 'percent' || tokens[i + 1]?.text === '%')
    )
      return mentionOf(whole, 'anonymous', whole.text, null);
    // ... and "four in 10", "one in five voters".
    if (SHARE_NUMBER.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'in' && SHARE_NUMBER.test(tokens[i + 2]?.lower ?? ''))
      return mentionOf(whole, 'anonymous', whole.text, null);
  }
  // "two officials familiar with the talks", "a person with knowledge of the matter": people described
  // by what they know, the way news writes sources it does not name.
  for (let i = a; i < Math.min(b - 1, a + 4); i += 1) {
    const head = tokens[i]?.lower ?? '';
    // ... or by "with knowledge of", "with direct knowledge of", "with access to".
    const withKnowledge = tokens[i + 1]?.lower === 'with' && WITH_KNOWLEDGE.has(tokens[i + 2]?.lower ?? '');
    if ((ANONYMOUS_HEADS.has(head) || PARTY_MEMBERS.has(head)) && (KNOWING.has(tokens[i + 1]?.lower ?? '') || withKnowledge)) {
      return mentionOf(whole, 'anonymous', whole.text, null);
    }
  }
  if (b - a > 14) return null;
  // "Hundreds of Asian Americans", "Dozens of Republican senators": a crowd of unnamed people, whatever names its members.
  if (CROWDS.has(first) && tokens[a + 1]?.lower === 'of' && b - a >= 3 && isNounPhrase(tokens, a + 2, b))
    return mentionOf(whole, 'anonymous', whole.text, null);
  // "Half of Americans", "a majority of voters", "nearly two-thirds of Republicans": a poll's share of a group.
  // ("an increasing number of Democrats": a number described; "a number of" alone is read below.)
  for (let i = a; i < Math.min(b - 2, a + 3); i += 1) {
    const share = SHARES.has(tokens[i]?.lower ?? '') || (tokens[i]?.lower === 'number' && i >= a + 2 && peopleLast(tokens, b));
    if (share && tokens[i + 1]?.lower === 'of' && isNounPhrase(tokens, i + 2, b)) return mentionOf(whole, 'anonymous', whole.text, null);
  }
  // "most of the major scooter sharing startups have said": some of a group of unnamed people or bodies (a plural noun
  // ending a phrase of no verb).
  if (QUANTIFIERS.has(first) && tokens[a + 1]?.lower === 'of' && DETERMINERS.has(tokens[a + 2]?.lower ?? '') && b - a >= 4) {
    if (isNounPhrase(tokens, a + 3, b) && lastWord.cap === false && lastWord.lower.endsWith('s') && !lastWord.lower.endsWith('ss'))
      return mentionOf(whole, 'anonymous', whole.text, null);
  }
  // "Slate's CEO", "the company's CFO": an executive's title in capitals is a role, not a name.
  if (TITLE_ACRONYMS.has(lastWord.text) && b - a <= 5) {
    return mentionOf(whole, 'nominal', whole.text.replace(/^(?:the)\s+/i, ''), whole.text.replace(/^(?:the|a|an)\s+/i, ''));
  }
  // "one Democrat", "a Texas Republican", "two Republicans": members of a party the text does not name, not a name.
  if (PARTY_MEMBERS.has(lastWord.lower) && first !== 'the' && UNNAMED_DETERMINERS.has(first) && b - a <= 4)
    return mentionOf(whole, 'anonymous', whole.text, null);
  // "most Americans agree", "many Canadians": some of a people, unnamed (not "the Soviets", a government, nor "Philippines").
  const people =
    lastWord.cap && lastWord.text.endsWith('s') && COUNTRY_OF_DEMONYM.has(lastWord.text.slice(0, -1)) && !PLACES.has(lastWord.lower);
  if (people && first !== 'the' && UNNAMED_DETERMINERS.has(first) && b - a <= 3) return mentionOf(whole, 'anonymous', whole.text, null);
  // A sentence-initial common noun is not a name ("Officials said", "Police said"), nor is "Someone".
  if (b - a === 1 && (ANONYMOUS_HEADS.has(first) || INDEFINITE_PRONOUNS.has(first))) return mentionOf(whole, 'anonymous', whole.text, null);
  // "Aides to Trump", "officials at the White House", "Doctors": unnamed people, described by whom they
  // serve or where they are; the person or body after the preposition does not speak.
  // ("Doctors" opening a sentence is no name; "economists" in lowercase stays a description to resolve.)
  // ("Representatives", "Spokespeople" alone: no body named, they are unnamed people too.)
  if (b - a === 1 && tokens[a]?.cap === true && (isPeoplePlural(first, false) || speaksForABody(first)))
    return mentionOf(whole, 'anonymous', whole.text, null);
  const groupEnd = describedGroupEnd(tokens, a, b);
  if (groupEnd > 0) {
    const group = span(text, tokens, a, groupEnd);
    return mentionOf(group, 'anonymous', group.text, null);
  }
  return undefined;
}

/** The "of" after two or three capitalized words from tokens[from] ("Stephanie Hooton of Derry"), or -1. */
function ofAfterName(tokens: readonly Token[], from: number, b: number): number {
  for (let i = from + 2; i < Math.min(b - 1, from + 4); i += 1) {
    if (tokens[i]?.lower === 'of') return isCapitalized(tokens[i + 1]) ? i : -1;
    if (!isCapitalized(tokens[i])) return -1;
  }
  return -1;
}

/** The name that ends tokens[a, b) at runStart, with any title or role before it split off ("Russian dictator Vladimir Putin"). */
function namedMention(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  runStart: number,
  whole: { text: string; start: number; end: number },
): Mention | null {
  // Split the title or role from the name: "Russian dictator Vladimir Putin", "Minister of X Relations Carolyn Bennett".
  // "the financial services employee who spoke to The Verge": a clause before the name; its head speaks.
  for (let i = a + 1; i < runStart; i += 1) if (RELATIVES.has(tokens[i]?.lower ?? '')) return classifyMention(text, tokens, a, i);
  // "undecided Republican voter Stephanie Hooton of Derry", "analyst Sherman Chao of Salomon Brothers": after a role, a
  // person's given name and surname, then where they are from or work; the name ends before "of".
  const of = runStart > a && isGivenName(tokens[runStart]?.text ?? '') ? ofAfterName(tokens, runStart, b) : -1;
  if (of > 0) return namedMention(text, tokens, a, of, runStart, whole);
  let nameStart = runStart;
  for (let i = b - 1; i >= runStart; i -= 1) {
    const t = tokens[i];
    // "Bill de Blasio" keeps its particle; "Alabama-born Jason Isbell" is a description and a name.
    // ... but "General Services Administration": a title word before a body's word is part of the body's name.
    // "Democrat Hillary Clinton", "Republican Donald Trump", "fellow Democrats Madigan and ...": a party member's noun
    // before a name is a role.
    const splits =
      ((isRoleWord(t ?? ({ lower: '' } as Token)) || PARTY_MEMBERS.has(t?.lower ?? '')) &&
        !ORGANIZATION_WORDS.has(bare(tokens[i + 1] ?? ({ lower: '' } as Token))) &&
        // ("General Acquisition Co", "General Accounting Office": a title word opening a name that ends in a legal form
        // or a body's word is the body's.)
        !(i === runStart && (isLegalForm(tokens[b - 1]) || ORGANIZATION_WORDS.has(bare(tokens[b - 1] ?? ({ lower: '' } as Token))))) &&
        // ("the Alameda County Sheriff’s Office": a title in "'s" names the body that follows it.)
        !isPossessive(t?.text ?? '')) ||
      // ("March For Our Lives": "For" or "Of" in title case is inside the name; not "And", which Reuters capitalizes
      // after "U.S." in "U.S. And West Germany".)
      (CONNECTORS.has(t?.lower ?? '') &&
        !PARTICLES.has(t?.lower ?? '') &&
        // ("Simon & Schuster", "Lindsey & Africa": an ampersand joins a firm's name, never a title to a name.)
        t?.lower !== '&' &&
        !betweenInitials(tokens, i) &&
        // ("Procter & Gamble", "Johnson and Johnson": a firm named for two people is one name.)
        !isFirmNamedForPeople(span(text, tokens, runStart, b).text) &&
        // ("Standard and Poor's said": a business named for two people, its "'s" last.)
        !(
          i + 2 === b &&
          (t?.lower === 'and' || t?.lower === '&') &&
          isPossessive(tokens[i + 1]?.text ?? '') &&
          takesNameInS(tokens[b]?.lower ?? '')
        ) &&
        t?.text !== 'For' &&
        t?.text !== 'Of') ||
      DESCRIBED_BY_PLACE.test(t?.lower ?? '');
    // ("Martin Luther King Jr.": a generation alone after a title word is no name; the title word is the surname.)
    if (t !== undefined && splits && i + 1 < b && !(i + 2 === b && isGeneration(tokens[b - 1]?.lower ?? ''))) {
      nameStart = i + 1;
      break;
    }
  }
  const hasRole = nameStart > runStart || runStart > a;
  // ... and "Secretary of Defense Mark Esper": a one-word portfolio after "of" is the title's, not the name's.
  // ("Chancellor of the Exchequer Nigel Lawson", "Assistant Attorney General for Antitrust Charles Rule" too.)
  const afterOf =
    tokens[nameStart - 1]?.lower === 'of' ||
    tokens[nameStart - 1]?.lower === 'for' ||
    (tokens[nameStart - 1]?.lower === 'the' && tokens[nameStart - 2]?.lower === 'of');
  // ("Cor van der Klugt": the particles count for no word of the name, and stay with the surname; so do the articles of
  // "Sheikh Ali al-Khalifa al-Sabah".)
  // (Nor do a middle initial and a generation: "Adm. Harry B. Harris Jr." is a name of two words, not four.)
  let particles = 0;
  for (let i = nameStart; i < b; i += 1) {
    const lower = tokens[i]?.lower ?? '';
    if (PARTICLES.has(lower) || isGeneration(lower) || INITIAL.test(lower) || isArticleSurname(tokens[i]?.text ?? '')) particles += 1;
  }
  const nameWords = b - nameStart - particles;
  // ("auditors Deloitte Haskins and Sells": a firm named for its founders is a name of four words.)
  // ("The firm Walden Macht & Haran": nor one with an ampersand.)
  const firm = span(text, tokens, nameStart, b).text;
  if (hasRole && (nameWords > 3 || (nameWords === 3 && afterOf)) && !isFirmNamedForPeople(firm) && !firm.includes('&')) {
    nameStart = b - 2;
    while (nameStart > a && PARTICLES.has(tokens[nameStart - 1]?.lower ?? '')) nameStart -= 1;
    if (PARTICLES.has(tokens[nameStart]?.lower ?? '')) nameStart -= 1;
  }
  while (nameStart < b - 1 && ORGANIZATION_WORDS.has(bare(tokens[nameStart] ?? tokens[b - 1] ?? ({ lower: '' } as Token))) && hasRole)
    nameStart += 1;
  // "Centers for Disease Control and Prevention": a body by its plural head too.
  // ("lead manager Morgan Guaranty (Switzerland) AG": a company's ending too.)
  const orgRun = COMPANY_ENDINGS.has(tokens[b - 1]?.lower ?? '') || hasBodyWord(tokens, runStart, b);
  // ("Director of the Office of Management and Budget James Miller": a person's given name and surname after the body's
  // name are the person's, the body their role.)
  if (orgRun && !titledRun(tokens, runStart, b)) nameStart = personAfterBody(tokens, runStart, b) ?? runStart;
  if (tokens[nameStart]?.lower === 'the') nameStart += 1;
  // "K mart Corp": a legal form alone is no name; the words before it are the company's.
  // (A few words, at most one of them in lowercase: not "official figures released today by the Egyptian General
  // Petroleum Corp.")
  if (nameStart === b - 1 && nameStart > a && isLegalForm(tokens[nameStart])) {
    const from = tokens[a]?.lower === 'the' ? a + 1 : a;
    const lowercase = tokens.slice(from, nameStart).filter((t) => t.cap === false).length;
    if (nameStart - from <= 4 && lowercase <= 1) nameStart = from;
  }
  // "Vancouver's Bo Horvat": the possessor is not part of a person's name.
  // ("the official People's Daily": an outlet's name keeps its possessive.)
  const outlet = MEDIA_WORDS.has(bare(tokens[b - 1] ?? ({ lower: '' } as Token))) || mediaAfterHyphen(tokens[b - 1]);
  // ("General Electric Co's RCA Global Communications": a company's owner, its legal form in "'s", is not its name.)
  for (let i = nameStart; i < b - 1; i += 1) {
    const text = tokens[i]?.text ?? '';
    if (/['’]s$/.test(text) && ((!orgRun && !outlet) || LEGAL_FORM_IN_S.test(text))) nameStart = i + 1;
  }
  const name = span(text, tokens, nameStart, b);
  if (name.text.length === 0) return null;
  const role = withoutCourtesyTitle(
    nameStart > a ? trimEnd(span(text, tokens, a, nameStart).text.replace(/^(?:the|a|an|another)\s+/i, ''), ' \t\n\u00a0,') : '',
  );
  // A long stretch before the name is a clause, not a title. (Eight words need 13 characters: most roles, empty or short,
  // are not split; the split was 0.3% of a parse on Reuters.)
  // ("Director of the Office of Management and Budget James Miller": a title in title case before a person's given name
  // and surname, however long, is none; "the United States Attorney for the Western District of Texas" names no Texas.)
  if (role.length >= 13 && role.split(/\s+/).length > 7 && !(TITLE_CASE_ROLE.test(role) && isGivenName(tokens[nameStart]?.text ?? '')))
    return null;
  // "top Republicans like Senate Majority Leader Mitch McConnell": the group speaks, the name is one of its examples.
  if (/\b(?:like|including|such as)\b/i.test(role)) return mentionOf(whole, 'anonymous', whole.text, null);
  return mentionOf(whole, 'name', name.text, role.length > 0 ? role : null);
}

/**
 * A role of capitalized words and the lowercase words that join a title's ("Director of the Office of Management and
 * Budget", "U.S. Ambassador to the Organisation for Economic Cooperation and Development"), perhaps opening with a
 * lowercase noun ("chairman of the Export Promotion Council").
 */
const TITLE_CASE_ROLE =
  /^(?:[A-Z][\w.'’-]*|[a-z]+)(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|for|to|at|in|on|&|de|da|do|du|del|la|le|van|von|der))*$/;

/** A middle initial ("B."), lowercased. */
const INITIAL = /^[a-z]\.$/;

/** A described speaker with no name in tokens[a, b) ("the agency", "Putin's spokesman", "two officials"), or null. */
function nominalMention(
  tokens: readonly Token[],
  a: number,
  b: number,
  first: string,
  whole: { text: string; start: number; end: number },
): Mention | null {
  const lastToken = tokens[b - 1] ?? tokens[a] ?? ({ lower: '' } as Token);
  const head = ROLE_NOUNS.has(headOf(lastToken)) ? headOf(lastToken) : bare(lastToken);
  if (ANONYMOUS_HEADS.has(head) && (UNNAMED_DETERMINERS.has(first) || a === b - 1 || /^\d/.test(first))) {
    return mentionOf(whole, 'anonymous', whole.text, null);
  }
  // "The 26-year-old right wing": an age makes it a person, whatever the noun.
  const aged = tokens.slice(a, b).some((t) => /^\d+-year-old$/.test(t.lower));
  // "White House and Pentagon spokesmen": a plural in -men is the plural of a noun in -man.
  const singular = head.endsWith('men') ? `${head.slice(0, -3)}man` : head.endsWith('s') ? head.slice(0, -1) : head;
  // "court filings revealed that ...", "a new study found": a document speaks for whoever issued it (not a statement,
  // letter or email: whoever issued it is the speaker, which the sentence seldom says).
  // ("The ad claims “Jeb is the conservative you can trust.”": a campaign's ad speaks for it.)
  const authored = AUTHORED_MEDIA.has(head);
  if (b - a > 6 || !(aged || isSpeakerNoun(head) || isSpeakerNoun(singular) || speaksForItself(head) || authored)) return null;
  const role = ROLE_NOUNS.has(head) ? whole.text.replace(/^(?:the|a|an|another)\s+/i, '') : null;
  return mentionOf(whole, 'nominal', whole.text.replace(/^(?:the)\s+/i, ''), role);
}
