import { SPOKESPEOPLE } from '../../lexicon/role-nouns';

/**
 * Whether the text before `at` gives the body a spokesperson ("a spokesperson for Honda", "an Amazon spokesman", "a
 * spokesman for the private business group Kansai Economic Federation": its name within a few words after "for").
 */
export function hasSpokesperson(text: string, at: number, name: string): boolean {
  const before = (phrase: string) => phrase.length <= at && text.lastIndexOf(phrase, at - phrase.length) >= 0;
  for (const word of SPOKESPEOPLE) {
    if (before(`${name} ${word}`)) return true;
    for (const link of [' for ', ' from ']) {
      const found = text.lastIndexOf(`${word}${link}`, at);
      if (found < 0) continue;
      // Searched in the few words after "for" only: this runs for every body a "the spokesperson" could be.
      const from = found + word.length + link.length;
      const window = text.slice(from, Math.min(at, from + 60 + name.length));
      const named = window.indexOf(name);
      if (named >= 0 && !/[.;:!?]/.test(window.slice(0, named))) return true;
    }
  }
  return false;
}
