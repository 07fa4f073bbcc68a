import { and, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { QuoteFilters } from '@claimline/schema';
import { quotes, sources } from '../db/schema';
import { toInstant } from './convert';

/** The WHERE conditions on `quotes` for the shared filters (q, sourceIds, sourceKinds, kinds, outlets, from, to). */
export function quoteFilterSql(f: QuoteFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    f.q ? sql`${quotes.search} @@ websearch_to_tsquery('english', ${f.q})` : undefined,
    f.sourceIds?.length ? inArray(quotes.sourceId, f.sourceIds) : undefined,
    f.sourceKinds?.length
      ? sql`${quotes.sourceId} IN (SELECT ${sources.id} FROM ${sources} WHERE ${inArray(sources.kind, f.sourceKinds)})`
      : undefined,
    f.kinds?.length ? inArray(quotes.kind, f.kinds) : undefined,
    f.outlets?.length ? inArray(quotes.outlet, f.outlets) : undefined,
    f.from ? gte(quotes.timeAt, toInstant(f.from)) : undefined,
    f.to ? lt(quotes.timeAt, toInstant(f.to)) : undefined,
  ];
  return and(...conditions);
}
