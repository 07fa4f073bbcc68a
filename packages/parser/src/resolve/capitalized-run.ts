import { NAME_JOINS } from '../lexicon/name-context';
import { isPlaceName } from '../lexicon/places';
import { ORGANIZATION_WORDS } from '../lexicon/role-nouns';

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
  if (first === undefined || last === undefined || PRONOUN.test(first.text)) return null;
  return { name: text.slice(first.at, last.at + last.text.length).replace(/\s+/g, ' '), at: first.at };
}

/**
 * The capitalized words (and the joins inside them) that start right at `at`, at most `max` words, a leading "the" left
 * out and a sentence's or a clause's punctuation off the last ("a report by Realtor.com predicts", "from the Pew Research
 * Center."); null when the first word is not capitalized.
 */
export function capitalizedRunAfter(text: string, at: number, max = 7): { name: string; at: number } | null {
  const words = [...text.slice(at, at + 120).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: at + (m.index ?? 0) }));
  let k = /^the$/i.test(words[0]?.text ?? '') ? 1 : 0;
  const first = k;
  let end = -1;
  for (; k < words.length && k - first < max; k += 1) {
    const w = words[k]?.text ?? '';
    const bare = withoutStop(w);
    const capital = CAPITALIZED_WORD.test(bare);
    const join = NAME_JOINS.has(w) && CAPITAL_FIRST.test(words[k + 1]?.text ?? '') && k > first;
    if (!capital && !join) break;
    end = k;
    if (bare !== w) break;
  }
  const start = words[first];
  const last = words[end];
  if (end < first || start === undefined || last === undefined || PRONOUN.test(start.text)) return null;
  const name = withoutStop(text.slice(start.at, last.at + last.text.length));
  // ("a report from U.S. intelligence agencies", "a report by the Economist magazine's Economist Intelligence Unit", "a
  // statement from the European Arianespace consortium": a place, or a name before a possessive or a body's noun,
  // modifies what follows it.)
  const next = words[end + 1]?.text ?? '';
  if (isPlaceName(name) || LOWERCASE_POSSESSIVE.test(next) || ORGANIZATION_WORDS.has(withoutStop(next))) return null;
  return { name: name.replace(/\s+/g, ' '), at: start.at };
}

/** A word without the comma, colon or sentence's period after it ("Realtor.com." -> "Realtor.com"; not "U.S." or "Inc."). */
function withoutStop(word: string): string {
  if (/[,;:]$/.test(word)) return word.slice(0, -1);
  return word.endsWith('.') && !KEPT_PERIOD.test(word) ? word.slice(0, -1) : word;
}

/** A pronoun opening a sentence, which no run of capitals names. */
const PRONOUN = /^(?:He|She|It|They|We|I)$/;
// Module constants: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.&'’-]*$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWERCASE_POSSESSIVE = /^\p{Ll}.*['’]s$/u;
/** Periods that are a word's own: initials ("U.S.") and companies' forms ("Inc."). */
const KEPT_PERIOD = /^(?:\p{Lu}\.)+$|^(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$/u;
