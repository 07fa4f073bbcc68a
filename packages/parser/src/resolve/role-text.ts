import { NAME_STOP_WORDS } from '../lexicon/name-context';
import { PREPOSITIONS } from '../lexicon/function-words';
import { PARTY_WORDS } from '../lexicon/parties';
import { CAPITAL_TITLES, ORGANIZATION_WORDS, TITLES, isSpeakerNoun } from '../lexicon/role-nouns';
import { trimEnd } from '@claimline/schema';
import { ADDRESS_TITLES, BEFORE_OTHER_TITLE, CUT_NAME_ENDS, HEAD_ENDS, NOT_ROLE_NOUNS, NOT_ROLE_START } from '../lexicon/role-text';
import { startsCapitalized, startsLower, withoutPossessive } from '../tokens';
import { boundedMemo } from './bounded-memo';

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const TWO_LETTERS = /\p{L}{2}/u;

/** Verbs and clause words that make the words a sentence, not a role ("Tesla has not filed an 8-K about"). */
const CLAUSE_WORDS =
  /(?:^|\s)(?:is|was|were|are|has|have|had|said|says|adds|added|explains|able|mocked|filed|told|who|which|that|what|how|why)(?=\s|$)/i;
const MAX_ROLE_WORDS = 16;

function bare(word: string): string {
  return trimEnd(withoutPossessive(word.toLowerCase()), '.,;:');
}

/** Whether a word names a role or title: a title, a noun for a person or a body, a party, an age. */
function roleWord(word: string): boolean {
  const w = bare(word);
  if (TITLES.has(w) || CAPITAL_TITLES.has(trimEnd(word, '.,;:')) || PARTY_WORDS.has(w) || /-year-old$/.test(w)) return true;
  const head = w.split('-')[0] ?? w;
  return !NOT_ROLE_NOUNS.has(head) && isSpeakerNoun(head);
}

/**
 * Whether words written before or beside a name are a role ("Putin's spokesman", "U.S. Secretary of
 * State", "26-year-old", "New York Gov."): words with a role or title among them that do not end on
 * a function word or a cut-off name. Not a number or a time ("73", "27 p.m."), a name cut off by a
 * conjunction ("Musk and", "One of"), a clause ("will have to square what", "Tesla has not filed an
 * 8-K about"), a phrase of time ("On Friday morning"), quoted text, or the title of another name
 * ("Obama and President", "hand-signed note from President"). Memoized: an entity's roles are asked again at each of
 * its mentions (13k calls a pass over Reuters for 5k roles), and a reading runs a dozen patterns over the words, about 2 µs.
 */
export const isRole: (role: string) => boolean = boundedMemo(readRole);

/** isRole's reading of a role, made afresh. */
function readRole(role: string): boolean {
  const words = role.trim().split(/\s+/);
  const last = bare(words.at(-1) ?? '');
  if (!TWO_LETTERS.test(role) || /^\d+(?:[:.]\d+)?$/.test(words[0] ?? '') || NAME_STOP_WORDS.has(last)) return false;
  // "Mr.", "Ms.": a courtesy title alone says how the paper addresses someone, not what they are (and a spouse's "Ms.
  // Rose" beside "Mr. Rose" would lend him hers).
  if (words.length === 1 && ADDRESS_TITLES.has(last)) return false;
  // "NIH’s Dr.", "the Task Force's Dr.": a body's possessive before a bare title is no role (the title alone is one).
  if (words.length >= 2 && /['’]s$/.test(words.at(-2) ?? '') && /^(?:dr|prof|mr|ms|mrs)$/.test(last)) return false;
  if (/^\d+\s*(?:a\.m\.|p\.m\.)/i.test(role) || /[“”"]/.test(role) || words.length > MAX_ROLE_WORDS) return false;
  const first = bare(words[0] ?? '');
  if (NOT_ROLE_START.has(first) || (PREPOSITIONS.has(first) && words.length > 1) || CLAUSE_WORDS.test(role)) return false;
  if (CUT_NAME_ENDS.has(last) || (words.length >= 2 && BEFORE_OTHER_TITLE.has(bare(words.at(-2) ?? '')) && roleWord(last))) return false;
  // "Mayor Mayor": a title written twice is two mentions run together.
  if (words.some((w, i) => i > 0 && bare(w) === bare(words[i - 1] ?? ''))) return false;
  // "Obama and President", "President Donald Trump and Secretary of State": a name, then another's title
  // ("Chairman and CEO" is one person's two titles).
  const and = words.findIndex((w) => w.toLowerCase() === 'and' || w.toLowerCase() === 'or');
  if (and > 0 && roleWord(words[and + 1] ?? '') && words.slice(0, and).some((w) => startsCapitalized(w) && !roleWord(w))) return false;
  return words.some(roleWord);
}

/** Whether a role fits a person: not a body's description ("industry group", "travel news company"). */
export function isPersonRole(role: string): boolean {
  const words = role.trim().split(/\s+/);
  // The head noun: the last word, or the one before a relative clause ("a company that aggregates cellphone location
  // information", "a nurse who works at a biocontainment unit").
  // ("a privately held firm based in Mountain View", not "a Rhode Island based bank holding company".)
  const relative = words.findIndex((w, i) => i > 0 && (HEAD_ENDS.has(w.toLowerCase()) || (w === 'based' && words[i + 1] === 'in')));
  const head = trimEnd(words.at(relative > 0 ? relative - 1 : -1) ?? '', '.,;:');
  return !(startsLower(head) && ORGANIZATION_WORDS.has(head.toLowerCase()));
}
