import type { Claim, ParseDocument } from '../document';
import { cueAt } from '../lexicon/cue-verbs';
import { sentenceIndexAt, tokenIndexFrom } from './positions';
import type { CandidateOrigin, SpeakerCandidate } from './speaker-candidates';

/** What the features of one candidate see: the document, the claim and the candidate, with positions computed once. */
export interface SpeakerCase {
  doc: ParseDocument;
  claim: Claim;
  candidate: SpeakerCandidate;
  /** Whether the claim's words speak as "I". */
  firstPerson: boolean;
}

/** A named feature: a number (mostly 0 or 1) for one candidate. */
export interface SpeakerFeature {
  name: string;
  value: (c: SpeakerCase) => number;
}

const kind = (k: string) => (c: SpeakerCase) => (c.candidate.mention.kind === k ? 1 : 0);
const b = (x: boolean) => (x ? 1 : 0);

/** Sentences between the candidate and the claim's start (0: the same sentence). */
export function sentenceGap(c: SpeakerCase): number {
  const a = sentenceIndexAt(c.doc, c.candidate.mention.start);
  const z = sentenceIndexAt(c.doc, c.claim.span.start);
  return a < 0 || z < 0 ? 9 : Math.abs(z - a);
}

/** Characters between the candidate and the claim, 0 when they touch. */
export function charGap(c: SpeakerCase): number {
  const m = c.candidate.mention;
  const s = c.claim.span;
  return m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0;
}

/** Whether a speech verb follows the candidate within two words ("Trump said", "he later told"). */
export function cueFollows(c: SpeakerCase): boolean {
  const p = paragraphOf(c.doc, c.candidate.mention.start);
  if (p === undefined) return false;
  const k = tokenIndexFrom(p.tokens, c.candidate.mention.end);
  return cueAt(p.tokens, k) !== undefined || cueAt(p.tokens, k + 1) !== undefined;
}

/** Whether the candidate opens its sentence. */
export function opensSentence(c: SpeakerCase): boolean {
  const s = c.doc.sentences[sentenceIndexAt(c.doc, c.candidate.mention.start)];
  return s !== undefined && s.start === c.candidate.mention.start;
}

/** Whether the claim opens its paragraph (a quote running on from the paragraph before). */
export function claimOpensParagraph(c: SpeakerCase): boolean {
  const p = paragraphOf(c.doc, c.claim.span.start);
  return p !== undefined && c.claim.span.start - p.start <= 1;
}

function paragraphOf(doc: ParseDocument, at: number): ParseDocument['paragraphs'][number] | undefined {
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.paragraphs[mid]?.end ?? Infinity) <= at) lo = mid + 1;
    else hi = mid;
  }
  return doc.paragraphs[lo];
}

/** Base features, each also crossed with the candidate's origin below. */
const BASE: readonly SpeakerFeature[] = [
  { name: 'bias', value: () => 1 },
  { name: 'kind=name', value: kind('name') },
  { name: 'kind=pronoun', value: kind('pronoun') },
  { name: 'kind=nominal', value: kind('nominal') },
  { name: 'kind=anonymous', value: kind('anonymous') },
  { name: 'claim-has-mention', value: (c) => b(c.claim.mention !== null) },
  { name: 'claim-inherits', value: (c) => b(c.claim.inherits) },
  { name: 'claim-has-cue', value: (c) => b(c.claim.cue !== null) },
  { name: 'claim-direct', value: (c) => b(c.claim.kind === 'direct') },
  { name: 'claim-opens-paragraph', value: (c) => b(claimOpensParagraph(c)) },
  { name: 'rule=continuation', value: (c) => b(c.claim.rule === 'continuation') },
  { name: 'rule=direct', value: (c) => b(c.claim.rule.startsWith('direct')) },
  { name: 'rule=reported', value: (c) => b(c.claim.rule.startsWith('reported')) },
  { name: 'before-claim', value: (c) => b(c.candidate.mention.end <= c.claim.span.start) },
  { name: 'after-claim', value: (c) => b(c.candidate.mention.start >= c.claim.span.end) },
  { name: 'log-char-gap', value: (c) => Math.log1p(charGap(c)) / 8 },
  { name: 'same-sentence', value: (c) => b(sentenceGap(c) === 0) },
  { name: 'sentence-before', value: (c) => b(sentenceGap(c) === 1) },
  { name: 'sentences-far', value: (c) => b(sentenceGap(c) >= 2) },
  { name: 'cue-follows', value: (c) => b(cueFollows(c)) },
  { name: 'opens-sentence', value: (c) => b(opensSentence(c)) },
  { name: 'written-subject', value: (c) => b(c.candidate.subject) },
  { name: 'written-focus', value: (c) => b(c.candidate.focus) },
  { name: 'multi-word-name', value: (c) => b(c.candidate.mention.kind === 'name' && c.candidate.mention.name.includes(' ')) },
  { name: 'first-person-claim', value: (c) => b(c.firstPerson) },
];
const ORIGINS: readonly CandidateOrigin[] = ['rule', 'previous', 'subject', 'name'];

