import type { SourceKind } from '@claimline/schema';
import { COMPANY_ENDINGS, LEGAL_FORMS, withoutLastLegalForm } from '../lexicon/company-endings';
import { ORGANIZATION_WORDS } from '../lexicon/role-nouns';
import type { ResolveContext } from './context';
import { initials, words } from './name-words';

// A company's short forms in an article: its first word ("Chrysler" for "Chrysler Motors Corp"), its head ("the Bank"
// for "the Bank of Greece"), its name without the legal form ("Data General" for "Data General Corp").

/**
 * The one company name among `names` that opens with the word `first` and ends in a company's word ("Delta Air Lines
 * Inc", "Abbott Laboratories"), or null (none, or several). Not a department, society or centre: "FDNY Hispanic
 * Society" is another body than "FDNY".
 */
export function companyOfFirstWord(names: readonly { name: string; kind: SourceKind }[], first: string): string | null {
  let match: string | null = null;
  for (const n of names.slice(0, 200)) {
    const nw = words(n.name);
    // ... or a body named "<Body> of <what>" ("The Bank said" after "the Bank of Japan said", "the Chamber" after "the
    // Chamber of Mines"), with its own words before it ("the Bureau" after "the Central Bureau of Statistics").
    const at = ORGANIZATION_WORDS.has(first) ? nw.indexOf(first) : -1;
    const ofBody = at >= 0 && nw[at + 1] === 'of';
    if (
      n.kind !== 'organization' ||
      n.name === match ||
      nw.length < 2 ||
      (nw[0] !== first && !ofBody) ||
      !(COMPANY_ENDINGS.has(nw.at(-1) ?? '') || ofBody)
    )
      continue;
    if (match !== null) return null;
    match = n.name;
  }
  return match;
}

/** Whether words end a company's name after its short form: legal forms, then perhaps where ("Corp of America"). */
function isLegalEnding(rest: readonly string[]): boolean {
  const of = rest.indexOf('of');
  const forms = of < 0 ? rest : rest.slice(0, of);
  return forms.length >= 1 && forms.length <= 2 && forms.every((word) => LEGAL_FORMS.has(word)) && (of < 0 || rest.length - of - 1 <= 2);
}

/**
 * The one company the article names as `name` and a legal form ("Data General" -> "Data General Corp", "Irvine Sensors"
 * -> "Irvine Sensors Corp", "Electronic Mail" -> "Electronic Mail Corp of America"), or null (none, or several).
 */
export function companyOfShortName(ctx: ResolveContext, name: string): string | null {
  const w = words(name);
  let match: string | null = null;
  // (Read in place, not from a copied slice; a name's words, a memo look-up each, only for another body's name.)
  const sharing = ctx.namesByWord.get(w[0] ?? '') ?? [];
  for (let k = 0; k < Math.min(sharing.length, 200); k += 1) {
    const n = sharing[k];
    if (n === undefined || n.kind !== 'organization' || n.name === match) continue;
    const nw = words(n.name);
    if (nw.length <= w.length || nw.length > w.length + 4) continue;
    if (!w.every((word, k) => nw[k] === word) || !isLegalEnding(nw.slice(w.length))) continue;
    if (match !== null) return null;
    match = n.name;
  }
  return match;
}

/**
 * The one company among `names` whose initials, its legal form left out, are these ("SP" for "Standard and Poor's
 * Corp"), or null: the initials index over the speakers found so far, for a name the name index cuts at its "'s".
 */
export function companyOfInitials(names: readonly { name: string; kind: SourceKind }[], letters: string): string | null {
  let match: string | null = null;
  for (const n of names.slice(0, 200)) {
    if (n.kind !== 'organization' || n.name === match || initials(withoutLastLegalForm(n.name)) !== letters) continue;
    if (match !== null) return null;
    match = n.name;
  }
  return match;
}
