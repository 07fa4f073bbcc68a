import type { Token } from '../document';
import { NAME_STOP_WORDS } from '../lexicon/name-context';
import { PARTY_MEMBERS } from '../lexicon/parties';
import { CAPITAL_TITLES, COURTESY_TITLES, ROLE_NOUNS } from '../lexicon/role-nouns';
import { COMPANY_ENDINGS } from '../lexicon/company-endings';

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const LETTERS = /\p{L}+(?:-\p{L}+)*/gu;

/** Whether tokens[i, end) are capitalized words with no title, role, party member, connector or body word among them. */
export function isPlainRun(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k += 1) {
    const t = tokens[k];
    if (
      t === undefined ||
      !t.cap ||
      ROLE_NOUNS.has(t.lower) ||
      // ("Federal Reserve Board Vice-Chairman Manuel Johnson": a hyphenated title too.)
      (t.lower.includes('-') && ROLE_NOUNS.has(t.lower.slice(t.lower.lastIndexOf('-') + 1))) ||
      PARTY_MEMBERS.has(t.lower) ||
      CAPITAL_TITLES.has(t.text) ||
      // "Mr John Smith", "Dr Klaus Goekmann": a courtesy title written without its period, as British copy does (not
      // "Mrs Fields Inc", a company; "Lord Young" and "Sir Roy Denman" are written as the names they are).
      (k === i && COURTESY_TITLES.has(t.lower) && !COMPANY_ENDINGS.has(tokens[end - 1]?.lower ?? '')) ||
      NAME_STOP_WORDS.has(t.lower) ||
      t.lower.endsWith('.') ||
      t.text.includes("'") ||
      t.text.includes('’')
    )
      return false;
  }
  return true;
}

/** Whether tokens[i, end) are all longer than one character and in capitals; a loop, not slice().every(): it runs for every run of names. */
export function allInCapitals(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.text.length <= 1 || t.text !== t.text.toUpperCase()) return false;
  }
  return true;
}

/** A plain run of capitalized words read as the name it is, with no role: the reading classifyMention would give it. */
export function plainName(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
): { kind: 'name'; name: string; role: null; start: number } | null {
  const first = tokens[i];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return null;
  return { kind: 'name', name: text.slice(first.start, last.end), role: null, start: first.start };
}

/** Whether a transcript's label ends at tokens[end]: a colon, or a comma, a role in capitals and a colon (", HOST:"). */
export function labelEnds(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text === ':') return true;
  if (tokens[end]?.text !== ',') return false;
  let k = end + 1;
  while (k < end + 5 && tokens[k]?.word === true && tokens[k]?.text === tokens[k]?.text.toUpperCase()) k += 1;
  return k > end + 1 && tokens[k]?.text === ':';
}

/** "MARY LOUISE KELLY" -> "Mary Louise Kelly" (each word's first letter kept, the rest in lowercase). */
export function titleCase(text: string): string {
  return text.replace(LETTERS, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}
