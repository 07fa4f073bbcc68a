import { ORGANIZATION_WORDS } from '../lexicon/role-nouns';

/** Words after a body's noun that open its description ("set up to ...", "appointed by ...", "which ..."). */
const DESCRIPTION_OPENERS = /^(?:\p{Ll}+ed|set|led|made|chosen|which|that|of|for|in|on|at|to)$/u;

/**
 * The noun of a body the text introduces without a name, by its noun and a description ("commission set up to unravel the
 * affairs of Air Lanka", "panel appointed by the president"): the body that "the commission", "it" and "the report" go on
 * to name, not the company its description names. Null for any other source's name ("government officials").
 */
export function introducedBodyNoun(name: string): string | null {
  const w = name.split(/\s+/);
  const head = (w[0] ?? '').toLowerCase();
  return w.length >= 3 && ORGANIZATION_WORDS.has(head) && DESCRIPTION_OPENERS.test(w[1] ?? '') ? head : null;
}
