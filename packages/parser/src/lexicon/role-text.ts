/** Comparatives that look like agent nouns ("younger", "former") but are no role alone. */
export const NOT_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'younger',
  'older',
  'former',
  'latter',
  'other',
  'further',
  'earlier',
  'later',
  'longer',
  'bigger',
  'under',
  'over',
]);

/** Words a role does not open with: a clause, a pronoun or a phrase of time or place ("Is Mayor", "his niece", "On Friday morning"). */
export const NOT_ROLE_START: ReadonlySet<string> = new Set([
  'is',
  'was',
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'their',
  'its',
  'one',
  'why',
  'how',
  'what',
  'behind',
]);

/** Function words before a final title: the title of another name ("Obama and President", "note from President"). */
export const BEFORE_OTHER_TITLE: ReadonlySet<string> = new Set(['from', 'with', 'how', 'what', 'to', 'by', 'for', 'about', 'than']);

/** Last words of a name cut off before its end ("copy reviewed by The New", "De"). */
export const CUT_NAME_ENDS: ReadonlySet<string> = new Set([
  'new',
  'de',
  'del',
  'da',
  'van',
  'von',
  'la',
  'le',
  'el',
  'al',
  'san',
  'st',
  'saint',
  'fort',
  'port',
  'mount',
]);

/** Courtesy titles, written without their period, that say how the paper addresses someone, not what they are ("Mr.", "Ms."). */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Words that end a role's head noun phrase: a relative clause or a phrase of what it has after it. */
export const HEAD_ENDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'whose',
  'who',
  // ("a company without operations", "a company with 1,200 employees".)
  'without',
  'with',
]);
