import { sql } from 'drizzle-orm';
import type { Overview } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { toIsoOrNull } from './convert';

/** stats.overview: totals over everything stored (sources counted when they have a quote and are not merged away). */
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
      (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM quotes) AS quotes,
      (SELECT count(DISTINCT source_id)::int FROM source_day_counts WHERE count > 0) AS sources,
      (SELECT count(DISTINCT outlet)::int FROM articles WHERE outlet IS NOT NULL) AS outlets,
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
