import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rows } from '../db/rows';

/**
 * How many rows of the trigger-kept `claims` rollup differ from a GROUP BY over `quotes` (missing,
 * extra, or other counts and dates): 0 when the rollup is right. A full scan: for tests and reports.
 */
export async function claimsDrift(db: Pick<Db, 'execute'>): Promise<number> {
  const [found] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (
          SELECT claim_key || '.' || source_id AS id, count(*)::int AS appearances, count(DISTINCT nullif(outlet, ''))::int AS outlets,
                 min(time_at) AS first_at, max(time_at) AS last_at,
                 (array_agg(id ORDER BY time_at, id))[1] AS first_quote_id
          FROM quotes WHERE claim_key IS NOT NULL AND source_id IS NOT NULL GROUP BY claim_key, source_id) g
        FULL JOIN claims c ON c.id = g.id
        WHERE (g.appearances, g.outlets, g.first_at, g.last_at, g.first_quote_id)
              IS DISTINCT FROM (c.appearances, c.outlets, c.first_at, c.last_at, c.first_quote_id)`,
  );
  return found?.n ?? 0;
}
