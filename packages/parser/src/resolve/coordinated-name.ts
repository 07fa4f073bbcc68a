import type { ResolveContext } from './context';
import { PLACES } from '../lexicon/places';
import { companyOfShortName } from './company-short-form';

/** A role that is the first of two coordinated names ("Apple and", "Duff and", "Ryan Lizza and"). */
export const COORDINATED_ROLE = /\s(?:and|&)$/;

/**
 * The firm a coordinated speaker names, or null: "Duff and Phelps said", "Jones and Vining said" are one company named
 * for two people when the article never writes either word apart (not "Apple and Google said" in a story that quotes
 * each, nor "Trump and Ryan", "Italy and France"). `role` is the first name and its "and", `name` the second, `at`
 * where the role is written.
 */
export function coordinatedFirm(ctx: ResolveContext, role: string, name: string, at: number): string | null {
  if (!COORDINATED_ROLE.test(role) || name.includes(' ')) return null;
  const first = role.slice(0, role.lastIndexOf(' '));
  const joined = `${role} ${name}`;
  // (Not the end of a list of names: "the Commodity Board for Margarine, Fats and Oils", "Spear, Leeds and Kellogg"; but
  // "On January 23, Jones and Vining said".)
  if (listBefore(ctx.doc.text, at)) return null;
  // "Harper and Row added", "Pacific Gas and Electric said": the company the article names in full.
  const company = companyOfShortName(ctx, joined);
  if (company !== null) return company;
  if (first.includes(' ') || PLACES.has(first.toLowerCase()) || PLACES.has(name.toLowerCase())) return null;
  return writtenApart(ctx.doc.text, first, joined) || writtenApart(ctx.doc.text, name, joined) ? null : joined;
}

/** Whether a capitalized word and a comma come right before `at`: the name there is one of a list of names. */
function listBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).trimEnd();
  return before.endsWith(',') && CAPITAL_START.test(before.slice(before.lastIndexOf(' ') + 1));
}
const CAPITAL_START = /^\p{Lu}/u;

/** Whether `word` stands in `text` as a word of its own outside every writing of `joined`. */
function writtenApart(text: string, word: string, joined: string): boolean {
  const offset = joined.indexOf(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (text.startsWith(joined, at - offset)) continue;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return !Number.isNaN(code) && LETTER.test(String.fromCharCode(code));
}
// (A module constant: a bundler rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.)
const LETTER = /\p{L}/u;
