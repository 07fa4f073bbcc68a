/** Closed-class English words the rules reason with: determiners, prepositions, subject pronouns, time words. */

/** Determiners and possessives: a word after one is a noun ("a claim", "his remarks"), never a cue verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'this', 'these', 'those', 'every',
  'each', 'no', 'any', 'such',
]);

/** Prepositions that open a phrase between a cue and its content ("said in a statement that ..."). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'about', 'of', 'to', 'for', 'with', 'by', 'from', 'during', 'after', 'before', 'through', 'via',
  'over', 'under', 'into', 'after', 'since', 'until', 'upon', 'outside', 'inside', 'across', 'against', 'among',
]);

/** Words of time that can stand between a cue and its content ("said Thursday ...", "said last week ..."). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'last', 'this', 'earlier', 'later', 'previously', 'recently', 'repeatedly', 'publicly', 'afterwards', 'again',
  'once', 'also', 'privately', 'separately', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
]);

/** Pronouns and words that open a clause: content may start with them after a phrase ("said in July it opposed ..."). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there', 'you', "it's", 'it’s', "there's", 'there’s', "he's", 'he’s', "she's", 'she’s', "they're", 'they’re', "we're", 'we’re', "i'm", 'i’m']);

/** Words that never end a noun phrase naming a speaker ("the", "of", "to"). */
export const NOT_A_HEAD: ReadonlySet<string> = new Set([
  ...DETERMINERS, ...PREPOSITIONS, 'and', 'or', 'but', 'that', 'which', 'what', 'who', 'whom', 'as', 'than', 'if',
  'then', 'so', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'also', 'just', 'only', 'very', 'too', 'when', 'while',
]);