/**
 * Every feature of the scorer by name, in the order of the weight vector: each base feature crossed with each origin.
 * Their values come from BASE, in the candidate's own block (dotFeatures, featureVector).
 */
export const SPEAKER_FEATURES: readonly { name: string }[] = ORIGINS.flatMap((o) => BASE.map((f) => ({ name: `${o}:${f.name}` })));

/**
 * Where the candidate's own features start in the vector: a candidate has one origin, so every
 * feature outside its block of BASE.length is zero.
 */
export function blockStart(c: SpeakerCase): number {
  return ORIGINS.indexOf(c.candidate.origin) * BASE.length;
}

/**
 * The dot product of a case's feature vector with `weights`, reading only its origin's block: the
 * same sum as over the whole vector (the other terms are zeros), a quarter of the features computed.
 */
export function dotFeatures(c: SpeakerCase, weights: Float64Array): number {
  const start = blockStart(c);
  baseValues(c, VALUES);
  let s = 0;
  for (let j = 0; j < BASE.length; j += 1) s += (VALUES[j] ?? 0) * (weights[start + j] ?? 0);
  return s;
}

/** The values of one case's base features, filled by baseValues (scoring is synchronous: one array serves every case). */
const VALUES = new Float64Array(BASE.length);

/**
 * The values of BASE for one case, in BASE's order, into `out`: the same numbers as BASE's functions (a test holds them
 * to it), with the positions they share found once. Three features ask the sentence gap and two the candidate's
 * sentence, each by its own binary search over the article's sentences: a twentieth of the resolution of a claim.
 */
export function baseValues(c: SpeakerCase, out: Float64Array): void {
  const m = c.candidate.mention;
  const claim = c.claim;
  const at = sentenceIndexAt(c.doc, m.start);
  const claimAt = sentenceIndexAt(c.doc, claim.span.start);
  const gap = at < 0 || claimAt < 0 ? 9 : Math.abs(claimAt - at);
  const kind = m.kind;
  const opens = c.doc.sentences[at];
  out[0] = 1;
  out[1] = b(kind === 'name');
  out[2] = b(kind === 'pronoun');
  out[3] = b(kind === 'nominal');
  out[4] = b(kind === 'anonymous');
  out[5] = b(claim.mention !== null);
  out[6] = b(claim.inherits);
  out[7] = b(claim.cue !== null);
  out[8] = b(claim.kind === 'direct');
  out[9] = b(claimOpensParagraph(c));
  out[10] = b(claim.rule === 'continuation');
  out[11] = b(claim.rule.startsWith('direct'));
  out[12] = b(claim.rule.startsWith('reported'));
  out[13] = b(m.end <= claim.span.start);
  out[14] = b(m.start >= claim.span.end);
  out[15] = Math.log1p(charGap(c)) / 8;
  out[16] = b(gap === 0);
  out[17] = b(gap === 1);
  out[18] = b(gap >= 2);
  out[19] = b(cueFollows(c));
  out[20] = b(opens !== undefined && opens.start === m.start);
  out[21] = b(c.candidate.subject);
  out[22] = b(c.candidate.focus);
  out[23] = b(kind === 'name' && m.name.includes(' '));
  out[24] = b(c.firstPerson);
}

/** The feature vector of one candidate (zeros included), as training reads it. */
export function featureVector(c: SpeakerCase): number[] {
  const out = new Array<number>(SPEAKER_FEATURES.length).fill(0);
  const start = blockStart(c);
  for (let j = 0; j < BASE.length; j += 1) out[start + j] = BASE[j]?.value(c) ?? 0;
  return out;
}
