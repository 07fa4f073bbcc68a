import { BODIES_OF_PEOPLE } from './statement-nouns';

/** Personal pronouns that can name a speaker, with the grammatical number they refer back to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'singular' | 'plural' | 'neuter'> = new Map([
  ['he', 'singular'],
  ['she', 'singular'],
  ['they', 'plural'],
  ['it', 'neuter'],
]);

/** Possessive pronouns by their subject form: "his claim that ..." is resolved as "he" would be. */
const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** A pronoun's subject form, lowercased ("His" -> "he", "She" -> "she"). */
export function subjectForm(pronoun: string): string {
  const lower = pronoun.toLowerCase();
  return SUBJECT_FORMS.get(lower) ?? lower;
}

/** First and second person pronouns: inside a quotation they are the speaker, never a new source. */
export const SELF_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);

/** Object pronouns that can follow "told" ("told him that ..."). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Pronouns for an unnamed person, who speaks as an anonymous source ("Someone told Trump that ..."). */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);

/** "I" and its contractions, capitalized as no name is ("where I’d traveled", "Bolts of energy I’d never experienced"). */
export const I_FORMS: ReadonlySet<string> = new Set(['i', "i'd", 'i’d', "i'll", 'i’ll', "i'm", 'i’m', "i've", 'i’ve']);

/** A subject pronoun and a form of "be" in one word ("he’s", "they’re", "I’m"): before a participle, a progressive's subject. */
export const PRONOUN_AND_BE = /^(?:(?:he|she)['’]s|(?:they|we)['’]re|i['’]m)$/;

/** Collective nouns a plural pronoun can point back to, though they do not end in -s. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([...BODIES_OF_PEOPLE, 'party', 'group', 'delegation']);

/** "who" as the tokenizer reads it, with the contractions that keep it ("who’s", "who'd"). */
export const WHO: ReadonlySet<string> = new Set(['who', 'who’s', "who's", 'who’d', "who'd"]);

/** Possessive words that make a relative's noun after them someone's ("his wife", "whose son"). */
export const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'whose']);
