import { BUSINESS_PLURALS } from '../lexicon/business-words';
import { ORGANIZATION_WORDS, OUTLET_ROLES } from '../lexicon/role-nouns';
import { words } from './name-words';
import { COUNTRY_OF_DEMONYM } from '../lexicon/places';

/**
 * A role that says a body is owned by or part of another, or is a group of bodies ("Encor, 48 pct-owned by Dome
 * Petroleum Ltd, said", "New Hampshire Yankee, a consortium of utility companies, said").
 */
export const OWNED_ROLE =
  /\b(?:owned|controlled)\s+by\b|\b(?:unit|subsidiary|affiliate|division|consortium|group|coalition|alliance|association)\s+of\b/i;

/** OWNED_ROLE as the head of an indefinite role, a few words from its start ("a consortium of", "a 48 pct-owned unit of"). */
export const OWNED_HEAD =
  /^(?:(?:a|an)\s+)?(?:(?!(?:of|for|at|in|with)\s)[\w.-]+\s+){0,2}?(?:(?:owned|controlled)\s+by|(?:unit|subsidiary|affiliate|division|consortium|group|coalition|alliance|association)\s+of)\b/i;

/** Whether a role says "one of" a kind of business ("one of the country’s best-performing department stores"). */
export function oneOfBusinesses(role: string): boolean {
  if (!/^one of\b/i.test(role.trim())) return false;
  const last = (role.trim().split(/\s+/).at(-1) ?? '').toLowerCase();
  // A plural of a body's word ("banks", "airlines"), or of a business that is none ("makers", "stores").
  return /s$/.test(last) && (ORGANIZATION_WORDS.has(last.slice(0, -1)) || BUSINESS_PLURALS.has(last));
}

/** Whether a role names an outlet ("the government newspaper", "the official news agency"; not "the federal agency"). */
export function isOutletRole(role: string): boolean {
  const written = words(role);
  // A short description in lowercase words: "director for Kentucky Health Justice Network" is a person's role.
  // (A people's adjective may lead it: "Italian daily La Repubblica".)
  if (written.length > 4 || written.some((w, k) => w !== w.toLowerCase() && !(k === 0 && COUNTRY_OF_DEMONYM.has(w)))) return false;
  const head = written.at(-1) ?? '';
  return OUTLET_ROLES.has(head) || (head === 'agency' && written.includes('news'));
}
