import { COUNTRY_OF_DEMONYM, DEMONYM_OF_WORD } from '../../lexicon/places';

/** A country's name, or its people's adjective before a lowercase word ("Japanese officials", not "American Express"). */
const COUNTRY_WORD = new RegExp(
  `(?<![\\p{L}.])(${[...DEMONYM_OF_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replaceAll('.', '\\.'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * The people's adjective of the country the text before `at` names most ("Japanese" in a story on Japan's trade
 * surplus), the first named on a tie; null when it names none. An adjective counts before a lowercase word only.
 */
export function countryInFocus(text: string, at: number): string | null {
  const counts = new Map<string, number>();
  let first: string | null = null;
  for (const match of text.slice(Math.max(0, at - 6000), at).matchAll(COUNTRY_WORD)) {
    const word = match[1] ?? '';
    const demonym = DEMONYM_OF_WORD.get(word);
    if (demonym === undefined) continue;
    // ("Japanese officials", "the Greek statement": an adjective before a word in lowercase, not a name's first word.)
    if (
      COUNTRY_OF_DEMONYM.has(word) &&
      !/^\s+\p{Ll}/u.test(text.slice((match.index ?? 0) + word.length, (match.index ?? 0) + word.length + 3))
    )
      continue;
    first ??= demonym;
    counts.set(demonym, (counts.get(demonym) ?? 0) + 1);
  }
  let best = first;
  for (const [demonym, n] of counts) if (n > (counts.get(best ?? '') ?? 0)) best = demonym;
  return best;
}
