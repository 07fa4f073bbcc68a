import type { ResolveContext } from './context';
import type { FullName } from './name-lookup';
import { PLACES } from '../lexicon/places';
import { ordinary } from './not-a-name';
import { words } from './name-words';

/** How far back (characters, about two paragraphs) the last full name of a surname decides who its bare surname is. */
const NEAREST_REACH = 800;

/**
 * "Four-year-old Amina Malloy ... Dr. Melanie Malloy works ... Malloy said": when the article gives two full names of
 * one surname, a bare surname is the one named last before it (`at`), not the first found. `found` is the
 * position-free answer of `fullest`, kept when the surname has one full name or the name was not bare.
 */
export function nearestOfSurname(ctx: ResolveContext, found: FullName, name: string, at: number): FullName {
  const w = words(name);
  if (w.length !== 1 || found.name === name) return found;
  let nearest: { name: string; at: number } | null = null;
  let distinct = false;
  // The first full name of the surname written before `at` (the names are in text order): for a bare surname far from
  // them all.
  let first: string | null = null;
  // (Read in place, not from a copied slice; and a name's words only for a person's name before `at`: they cost a memo
  // look-up each.)
  const sharing = ctx.namesByWord.get(w[0] ?? '') ?? [];
  for (let k = 0; k < Math.min(sharing.length, 200); k += 1) {
    const n = sharing[k];
    if (n === undefined || n.kind !== 'person' || n.at >= at) continue;
    const nw = words(n.name);
    if (nw.length < 2 || nw.at(-1) !== w[0]) continue;
    // Only a first name: not an ordinary word (one the article also writes in lowercase, a day, a function word) nor a
    // place glued on ("Said Gong", "Whatever Raoult", "Friday Pritzker", "Atlanta Duffy").
    const given = nw[0] ?? '';
    if (PLACES.has(given) || ordinary(ctx.doc, given)) continue;
    // (Nor one of the other gender: "Ivanka Trump" is no "he".)
    if (found.gender !== null && n.gender !== null && n.gender !== found.gender) continue;
    first ??= n.name;
    // ... and one introduced with a title or a role ("Dr. Melanie Malloy"): a capitalized word glued on before a name
    // has none ("Whatever Raoult’s reservations"). The position-free answer stays a candidate as it is.
    if (n.role === null && n.name !== found.name) continue;
    if (nearest !== null && nearest.name !== n.name) distinct = true;
    if (nearest === null || n.at > nearest.at) nearest = { name: n.name, at: n.at };
  }
  if (!distinct || nearest === null || nearest.name === found.name) return found;
  if (at - nearest.at <= NEAREST_REACH) return { name: nearest.name, roles: found.roles, gender: found.gender };
  // A full name given in passing paragraphs ago ("crime policies that began under President Bill Clinton") is not who a
  // bare surname means now: that is the one the article introduced first, its own bearer of the surname: "Clinton
  // proposed ..." in a story on Hillary Clinton's campaign, "Bush says" in a day of Jeb Bush's campaign that once names
  // George W. Bush.
  return first === null || first === found.name ? found : { name: first, roles: found.roles, gender: found.gender };
}
