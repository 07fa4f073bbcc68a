/** Words that end the name of a plan, a pact or a law ("Cruzado Plan", "Plaza Agreement", "Clean Air Act"). */
export const INSTRUMENT_WORDS: ReadonlySet<string> = new Set([
  'plan',
  'accord',
  'accords',
  'agreement',
  'treaty',
  'pact',
  'act',
  'doctrine',
  'protocol',
  'amendment',
  'initiative',
  'program',
  'programme',
  // "Roth IRA", "Health Savings Account": an account, no one's "he".
  'ira',
  'account',
  // "the Florence Nightingale Pledge for nurses": a text people swear to, no one's "she".
  'pledge',
  'oath',
  'manifesto',
  'declaration',
  'constitution',
]);

/** Words that end the name of a venue or a structure ("CenturyLink Field", "McCormick Place", "Kennedy Airport"). */
export const VENUE_WORDS: ReadonlySet<string> = new Set([
  'field',
  'stadium',
  'arena',
  'coliseum',
  'ballpark',
  'speedway',
  'airport',
  'square',
  'plaza',
  'mall',
  'pier',
  'bridge',
  'building',
]);

/** Words that end the name of an illness ("Lyme Disease", "Kawasaki Syndrome", "Spanish Flu"). */
export const ILLNESS_ENDS: ReadonlySet<string> = new Set([
  'disease',
  'syndrome',
  'disorder',
  'virus',
  'fever',
  'flu',
  'influenza',
  'pneumonia',
  'infection',
]);

/** Illnesses and viruses named in one word ("COVID-19", "SARS-CoV-2", "Ebola"), in lowercase. */
export const ILLNESS_NAMES: ReadonlySet<string> = new Set([
  ...['covid-19', 'covid', 'covid19', 'coronavirus', 'sars-cov-2', 'sars', 'mers', 'ebola', 'zika', 'h1n1', 'hiv', 'aids'],
]);

/** Words that end the name of an event ("Iraq War", "Great Depression", "Super Bowl", "World Series"); not "Games" ("Epic Games")
 * nor "Marathon" ("First Marathon Securities"). */
export const EVENT_ENDS: ReadonlySet<string> = new Set([
  'war',
  'revolution',
  'depression',
  'recession',
  'pandemic',
  'olympics',
  'bowl',
  'cup',
  'series',
  'summit',
  // "National Memorial Day Concert" (not a festival, which speaks as its organizers: "The Grant Park Music Festival on
  // Monday announced ...").
  'concert',
]);

/** Words that open a storm's name ("Hurricane Katrina", "Tropical Storm Cristobal", "Typhoon Haiyan"). */
export const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);
