import type { Claim, Mention, ParseDocument } from '../document';
import type { NameOccurrence } from './name-index';
import { speakerCandidates } from './speaker-candidates';
import type { SpeakerCase } from './speaker-features';

/** The speaker a claim carries over to the quotes after it: a mention and the claim it belongs to. */
export type Carried = { mention: Mention; from: number } | null;

/** "I", "I'm", "my", "me" as words: a claim in the first person singular. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b/;

/** Whether the claim's words speak in the first person singular (the first 2,000 characters: linear). */
export function speaksAsI(doc: ParseDocument, claim: Claim): boolean {
  return FIRST_PERSON.test(doc.text.slice(claim.span.start, Math.min(claim.span.end, claim.span.start + 2000)));
}

/** How far the speaker of a claim carries over to claims with no mention of their own (characters). */
const CARRY = 1500;

/**
 * What each claim carries over: its own mention as the rules found it, else what the claim before
 * carried, if near. Independent of the scorer's choices, so training sees what parsing sees.
 */
export function carriedSpeakers(claims: readonly Claim[]): Carried[] {
  const out: Carried[] = [];
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i];
    const before = out[i - 1] ?? null;
    const previous = claims[i - 1];
    if (claim?.mention != null) out.push({ mention: claim.mention, from: i });
    else if (before !== null && previous !== undefined && claim !== undefined && claim.span.start - previous.span.end < CARRY)
      out.push(before);
    else out.push(null);
  }
  return out;
}

/** The cases (candidate speakers with their context) of claims[i], in candidate order. */
export function speakerCases(
  doc: ParseDocument,
  claims: readonly Claim[],
  i: number,
  carried: readonly Carried[],
  names: readonly NameOccurrence[],
  firstPerson: boolean,
): SpeakerCase[] {
  const claim = claims[i];
  if (claim === undefined) return [];
  // (A loop, not map with a closure: this runs for every claim.)
  const cases: SpeakerCase[] = [];
  for (const candidate of speakerCandidates(doc, claims, i, carried, names)) cases.push({ doc, claim, candidate, firstPerson });
  return cases;
}
