import { ParseMetaSchema, type ParseMeta, type ParseResult } from '@claimline/schema';
import { parseWithRawOffsets } from '../src/index';

/** One quote in the evaluation's prediction format (../shared/eval/FORMAT.md): offsets into the raw text. */
export interface PredictedQuote {
  start: number;
  end: number;
  speaker: { start: number; end: number } | null;
  speakerName: string | null;
  speakerKind: string | null;
  cue: { start: number; end: number } | null;
}

/** The metadata fields of an input line that are valid; invalid ones are dropped rather than failing the line. */
export function metaOf(line: Record<string, unknown>): ParseMeta {
  const meta: Record<string, unknown> = {};
  for (const key of ['title', 'outlet', 'url', 'authors', 'publishedAt'] as const) {
    if (line[key] === undefined || line[key] === null) continue;
    const candidate = { [key]: line[key] };
    if (ParseMetaSchema.safeParse(candidate).success) meta[key] = line[key];
  }
  return ParseMetaSchema.parse(meta);
}

/** Parses one article and returns its quotes with offsets mapped back into `text` exactly as given. */
export function toPrediction(text: string, meta: ParseMeta): PredictedQuote[] {
  const { result, toRaw } = parseWithRawOffsets(text, { ...meta, ingestedAt: '2000-01-01T00:00:00Z' });
  return predictionsOf(result, toRaw);
}

function predictionsOf(result: ParseResult, toRaw: (offset: number) => number): PredictedQuote[] {
  const sources = new Map(result.sources.map((s) => [s.id, s]));
  const raw = (span: { start: number; end: number } | null) => (span === null ? null : { start: toRaw(span.start), end: toRaw(span.end) });
  return result.quotes.map((q) => {
    const source = q.sourceId === null ? undefined : sources.get(q.sourceId);
    return {
      start: toRaw(q.span.start),
      end: toRaw(q.span.end),
      speaker: raw(q.speaker),
      speakerName: source?.name ?? null,
      speakerKind: source?.kind ?? null,
      cue: raw(q.cue),
    };
  });
}
