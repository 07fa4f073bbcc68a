/**
 * Training data for the speaker scorer: every claim the rules find in PolNeAR articles, its
 * candidate speakers as feature vectors, and which of them the annotators marked as the source
 * (span overlap). Claims matched to no speech attribution with a source, or with no candidate
 * overlapping it, teach nothing and are left out.
 */
import { readFileSync } from 'node:fs';
import { attributedDocument } from '../src/index';
import { metaOf } from './to-prediction';
import { indexNames } from '../src/resolve/name-index';
import { carriedSpeakers, speakerCases, speaksAsI } from '../src/resolve/speaker-cases';
import { featureVector } from '../src/resolve/speaker-features';

/** A PolNeAR article as stored in ../shared/eval (see FORMAT.md). */
export interface PolnearArticle {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  attributions: { content: [number, number][]; source: [number, number][] | null; speech: boolean }[];
}

/** One claim to learn from: the candidates' feature vectors and which are right. */
export interface TrainingClaim {
  article: string;
  /** Where the claim starts in the article's text: with the article, its place in every epoch's order. */
  at: number;
  vectors: number[][];
  right: boolean[];
}

/** Reads a JSONL file of articles. */
export function readArticles(path: string): PolnearArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as PolnearArticle);
}

const covered = (pieces: readonly [number, number][], start: number, end: number) =>
  pieces.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, end) - Math.max(a, start)), 0);

/** The training claims of one article. */
export function trainingClaims(article: PolnearArticle): TrainingClaim[] {
  const meta = metaOf(article as unknown as Record<string, unknown>);
  const { doc } = attributedDocument(article.text, { ...meta, ingestedAt: '2000-01-01T00:00:00Z' });
  const claims = doc.claims;
  if (claims.length === 0) return [];
  const raw = (o: number) => doc.map.toRaw(o);
  // Each speech attribution takes the claim covering most of its content, above 30%, as the scorer does.
  const sourceOf = new Map<number, [number, number][]>();
  for (const a of article.attributions) {
    if (!a.speech || a.source === null) continue;
    const size = a.content.reduce((n, [x, y]) => n + y - x, 0);
    let best = -1;
    let top = 0.3;
    claims.forEach((c, i) => {
      const share = size === 0 ? 0 : covered(a.content, raw(c.span.start), raw(c.span.end)) / size;
      if (share > top && !sourceOf.has(i)) [best, top] = [i, share];
    });
    if (best >= 0) sourceOf.set(best, a.source);
  }
  const lastClaim = claims.reduce((end, c) => Math.max(end, c.span.end), 0);
  const names = indexNames(doc, lastClaim);
  const carried = carriedSpeakers(claims);
  const out: TrainingClaim[] = [];
  claims.forEach((claim, i) => {
    const source = sourceOf.get(i);
    if (source === undefined) return;
    const cases = speakerCases(doc, claims, i, carried, names, speaksAsI(doc, claim));
    const right = cases.map((c) => covered(source, raw(c.candidate.mention.start), raw(c.candidate.mention.end)) > 0);
    if (cases.length < 2 || !right.includes(true)) return;
    out.push({ article: article.id, at: raw(claim.span.start), vectors: cases.map(featureVector), right });
  });
  return out;
}
