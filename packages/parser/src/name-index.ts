import type { SourceKind } from '@claimline/schema';
import type { ParseDocument, Token } from './document';
import { classifyMention } from './classify-mention';
import { NEWS_AGENCIES, ORGANIZATION_WORDS, ROLE_NOUNS } from './lexicon/role-nouns';
import { nameKind } from './name-kind';
import { DETERMINERS, PREPOSITIONS } from './lexicon/function-words';
import { isCapitalized, isPossessive, isQuoteMark } from './tokens';

/** A name written somewhere in the article, with the role written before it. */
export interface NameOccurrence {
  name: string;
  role: string | null;
  kind: SourceKind;
  at: number;
  /** False when the name follows a preposition or a conjunction ("talks between the U.S. and North Korea"): not an antecedent of "he". */
  subject: boolean;
  /** Whether it opens its sentence as the subject ("Hadwin finished 36th"): the person in focus. */
  focus: boolean;
  /** The gender of the next he/she after it in the same or next sentence, or of its title (Mr., Ms.). */
  gender: Gender;
}

/** Grammatical gender of a person, as the text's pronouns show it. */
export type Gender = 'm' | 'f' | null;

const MALE = new Set(['he', 'him', 'his', 'himself', 'mr.', 'mr']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself', 'ms.', 'mrs.', 'ms', 'mrs', 'miss']);
/** 1 at the character code of each first letter of MALE and FEMALE words. */
const GENDERED_INITIAL = new Uint8Array(128);
for (const w of [...MALE, ...FEMALE]) GENDERED_INITIAL[w.charCodeAt(0)] = 1;
const NOT_SUBJECT_BEFORE = new Set([
  ...PREPOSITIONS,
  'and',
  'or',
  'between',
  'than',
  'like',
  'unlike',
  'including',
  'with',
  'against',
  'versus',
  'vs.',
  'toward',
  'towards',
  'despite',
  'besides',
  'except',
]);

/** The gender of the first he/she (his/her) in the next ~40 tokens of the paragraph, unless another name comes first. */
function genderAfter(tokens: readonly Token[], from: number): Gender {
  for (let k = from; k < Math.min(tokens.length, from + 40); k += 1) {
    const t = tokens[k];
    if (t === undefined) break;
    // The first letter spares two Set look-ups for most tokens (gendered words start with h, m or s).
    if (GENDERED_INITIAL[t.lower.charCodeAt(0)] === 1) {
      if (MALE.has(t.lower)) return 'm';
      if (FEMALE.has(t.lower)) return 'f';
    }
    if (k > from && isCapitalized(t) && isCapitalized(tokens[k + 1]) && !isQuoteMark(tokens[k - 1])) return null;
    if (t.text === '.' || t.text === '?' || t.text === '!') return null;
  }
  return null;
}

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'despite',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'for',
  'with',
  'however',
  'meanwhile',
  'according',
  'since',
  'although',
  'though',
  'so',
  'then',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'there',
  'here',
  'what',
  'why',
  'how',
  'where',
  'who',
  'by',
  'from',
  'to',
  'of',
  'under',
  'during',
  'last',
  'now',
  'thus',
  'yet',
  'like',
  'unlike',
  'once',
  'both',
  'all',
  'even',
  'only',
  'also',
  'still',
  'instead',
  'nevertheless',
  'meanwhile',
  'other',
  'others',
  'many',
  'some',
  'most',
  'several',
  'few',
  'every',
  'each',
  'another',
  'such',
  'no',
  'any',
]);
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'instead',
  'still',
  'later',
  'now',
  'then',
  'today',
  'yesterday',
  'also',
  'first',
  'second',
  'third',
  'last',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'indeed',
  'yet',
  'thus',
  'hence',
  'therefore',
  'otherwise',
  'besides',
  'overall',
  'again',
  'here',
  'there',
  'so',
  'well',
  'yes',
  'no',
  'earlier',
  'afterwards',
  'meantime',
  'instead',
  'still',
  'sometimes',
  'often',
  'once',
  'twice',
  'tonight',
  'tomorrow',
]);
/** Tokens after which a noun phrase opens its sentence. */
const SENTENCE_OPENERS = new Set(['.', '?', '!', '"', '”', '“']);
const CONNECT = new Set(['of', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du', 'and', '&']);

/** Whether tokens[i, end) are capitalized words with no title, role, connector or body word among them. */
function isPlainRun(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k += 1) {
    const t = tokens[k];
    if (
      t === undefined ||
      !t.cap ||
      ROLE_NOUNS.has(t.lower) ||
      STOP_WORDS.has(t.lower) ||
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

const KINDS = new Map<string, SourceKind>();

/** The kind of a name, memoized: the same names recur across an article and a corpus. */
function kindOf(name: string): SourceKind {
  let kind = KINDS.get(name);
  if (kind === undefined) {
    kind = nameKind(name);
    if (KINDS.size > 20_000) KINDS.clear();
    KINDS.set(name, kind);
  }
  return kind;
}

/** A name found at tokens[start, end) (its first capitalized word at i), with what its place in the sentence tells. */
function occurrence(
  tokens: readonly Token[],
  i: number,
  start: number,
  end: number,
  name: string,
  role: string | null,
  at: number,
): NameOccurrence {
  const before = tokens[start - 1]?.lower ?? '';
  // A name after a preposition, or a possessor ("Williamson's approach"), is not a subject.
  const subject =
    !NOT_SUBJECT_BEFORE.has(before) &&
    !(before === 'the' && NOT_SUBJECT_BEFORE.has(tokens[start - 2]?.lower ?? '')) &&
    !isPossessive(tokens[end - 1]?.text ?? '');
  // "Hadwin finished 36th ...": a name opening its sentence, before a lowercase word, is the one in focus.
  // The noun phrase holding the name opens its sentence ("Chinese Foreign Ministry spokesperson Lu Kang gave ...").
  let np = start;
  while (np > 0 && (tokens[np - 1]?.cap === true || ROLE_NOUNS.has(tokens[np - 1]?.lower ?? ''))) np -= 1;
  const opens = np === 0 || SENTENCE_OPENERS.has(tokens[np - 1]?.text ?? '') || afterOpeningPhrase(tokens, np);
  const next = tokens[end];
  // "Harold Adams, 76, recalls", "the accountant Babs Olu, 50.": an age after a name introduces the person the next sentences are about.
  const aged =
    next?.text === ',' && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '') && (tokens[end + 2]?.text === ',' || tokens[end + 2]?.text === '.');
  const focus = (subject && opens && next !== undefined && ((next.word && !next.cap) || next.text === ',')) || aged;
  const title = tokens[i]?.lower ?? '';
  const gender = MALE.has(title) ? 'm' : FEMALE.has(title) ? 'f' : genderAfter(tokens, end);
  return { name, role, kind: kindOf(name), at, subject, focus, gender };
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
    const tokens: readonly Token[] = paragraph.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      if (!isCapitalized(tokens[i])) continue;
      let end = i + 1;
      // A possessive ends a name ("McCallum's Safe Surrey council": McCallum, then Safe Surrey).
      while (
        end < tokens.length &&
        !isPossessive(tokens[end - 1]?.text ?? '') &&
        (isCapitalized(tokens[end]) || (CONNECT.has(tokens[end]?.lower ?? '') && isCapitalized(tokens[end + 1])))
      )
        end += 1;
      let start = i;
      // A sentence-initial function word is not part of the name ("Despite Putin's ...", "When Smith ...").
      while (start < end - 1 && STOP_WORDS.has(tokens[start]?.lower ?? '')) start += 1;
      // A lowercase role noun before the name, with one capitalized adjective before it ("Russian dictator").
      if (ROLE_NOUNS.has(tokens[start - 1]?.lower ?? '') || ORGANIZATION_WORDS.has(tokens[start - 1]?.lower ?? '')) {
        start -= 1;
        if (isCapitalized(tokens[start - 1])) start -= 1;
      }
      // Single words are many and mostly not names: they are kept for a second look (surnames) below.
      if (end - i === 1 && start === i && !NEWS_AGENCIES.has(tokens[i]?.lower ?? '')) {
        singleTokens.push({ tokens, i });
        continue;
      }
      // A run in capitals ("NEW YORK (AP)", "ROADS BLOCKED") is a dateline or a heading, not a speaker.
      if (end - i >= 2 && allInCapitals(tokens, i, end)) {
        i = end - 1;
        continue;
      }
      // Plain runs of capitalized words ("Comissaria Smith") are names as they stand; the rest needs the full reading.
      const mention =
        start === i && isPlainRun(tokens, i, end) ? plainName(doc.text, tokens, i, end) : classifyMention(doc.text, tokens, start, end);
      if (mention !== null && mention.kind === 'name') {
        let found = occurrence(tokens, i, start, end, mention.name.replace(/['’]s$/, ''), mention.role, mention.start);
        // "media buying company GroupM", "security firm Symantec": a body named after its kind.
        if (ORGANIZATION_WORDS.has(tokens[start]?.lower ?? '')) found = { ...found, kind: 'organization' };
        if (end - start > 1 || NEWS_AGENCIES.has(tokens[i]?.lower ?? '') || found.kind === 'organization') multi.push(found);
        else singles.push(found);
      }
      i = end - 1;
    }
  }
  // A single word counts when it is the surname of a longer name in the article ("Hadwin" after "Adam Hadwin").
  const surnames = new Set(multi.filter((n) => n.kind === 'person').map((n) => n.name.split(/\s+/).at(-1)?.toLowerCase()));
  for (const { tokens, i } of singleTokens) {
    const token = tokens[i];
    if (token === undefined || !surnames.has(token.lower.replace(/['’]s$/, ''))) continue;
    const mention = classifyMention(doc.text, tokens, i, i + 1);
    if (mention === null || mention.kind !== 'name') continue;
    singles.push(occurrence(tokens, i, i, i + 1, mention.name.replace(/['’]s$/, ''), mention.role, mention.start));
  }
  const kept = singles.filter((n) => surnames.has(n.name.toLowerCase()));
  // A single name introduced with an appositive ("Yuni, a resident of Lampung, ...") or a group
  // in the plural ("the Liberals") is named here even without a longer form.
  for (const { tokens, i } of singleTokens) {
    const token = tokens[i];
    if (token === undefined || surnames.has(token.lower)) continue;
    const opens = i === 0 || ['.', '?', '!'].includes(tokens[i - 1]?.text ?? '');
    // Not a sentence adverb ("Eventually, the team ...").
    const adverb = STOP_WORDS.has(token.lower) || /ly$/.test(token.lower) || SENTENCE_ADVERBS.has(token.lower);
    const introduced = opens && !adverb && tokens[i + 1]?.text === ',' && /^(?:a|an|the|who)$/.test(tokens[i + 2]?.lower ?? '');
    const group = tokens[i - 1]?.lower === 'the' && /^\p{Lu}\p{Ll}+s$/u.test(token.text) && !STOP_WORDS.has(token.lower);
    if (!introduced && !group) continue;
    const found = occurrence(tokens, i, i, i + 1, token.text.replace(/['’]s$/, ''), null, token.start);
    kept.push(group ? { ...found, kind: 'organization' } : found);
  }
  return kept.length === 0 ? multi : [...multi, ...kept].sort((x, y) => x.at - y.at);
}

/**
 * Whether tokens[np] follows a short phrase and a comma that open its sentence ("Down the street, Mike
 * McFadden rejoiced", "In a press release, McCallum expressed"): the name is still the sentence's subject.
 */
function afterOpeningPhrase(tokens: readonly Token[], np: number): boolean {
  if (tokens[np - 1]?.text !== ',') return false;
  // An opening phrase is short: the scan stays bounded for every name.
  for (let t = np - 2; t >= Math.max(-1, np - 14); t -= 1) {
    // An adverbial phrase, not a name and its apposition ("Paul Hudson, CEO of Sanofi, said").
    if (t < 0 || SENTENCE_OPENERS.has(tokens[t]?.text ?? '')) return t < np - 2 && opensPhrase(tokens[t + 1]?.lower ?? '');
  }
  return false;
}

/** Words that open an adverbial phrase or clause before a sentence's subject ("Down the street,", "When asked,"). */
const PHRASE_OPENERS = new Set([
  'down',
  'up',
  'following',
  'when',
  'while',
  'as',
  'despite',
  'like',
  'but',
  'meanwhile',
  'later',
  'earlier',
  'then',
  'now',
  'once',
  'asked',
]);

function opensPhrase(word: string): boolean {
  return PREPOSITIONS.has(word) || DETERMINERS.has(word) || PHRASE_OPENERS.has(word);
}
