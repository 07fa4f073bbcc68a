import { isGeneration } from '../lexicon/name-context';
import { boundedMemo } from './bounded-memo';
import { startsUpper } from '../tokens';

/** Comparing names by their words, for coreference: "Peskov" and "Dmitry Peskov" name the same speaker. */

/**
 * The lowercase words of a name, possessives and a final generation dropped ("Joseph R. Biden Jr." -> joseph, r, biden:
 * the surname is the last word that "Biden said" is matched by); memoized, since coreference asks about the same names often.
 */
export const words: (s: string) => readonly string[] = boundedMemo((s) => {
  const found = s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // (A generation is no word of the name to match it by.)
  return found.length > 1 && isGeneration(found.at(-1) ?? '') ? found.slice(0, -1) : found;
});

/** Whether two names name the same speaker: same last word, and one's words within the other's. */
export function sameName(a: string, b: string): boolean {
  return sameNameWords(a, words(a), b, words(b));
}

/** sameName for names whose words the caller has at hand (`x` = words(a), `y` = words(b)): a loop over many names asks for them once. */
export function sameNameWords(a: string, x: readonly string[], b: string, y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  if (x.at(-1) !== y.at(-1)) return givenBeforeArticle(x, y) || givenBeforeArticle(y, x);
  // "Reese Jr." is not "Stella Chase Reese", nor "Donald Trump Jr." "Donald J. Trump": two generations that differ part
  // two names, unless one of them is a bare surname with none written ("Biden" is "Joseph R. Biden Jr.").
  const ga = generation(a);
  const gb = generation(b);
  if (ga !== gb && ((x.length > 1 && y.length > 1) || (x.length === 1 && ga !== '') || (y.length === 1 && gb !== ''))) return false;
  // Names are a few words: includes() on the arrays beats building two Sets on every comparison.
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/**
 * Whether a one-word name is the given name before an Arabic family name's article or patronymic: Reuters' "Ali said" of
 * "Sheikh Ali al-Khalifa al-Sabah", "Prince Mohammed" of "Mohammed bin Salman" (not the first word: "Al Jazeera").
 */
function givenBeforeArticle(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 1 || full.length < 3) return false;
  const article = full.findIndex((w) => ARABIC_ARTICLES.has(w));
  return article > 0 && full[article - 1] === short[0];
}
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn']);

/** The generation a name ends with ("jr.", "iii"), lowercased, or "". */
function generation(name: string): string {
  // A generation ends in "r", "i", "v" or a period: most names are settled by their last letter, without the pattern.
  if (!GENERATION_ENDS.includes(name.charAt(name.length - 1))) return '';
  const last = LAST_WORD.exec(name)?.[1] ?? '';
  return isGeneration(last) ? last.toLowerCase().replace(/\.$/, '') : '';
}
const GENERATION_ENDS = 'rRiIvV.';
/** The last of two or more words. */
const LAST_WORD = /\s(\S+)$/;

/** Whether a word is a body's acronym in capitals, two to six letters ("GATT", "NBC", "the PBO"). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether a name is two initials joined by a slash or "and" ("S/P", "S and P" for Standard and Poor's, "A/S"): a body's. */
export function isSlashInitials(name: string): boolean {
  return SLASH_INITIALS.test(name);
}
// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call (nameKind asks every name).
const SLASH_INITIALS = /^\p{Lu}(?:\/| and | & )\p{Lu}$/u;

/** The letters of initials joined by a slash or "and" ("S/P", "S and P" -> "SP"). */
export function initialLetters(name: string): string {
  return name.replace(/\/| and | & /, '');
}

/** Initials of a multi-word name, for acronyms ("Parliamentary Budget Officer" -> "PBO"). */
export function initials(name: string): string {
  // (A loop, not filter().map(): see lowerJoin in tokens.ts.)
  let found = '';
  for (const w of name.split(/\s+/)) if (startsUpper(w)) found += w[0] ?? '';
  return found;
}
