import femaleEnglish from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import maleEnglish from 'human-names/data/male-human-names-en.json' with { type: 'json' };
import { PLACES } from './places';

/**
 * Given names that in news more often name a place, a company or a thing than a person speaking alone by that name
 * ("Phoenix", "Ford", "Apple", "Grace said the transaction ..."): no sign of a person.
 */
const NAMES_OF_THINGS = new Set([
  // Places.
  'america',
  'asia',
  'austin',
  'brooklyn',
  'carolina',
  'chad',
  'dakota',
  'dallas',
  'denver',
  'georgia',
  'india',
  'israel',
  'london',
  'milan',
  'montana',
  'paris',
  'phoenix',
  'sydney',
  'virginia',
  // Companies and brands.
  'apple',
  'bentley',
  'chase',
  'ford',
  'grace',
  'lincoln',
  'mercedes',
  'morgan',
  'nova',
  'sterling',
  // Words.
  'eden',
  'faith',
  'hope',
  'lucky',
  'ocean',
  'prince',
  'river',
  'sky',
  'star',
  'storm',
  'summer',
  'winter',
]);

/**
 * Popular English given names of women and men (the human-names package), lowercased once, each with the gender the
 * lists hold it as: null for one held as both ("Kim", "Jordan", "Chris").
 */
const GENDER_OF_NAME: ReadonlyMap<string, 'm' | 'f' | null> = (() => {
  const genders = new Map<string, 'm' | 'f' | null>();
  for (const n of maleEnglish) genders.set(n.toLowerCase(), 'm');
  for (const n of femaleEnglish) {
    const lower = n.toLowerCase();
    // (A name in both lists says no gender; one written twice in the women's list is still a woman's.)
    const held = genders.get(lower);
    genders.set(lower, held === undefined || held === 'f' ? 'f' : null);
  }
  return genders;
})();

/** The given names, less places and names of things. */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...GENDER_OF_NAME.keys()].filter((n) => !NAMES_OF_THINGS.has(n) && !PLACES.has(n)));

/**
 * Whether a one-word name is a given name ("Sandra", "Megan", "Reagan"): a person, though the article never gives
 * the name in full ("“If we don’t work, we can’t survive,” Sandra said").
 */
export function isGivenName(name: string): boolean {
  return GIVEN_NAMES.has(name.toLowerCase());
}

/**
 * The gender a given name says, when the lists hold it as a man's or a woman's only ("Bill" m, "Hillary" f; none for
 * "Kim", "Jordan", "Chris", held as both): what tells "Mr. Clinton" from "Hillary Clinton" when no pronoun has.
 */
export function givenNameGender(name: string): 'm' | 'f' | null {
  return GENDER_OF_NAME.get(name.toLowerCase()) ?? null;
}
