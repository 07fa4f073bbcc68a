import type { Article, ParseResult, Quote, QuoteTime, Source } from '@claimline/schema';
import { contentHash as hashOf } from './content-hash';
import type { Claim, Mention, ParseDocument } from './document';
import { PARSER_VERSION } from './version';
import { balancedSpeaker } from './speaker-span';

/** The quote's place on the timeline: published date, else the dateline's, else ingestion. */
function quoteTime(doc: ParseDocument, ingestedAt: string): QuoteTime {
  if (doc.meta.publishedAt !== undefined) return { at: new Date(doc.meta.publishedAt).toISOString(), basis: 'published' };
  if (doc.dateline?.date != null) return { at: doc.dateline.date, basis: 'dateline' };
  return { at: ingestedAt, basis: 'ingested' };
}

/** The url when it is an absolute URL, else null: the result stays valid whatever meta held. */
function absoluteUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    // A relative url throws here.
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

/** The words that name the speaker, as a span of the text (mention texts are the text's own words). */
function speakerOf(text: string, m: Mention): Quote['speaker'] {
  const span = balancedSpeaker(text, m);
  return span.start === m.start && span.end === m.end
    ? { text: m.text, start: m.start, end: m.end }
    : { text: text.slice(span.start, span.end), ...span };
}

/** Drops claims that overlap an earlier one (rules never should; this keeps the output valid). */
function nonOverlapping(claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  let end = -1;
  for (const c of claims) {
    if (c.span.start < end || c.span.end <= c.span.start) continue;
    out.push(c);
    end = c.span.end;
  }
  return out;
}

/** Stage 7: assemble the article, its sources and quotes, with deterministic ids. */
export function assemble(doc: ParseDocument, ingestedAt: string): ParseResult {
  const contentHash = hashOf(doc.text);
  const id = `a_${contentHash.slice(0, 24)}`;
  const article: Article = {
    id,
    text: doc.text,
    title: doc.title,
    outlet: typeof doc.meta.outlet === 'string' ? doc.meta.outlet : null,
    url: absoluteUrl(doc.meta.url),
    authors: Array.isArray(doc.meta.authors) ? doc.meta.authors.filter((a): a is string => typeof a === 'string') : [],
    publishedAt: doc.meta.publishedAt === undefined ? null : new Date(doc.meta.publishedAt).toISOString(),
    dateline: doc.dateline,
    language: 'en',
    contentHash,
    removed: doc.removed,
    parserVersion: PARSER_VERSION,
    ingestedAt,
  };
  const sourceIds = new Map<number, string>();
  const sources: Source[] = [];
  const sourceOf = (entity: number | null): string | null => {
    if (entity === null) return null;
    const known = sourceIds.get(entity);
    if (known !== undefined) return known;
    const e = doc.entities[entity];
    if (e === undefined) return null;
    const sourceId = `${id}:s${sources.length + 1}`;
    sourceIds.set(entity, sourceId);
    sources.push({ id: sourceId, name: e.name, kind: e.kind, roles: e.roles, aliases: e.aliases, descriptor: e.descriptor });
    return sourceId;
  };
  const time = quoteTime(doc, ingestedAt);
  const quotes: Quote[] = [];
  for (const claim of nonOverlapping(doc.claims)) {
    const text = doc.text.slice(claim.span.start, claim.span.end);
    if (text.trim().length === 0) continue;
    const sourceId = sourceOf(claim.entity);
    const viaSourceId = claim.via === claim.entity ? null : sourceOf(claim.via);
    const m = claim.mention;
    quotes.push({
      id: `${id}:q${quotes.length + 1}`,
      articleId: id,
      sourceId,
      text,
      span: { start: claim.span.start, end: claim.span.end },
      kind: claim.kind,
      cue: claim.cue,
      speaker: m === null ? null : speakerOf(doc.text, m),
      viaSourceId,
      confidence: sourceId === null ? Math.min(claim.confidence, 0.3) : claim.confidence,
      time,
    });
  }
  return { article, sources, quotes };
}
