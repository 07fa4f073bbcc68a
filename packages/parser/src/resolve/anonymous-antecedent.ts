import type { Claim, Mention, ParseDocument } from '../document';
import { ANONYMOUS_HEADS } from '../lexicon/anonymous';
import { cueLemma } from '../lexicon/cue-verbs';

/** An anonymous group the text describes ("citing four sources in Russia"), speaking or not. */
export interface AnonymousPhrase {
  at: number;
  /** The head noun, singular ("source"). */
  head: string;
  plural: boolean;
  /** How many it says there are; null for "several", "some" or none. */
  count: number | null;
  /** The description without its quantifier: the source's name and descriptor ("sources in Russia"). */
  descriptor: string;
}

const COUNTS = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['a', 1],
  ['an', 1],
  ['another', 1],
]);
const QUANTIFIER =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|another|other|several|some|many|multiple|numerous|few)\s+/i;
const DEFINITE = /^(?:the|these|those|its|their|his|her|[\p{L}.]+['’]s?)\s+/iu;

/** The head, number and quantity of an anonymous mention's words, and whether it describes more than its head. */
export function describeAnonymous(
  text: string,
): { head: string; plural: boolean; count: number | null; definite: boolean; bare: boolean } | null {
  const definite = DEFINITE.test(text) && !QUANTIFIER.test(text);
  // "the agency's sources": a determiner and a possessor.
  let rest = text;
  for (let guard = 0; guard < 3 && DEFINITE.test(rest); guard += 1) rest = rest.replace(DEFINITE, '');
  rest = rest.replace(QUANTIFIER, '');
  const words = rest.toLowerCase().split(/\s+/);
  const head = words.find((w) => ANONYMOUS_HEADS.has(w));
  if (head === undefined) return null;
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  const count = COUNTS.get(first) ?? (/^\d+$/.test(first) ? Number(first) : null);
  const plural = head.endsWith('s') || head === 'people';
  return { head: plural ? head.replace(/s$/, '') : head, plural, count, definite, bare: words.length === 1 };
}

/**
 * The anonymous groups of the text with a description, in order: the speakers' own mentions and
 * phrases that introduce sources without a claim ("Reuters writes about this, citing four sources
 * in Russia."). A quantifier, an anonymous head noun and the words after it up to punctuation or a verb.
 */
export function anonymousPhrases(doc: ParseDocument, claims: readonly Claim[]): AnonymousPhrase[] {
  const found: AnonymousPhrase[] = [];
  // (A loop, not flatMap: flatMap builds an array per claim.)
  const spoken: Mention[] = [];
  // (starts and ends by the same loop, not map(): see lowerJoin in tokens.ts.)
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of claims) if (c.mention?.kind === 'anonymous') spoken.push(c.mention);
  for (const m of spoken) {
    push(found, m.start, m.text);
    starts.push(m.start);
    ends.push(m.end);
  }
  starts.sort((a, b) => a - b);
  ends.sort((a, b) => a - b);
  // Mentions are in text order: a pointer, not a search per token, keeps this linear.
  let next = 0;
  for (const p of doc.paragraphs) {
    const tokens = p.tokens;
    for (let i = 0; i + 1 < tokens.length; i += 1) {
      const q = tokens[i];
      const h = tokens[i + 1];
      // The head first: a Set look-up rejects almost every token.
      if (
        h === undefined ||
        !ANONYMOUS_HEADS.has(h.lower) ||
        !h.lower.endsWith('s') ||
        q === undefined ||
        !(COUNTS.has(q.lower) || /^\d+$/.test(q.lower))
      )
        continue;
      while (next < ends.length && (ends[next] ?? 0) <= q.start) next += 1;
      if (next < starts.length && (starts[next] ?? Infinity) <= q.start) continue;
      let end = i + 2;
      while (
        end < Math.min(tokens.length, i + 14) &&
        tokens[end]?.word === true &&
        cueLemma(tokens[end]?.lower ?? '') === undefined &&
        !/^(?:and|but|that|which|said|says)$/.test(tokens[end]?.lower ?? '')
      )
        end += 1;
      const last = tokens[end - 1];
      if (last !== undefined) push(found, q.start, doc.text.slice(q.start, last.end));
      i = end - 1;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function push(found: AnonymousPhrase[], at: number, text: string): void {
  const d = describeAnonymous(text);
  const descriptor = text.replace(QUANTIFIER, '');
  // "two of the employees" is part of a group, not a description of one.
  if (d === null || d.bare || d.definite || /^of\b/i.test(descriptor)) return;
  found.push({ at, head: d.head, plural: d.plural, count: d.count, descriptor });
}

/**
 * What a bare anonymous mention refers back to: "the sources" and "the agency's sources" to the whole
 * group the text described with the same head noun (the largest, as a definite plural means all of
 * them); "two sources" to the last described group at least as large (they are among them); "one
 * source" to one of the whole group, a person of its own.
 */
export function anonymousAntecedent(list: () => readonly AnonymousPhrase[], at: number, text: string): AnonymousPhrase | null {
  const d = describeAnonymous(text);
  if (d === null || !d.bare) return null;
  // Only now the article's groups: most bare mentions ("officials said") take none and need no scan.
  if (!d.definite && d.count === null) return null;
  const phrases = list();
  if (!d.plural) {
    // "One source predicted ...": one of the whole group, described as such ("one of the sources in Russia").
    if (d.count !== 1) return null;
    const group = anonymousAntecedent(() => phrases, at, `the ${d.head}s`);
    return group === null ? null : { at: group.at, head: d.head, plural: false, count: 1, descriptor: `one of the ${group.descriptor}` };
  }
  let best: AnonymousPhrase | null = null;
  // Only groups described within the last few dozen: antecedents are near, and long texts stay linear.
  for (let i = phrases.length - 1, seen = 0; i >= 0 && seen < 50; i -= 1) {
    const p = phrases[i];
    if (p === undefined || p.at >= at || p.head !== d.head || !p.plural) continue;
    seen += 1;
    if (!d.definite) {
      if (p.count === null || (d.count !== null && p.count >= d.count)) return p;
      continue;
    }
    // A definite plural is the whole group (the largest described), the latest of equals.
    if (best === null || (p.count ?? 0) > (best.count ?? 0)) best = p;
  }
  return best;
}
