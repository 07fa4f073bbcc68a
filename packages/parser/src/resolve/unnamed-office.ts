import { isGivenName } from '../lexicon/given-names';
import type { ResolveContext } from './context';
import { fullestName } from './name-lookup';
import { words } from './name-words';
import { OFFICES } from '../lexicon/role-nouns';

/**
 * Whether a name read as a person's is an office written with no name ("The White House Press Secretary said", "the
 * Finance Minister said"): someone the article does not name, described by the office. Not "John Judge" (a given name
 * first makes a name), nor a name the article gives in full elsewhere.
 */
export function isUnnamedOffice(ctx: ResolveContext, name: string): boolean {
  const w = words(name);
  return w.length >= 2 && OFFICES.has(w.at(-1) ?? '') && !isGivenName(name.split(/\s+/)[0] ?? '') && fullestName(ctx, name) === name;
}
