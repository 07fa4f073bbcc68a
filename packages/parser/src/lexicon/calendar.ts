/** Month names, lowercase: the one list the lexicons that hold months share. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Days of the week, lowercase. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Months and days of the week: capitalized, yet never a speaker ("April Trump said" is Trump in April). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  ...WEEKDAYS,
]);

/** Time zones written after a clock time ("2 a.m. ET Tuesday", "noon GMT"), in capitals: no body's name there. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'BST',
  'UTC',
]);

/** Parts of a day ("Thursday evening", "This morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Nouns that end a phrase of time before or after a speaker ("last week", "on Tuesday", "This morning"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([...WEEKDAYS, 'week', 'month', 'year', 'weekend', ...DAY_PARTS]);

/** Words that end the name of a holiday or an observance ("Arbor Day", "Christmas Eve", "Holy Week"). */
export const CALENDAR_ENDS: ReadonlySet<string> = new Set(['day', 'eve', 'week']);

/** Words before a month or a day that make it a time ("late April", "since March", "early on Monday"). */
export const TIME_BEFORE: ReadonlySet<string> = new Set([
  ...['late', 'early', 'mid', 'since', 'until', 'till', 'through', 'in', 'by', 'from', 'of', 'on', 'last', 'next', 'this'],
  ...['before', 'after', 'during'],
]);

/** Days named relative to the story's, which open a sentence before its subject. */
export const DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/** Months and days that are also surnames ("Theresa May", "Meghan May", "Doris Day" is not a weekday). */
export const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);
