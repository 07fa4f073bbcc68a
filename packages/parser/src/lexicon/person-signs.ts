/** Words after which "his" belongs to someone else ("Trump and his", "Trump said that his", "Trump was his"). */
export const NOT_BETWEEN: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'that',
  'to',
  'of',
  'for',
  'with',
  'by',
  'from',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'about',
  'in',
  'on',
  'at',
]);

/** Verbs that only people do, right after a one-word name ("Trump mused", "Tom joked"): no body muses or jokes. */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  'mused',
  'muses',
  'joked',
  'jokes',
  'quipped',
  'quips',
  'laughed',
  'laughs',
  'sighed',
  'sighs',
  'smiled',
  'smiles',
  'shrugged',
  'chuckled',
  'grinned',
  'wept',
  'whispered',
  'shouted',
  'yelled',
  'mumbled',
  'muttered',
  'wondered',
  'wonders',
  'remembered',
  'remembers',
  // Speech only a person's: "Trump reasoned that ...", "Cuomo lamented", "Trump bragged".
  'reasoned',
  'lamented',
  'laments',
  'bragged',
  'brags',
  'boasted',
  'griped',
  'scoffed',
  'mocked',
  'fumed',
]);

/** Finite forms of verbs that report words and nothing else ("Wu admitted it was unlikely ...": see quotedByHeNext). */
export const SAYING_FORMS: ReadonlySet<string> = new Set([
  ...['said', 'says', 'told', 'tells', 'added', 'admitted', 'acknowledged', 'conceded', 'explained', 'argued'],
  ...['insisted', 'noted', 'wrote', 'writes', 'warned', 'recalled', 'predicted', 'stressed', 'complained'],
]);

/** Words that count people and open sentences capitalized ("One said ...", "Another told ..."): no one's name. */
export const COUNTING_WORDS: ReadonlySet<string> = new Set(['one', 'another', 'each', 'both', 'some', 'many', 'most', 'several', 'others']);
