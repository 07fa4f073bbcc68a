import { PARTY_MEMBERS } from '../../lexicon/parties';
import { COUNTRY_OF_DEMONYM } from '../../lexicon/places';
import { isPeoplePlural } from '../../lexicon/role-nouns';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const THE_CAPITALIZED = /^the\s+\p{Lu}/u;

/**
 * "the Kentucky Republican", "the U.S. Silas": a description with a proper adjective names the person in focus. (Not
 * "the MPs", "the Kentucky Republicans", "the Saudis": a group of people, none of them the one in focus.)
 */
export const properDescription: NominalRefiner = (ctx, m) => {
  if (!THE_CAPITALIZED.test(m.text) || namesGroup(m.text.slice(m.text.lastIndexOf(' ') + 1))) return null;
  return recent(ctx, m.start, (c) => c.kind === 'person' && c.subject);
};

/** Whether a description's last word is a plural of people: initials ("MPs"), a party's or a people's members, a role's. */
function namesGroup(last: string): boolean {
  const lower = last.toLowerCase();
  if (!lower.endsWith('s')) return false;
  return ACRONYM_PLURAL.test(last) || PARTY_MEMBERS.has(lower) || COUNTRY_OF_DEMONYM.has(last.slice(0, -1)) || isPeoplePlural(lower, false);
}

/** Initials in the plural ("MPs", "CEOs", "MEPs"). */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
