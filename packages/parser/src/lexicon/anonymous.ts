/**
 * Head nouns of anonymous sources ("three sources familiar with ...", "a person with knowledge of
 * ..."): kept as sources in their own right, described rather than named.
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'insider',
  'insiders',
  'person',
  'people',
  'official',
  'officials',
  'diplomat',
  'diplomats',
  'aide',
  'aides',
  // "the Texas senator’s allies say": a group around someone, never that someone ("Her advisers and allies" is one group
  // by subject.ts groupsJoined).
  'allies',
  'witness',
  'witnesses',
  'executive',
  'executives',
  'banker',
  'bankers',
  'trader',
  'traders',
  // The market's voices in wire copy ("Dealers said"); not the singular, which is as often a named person's epithet
  // ("the power broker said").
  'dealers',
  'brokers',
  'analyst',
  'analysts',
  'resident',
  'residents',
  'expert',
  'experts',
  'observer',
  'observers',
  'employee',
  'employees',
  'member',
  'members',
  // "Turkish media reported that ...", "state media said": outlets left unnamed (a plural with no "-s").
  'media',
]);

/** Words that mark a noun phrase as unnamed ("one source", "a senior official", "two people"). */
export const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'some',
  'many',
  'other',
  'another',
  'the',
  'these',
  'those',
  'both',
  'few',
  'most',
  'multiple',
  'numerous',
  'its',
  'their',
]);

/** Whether a word makes its phrase an anonymous source ("three sources familiar with ...", "an insider"). */
export function isAnonymousWord(word: string): boolean {
  return word === 'source' || word === 'sources' || word === 'insider' || word === 'insiders';
}

/** Nouns that any unnamed person of a workplace or a town is. */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set([
  'worker',
  'employee',
  'staffer',
  'person',
  'man',
  'woman',
  'resident',
  'source',
]);

/** Nouns for one unnamed person ("the official", "a source close to ...", "a company spokesman"). */
export const SINGLE_PERSON: ReadonlySet<string> = new Set([
  ...[...ANONYMOUS_HEADS].filter((w) => !w.endsWith('s') && w !== 'people'),
  'spokesman',
  'spokeswoman',
  'spokesperson',
  // ("one broker here said. ... He said", "a presidential economic adviser said. ... he said")
  'broker',
  'dealer',
  'adviser',
  'advisor',
  'officer',
  // ("An Iraqi field commander told ... He said")
  'commander',
  // ("An employee at a suburban hospital ... said ... “...,” said the worker")
  'employee',
  'worker',
  'staffer',
  'resident',
]);
