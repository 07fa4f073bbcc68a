import { NAME_JOINS } from '../lexicon/name-context';

/**
 * The capitalized words (and the joins inside them) that end right before `at`, at most `max` words, "The" or "A"
 * before them left out; null when there are none or only a pronoun. Found by walking back over the words, not by a
 * pattern that would try every start in a long run of capitals.
 */
export function capitalizedRunBefore(text: string, at: number, max = 7): { name: string; at: number } | null {
  const from = Math.max(0, at - 120);
  const words = [...text.slice(from, at).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: from + (m.index ?? 0) }));
  const word = (i: number) => words[i]?.text ?? '';
  let k = words.length;
  while (k > 0 && words.length - k < max) {
    const w = word(k - 1);
    const capital = /^\p{Lu}[\p{L}.&'’-]*$/u.test(w);
    const join = NAME_JOINS.has(w) && /^\p{Lu}/u.test(word(k)) && /^\p{Lu}/u.test(word(k - 2));
    if (!capital && !join) break;
    k -= 1;
  }
  while (k < words.length && /^(?:The|A|An)$/.test(word(k))) k += 1;
  const first = words[k];
  const last = words.at(-1);
  if (first === undefined || last === undefined || /^(?:He|She|It|They|We|I)$/.test(first.text)) return null;
  return { name: text.slice(first.at, last.at + last.text.length).replace(/\s+/g, ' '), at: first.at };
}
