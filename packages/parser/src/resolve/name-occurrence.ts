import type { SourceKind } from '@claimline/schema';
import type { Token } from '../document';
import { DETERMINERS, PREPOSITIONS } from '../lexicon/function-words';
import { FEMALE_WORDS, MALE_WORDS, NOT_SUBJECT_BEFORE, PHRASE_OPENERS } from '../lexicon/name-context';
import { PLACES } from '../lexicon/places';
import { PERSON_NOUNS, ROLE_NOUNS } from '../lexicon/role-nouns';
import { isCapitalized, isPossessive, isQuoteMark } from '../tokens';
import { nameKind } from './name-kind';
import { appositiveKinGender, kinGender } from './relative-name';

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

/** 1 at the character code of each first letter of MALE_WORDS and FEMALE_WORDS words. */
const GENDERED_INITIAL = new Uint8Array(128);
for (const w of [...MALE_WORDS, ...FEMALE_WORDS]) GENDERED_INITIAL[w.charCodeAt(0)] = 1;

/** Double quotation marks: whether each opens, closes, or (straight) turns a quotation on or off. */
const DOUBLE_MARKS = new Map<string, 'open' | 'close' | 'toggle'>([
  ['“', 'open'],
  ['«', 'open'],
  ['„', 'open'],
  ['”', 'close'],
  ['»', 'close'],
  ['"', 'toggle'],
]);

/** The gender of the first he/she (his/her) in the next ~40 tokens of the paragraph and two sentences, unless another name comes first. */
function genderAfter(tokens: readonly Token[], from: number): Gender {
  let ends = 0;
  // Inside a quotation a pronoun is someone the speaker talks of ("..., Hilgenberg said. “Then he came back ...”").
  let quoted = false;
  for (let k = from; k < Math.min(tokens.length, from + 40); k += 1) {
    const t = tokens[k];
    if (t === undefined) break;
    // (The marks are single characters: a longer token, most of them, is no mark without a look-up.)
    const mark = t.text.length === 1 ? DOUBLE_MARKS.get(t.text) : undefined;
    if (mark !== undefined) quoted = mark === 'toggle' ? !quoted : mark === 'open';
    // The first letter spares two Set look-ups for most tokens (gendered words start with h, m or s).
    // ("Ensheng Dong, a first-year Ph.D. student she advises": a pronoun right after a person's noun opens a relative clause
    // of someone else.)
    if (!quoted && GENDERED_INITIAL[t.lower.charCodeAt(0)] === 1 && !afterPersonNoun(tokens[k - 1])) {
      if (MALE_WORDS.has(t.lower)) return 'm';
      if (FEMALE_WORDS.has(t.lower)) return 'f';
    }
    // Another name first makes the pronoun its own; a place is no one ("Max Rose, Democrat of New York, felt ... he").
    if (
      k > from &&
      isCapitalized(t) &&
      isCapitalized(tokens[k + 1]) &&
      !isQuoteMark(tokens[k - 1]) &&
      !PLACES.has(`${t.lower} ${tokens[k + 1]?.lower}`)
    )
      return null;
    // The next sentence may open with it ("Rep. Max Rose voted. He was deployed ..."); a third one is about someone else.
    if (t.text === '.' || t.text === '?' || t.text === '!') {
      ends += 1;
      if (ends === 2) return null;
    }
  }
  return null;
}

/** Whether a token is a person's noun in lowercase ("student", "friend"), after which a pronoun opens a relative clause. */
function afterPersonNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (ROLE_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower));
}

/** Tokens after which a noun phrase opens its sentence. */
const SENTENCE_OPENERS = new Set(['.', '?', '!', '"', '”', '“']);

/**
 * The same name as a body, an organization ("security firm Symantec") or an outlet ("news agency INA"); a literal in
 * occurrence's field order, not a spread copy: a spread copy gets a map of its own, and two shapes of NameOccurrence
 * make their readers polymorphic.
 */
export function asBody(o: NameOccurrence, kind: 'organization' | 'media'): NameOccurrence {
  return { name: o.name, role: o.role, kind, at: o.at, subject: o.subject, focus: o.focus, gender: o.gender };
}

/** The same name as a person's, whatever its words say (a transcript's label, a nicknamed name); a literal as asBody. */
export function asPerson(o: NameOccurrence): NameOccurrence {
  return { name: o.name, role: o.role, kind: 'person', at: o.at, subject: o.subject, focus: o.focus, gender: o.gender };
}

/** A name found at tokens[start, end) (its first capitalized word at i), with what its place in the sentence tells. */
export function occurrence(
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
  // "his wife Donna", "her son, Jack,": a relative's noun says the gender.
  // ("Patterson, his longtime girlfriend,": a relative's noun after it too, whoever "his" is.)
  const gender = MALE_WORDS.has(title)
    ? 'm'
    : FEMALE_WORDS.has(title)
      ? 'f'
      : (kinGender(tokens, start) ?? appositiveKinGender(tokens, end) ?? genderAfter(tokens, end));
  return { name, role, kind: nameKind(name), at, subject, focus, gender };
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

function opensPhrase(word: string): boolean {
  return PREPOSITIONS.has(word) || DETERMINERS.has(word) || PHRASE_OPENERS.has(word);
}
