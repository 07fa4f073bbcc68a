import { WEEKDAYS } from './calendar';
/** Closed-class English words the rules reason with: determiners, prepositions, subject pronouns, time words. */

/** Determiners and possessives: a word after one is a noun ("a claim", "his remarks"), never a cue verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'whose',
  'this',
  'these',
  'those',
  'every',
  'each',
  'no',
  'any',
  'such',
]);

/** Prepositions that open a phrase between a cue and its content ("said in a statement that ..."). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'about',
  'of',
  'to',
  'for',
  'with',
  'by',
  'from',
  'during',
  'after',
  'before',
  'through',
  'via',
  'over',
  'under',
  'into',
  'after',
  'since',
  'until',
  'upon',
  'outside',
  'inside',
  'across',
  'against',
  'among',
  'amid',
  'behind',
  'beyond',
  'despite',
]);

/** Words of time that can stand between a cue and its content ("said Thursday ...", "said last week ..."). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'yesterday',
  'today',
  'tonight',
  ...WEEKDAYS,
  'last',
  'this',
  'earlier',
  'later',
  'previously',
  'recently',
  'repeatedly',
  'publicly',
  'afterwards',
  'again',
  'once',
  'also',
  'privately',
  'separately',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/** Pronouns and words that open a clause: content may start with them after a phrase ("said in July it opposed ..."). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'you',
  "it's",
  'it’s',
  "there's",
  'there’s',
  "he's",
  'he’s',
  "she's",
  'she’s',
  "they're",
  'they’re',
  "we're",
  'we’re',
  "i'm",
  'i’m',
  // "suggested she’ll turn to her husband": a pronoun with its auxiliary.
  ...['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there'].flatMap((p) =>
    ['ll', 'd', 've'].flatMap((aux) => [`${p}'${aux}`, `${p}’${aux}`]),
  ),
  "you're",
  'you’re',
]);

/** Words that never end a noun phrase naming a speaker ("the", "of", "to"). */
export const NOT_A_HEAD: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  'and',
  'or',
  'but',
  'that',
  'which',
  'what',
  'who',
  'whom',
  'as',
  'than',
  'if',
  'then',
  'so',
  'not',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'also',
  'just',
  'only',
  'very',
  'too',
  'when',
  'while',
]);

/** The forms of "be": before a participle in -ed a passive ("was told"), before one in -ing a progressive ("is suggesting"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Connectives set off by commas between a subject and its verb ("Proponents, however, say", "Critics, though, argue"). */
export const ASIDE_CONNECTIVES: ReadonlySet<string> = new Set([
  'however',
  'though',
  'too',
  'meanwhile',
  'instead',
  'moreover',
  'nonetheless',
  'nevertheless',
  'indeed',
]);

/** Two-word connectives set off by commas the same way ("Cement makers, for instance, argue"). */
const TWO_WORD_ASIDES: ReadonlySet<string> = new Set(['for instance', 'for example', 'in fact', 'of course', 'in turn', 'in particular']);

/**
 * Where the subject before a connective between commas that ends at tokens[end) ends ("Proponents of the bill, however,
 * say", "Cement makers, for instance, argue"): the index of the comma that opens it, or `end` when there is none.
 */
export function beforeAsideConnective(tokens: readonly { text: string; lower: string }[], end: number): number {
  if (tokens[end - 1]?.text !== ',') return end;
  if (tokens[end - 3]?.text === ',' && ASIDE_CONNECTIVES.has(tokens[end - 2]?.lower ?? '')) return end - 3;
  if (tokens[end - 4]?.text === ',' && TWO_WORD_ASIDES.has(`${tokens[end - 3]?.lower} ${tokens[end - 2]?.lower}`)) return end - 4;
  return end;
}

/** Words before "a nurse" that make it what someone is, not someone new ("Smith is a nurse", "works as a nurse"). */
export const PREDICATIVE: ReadonlySet<string> = new Set([
  'is',
  'was',
  'as',
  'be',
  'been',
  'became',
  'becomes',
  'become',
  'remains',
  'remained',
]);

/**
 * Prepositions before a gerund cue whose speaker is the sentence's subject ("by saying ...", "committing repeated gaffes
 * after telling his aides he planned ...", "..., while saying that ...", "before saying, ''...''").
 */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'upon', 'after', 'before', 'while', 'when']);

/** Adverbs that focus the phrase after them ("Even the field's biggest hawks say", "even a top GOP strategist said"). */
export const FOCUSING_ADVERBS: ReadonlySet<string> = new Set(['even', 'also']);
