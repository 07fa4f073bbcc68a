import { and, isNull, sql } from 'drizzle-orm';
import type { InView, QuoteFilters, TimeBucket } from '@claimline/schema';
import type { Db } from '../db/client';
import { quotes } from '../db/schema';
import { rows } from '../db/rows';
import { quoteFilterSql } from './quote-filters';
import { fromCounts, fromQuotes, isDay } from './timeline';

/**
 * stats.inView: all claims the filters keep, per bucket, so the overview can show what its top N leave
 * out ("others") and its totals add up. Same two paths as stats.timeline: the day-count table unless a
 * text search or a time inside a day needs the quotes. Quotes with no speaker are not in the day counts:
 * they are counted apart, on the quotes' source index (`source_id IS NULL`).
 */
export async function inView(db: Db, input: QuoteFilters & { bucket: TimeBucket }): Promise<InView> {
  const filtered = input.q || !isDay(input.from) || !isDay(input.to) ? fromQuotes(input) : fromCounts(input);
  const buckets = await rows<{ bucket: string; n: number }>(
    db,
    sql`WITH filtered AS (${filtered})
      SELECT to_char(date_trunc(${input.bucket}, day::timestamp), 'YYYY-MM-DD') AS bucket, sum(n)::int AS n
      FROM filtered GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
  );
  // A speaker or speaker-kind filter keeps only quotes with a speaker.
  const bySpeaker = Boolean(input.sourceIds?.length || input.sourceKinds?.length);
  const [none] = bySpeaker
    ? [{ n: 0 }]
    : await rows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM ${quotes} WHERE ${and(isNull(quotes.sourceId), quoteFilterSql(input))}`,
      );
  const points = buckets.map((b) => ({ at: `${b.bucket}T00:00:00.000Z`, count: Number(b.n) }));
  return {
    bucket: input.bucket,
    total: points.reduce((sum, p) => sum + p.count, 0),
    unattributed: Number(none?.n ?? 0),
    points,
  };
}
