import { sql } from 'drizzle-orm';
import type { Overview } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { toIsoOrNull } from './convert';

/**
 * stats.overview: totals over everything stored (sources counted when they have a quote). Read from
 * the rollups the triggers keep (outlet_counts: a row an outlet; the `sources` counter, moved when a
 * source_totals row crosses zero), so its cost does not grow with the number of quotes or sources;
 * first and last are the two ends of the quotes' time index.
 */
export async function overview(db: Db): Promise<Overview> {
  const [row] = await rows<{
    articles: number;
    quotes: number;
    sources: number;
    outlets: number;
    first: string | Date | null;
    last: string | Date | null;
  }>(
    db,
    sql`SELECT
      (SELECT coalesce(sum(articles), 0)::int FROM outlet_counts) AS articles,
      (SELECT coalesce(sum(quotes), 0)::int FROM outlet_counts) AS quotes,
      (SELECT coalesce(max(value), 0)::int FROM counters WHERE name = 'sources') AS sources,
      (SELECT count(*)::int FROM outlet_counts WHERE outlet <> '' AND articles > 0) AS outlets,
      (SELECT min(time_at) FROM quotes) AS first,
      (SELECT max(time_at) FROM quotes) AS last`,
  );
  return {
    articles: Number(row?.articles ?? 0),
    quotes: Number(row?.quotes ?? 0),
    sources: Number(row?.sources ?? 0),
    outlets: Number(row?.outlets ?? 0),
    firstQuoteAt: toIsoOrNull(row?.first ?? null),
    lastQuoteAt: toIsoOrNull(row?.last ?? null),
  };
}
