import type { Article, Quote, Source, SourceKind, QuoteKind, TimeBasis } from '@claimline/schema';
import type { articles, quotes, sources } from '../db/schema';

/** Turns what either driver returns for a timestamptz ("2024-05-24 00:00:00+00" or a Date) into ISO 8601. */
export function toIso(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  const text = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/[+-]\d\d$/.test(text) ? `${text}:00` : text).toISOString();
}

/** Like toIso, keeping null as null. */
export const toIsoOrNull = (value: string | Date | null): string | null => (value === null ? null : toIso(value));

/** A filter date ("2024-05-24" or a date-time) as the UTC instant it starts at. */
export const toInstant = (value: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : toIso(value));

/** The columns of a stored source that make the API's Source. */
type SourceColumns = Pick<typeof sources.$inferSelect, 'id' | 'name' | 'kind' | 'roles' | 'aliases' | 'descriptor'> & {
  wikidataId?: string | null;
  wikidata_id?: string | null;
};

/** A stored source row (or any row with its columns) as the API's Source. */
export function toSource(row: SourceColumns): Source {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as SourceKind,
    roles: row.roles,
    aliases: row.aliases,
    descriptor: row.descriptor,
    wikidataId: row.wikidataId ?? row.wikidata_id ?? null,
  };
}

/** A stored quote row as the API's Quote. */
export function toQuote(row: Omit<typeof quotes.$inferSelect, 'search'>): Quote {
  return {
    id: row.id,
    articleId: row.articleId,
    sourceId: row.sourceId,
    text: row.text,
    span: { start: row.spanStart, end: row.spanEnd },
    kind: row.kind as QuoteKind,
    cue: row.cue ?? null,
    speaker: row.speaker ?? null,
    viaSourceId: row.viaSourceId,
    confidence: row.confidence,
    time: { at: toIso(row.timeAt), basis: row.timeBasis as TimeBasis },
  };
}

/** A stored article row as the API's Article. */
export function toArticle(row: Omit<typeof articles.$inferSelect, 'search' | 'raw' | 'input'>): Article {
  return {
    id: row.id,
    text: row.text,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    authors: row.authors,
    publishedAt: toIsoOrNull(row.publishedAt),
    dateline: row.dateline ?? null,
    language: row.language,
    contentHash: row.contentHash,
    removed: row.removed,
    parserVersion: row.parserVersion,
    ingestedAt: toIso(row.ingestedAt),
  };
}
