import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rows } from '../db/rows';

/**
 * Claims the feeds due for a poll and moves their next poll `intervalMs` on, in one statement.
 * FOR UPDATE SKIP LOCKED makes two processes claiming at once take disjoint sets, so a feed is
 * polled once per interval however many workers run.
 */
export async function claimDueFeeds(db: Db, intervalMs: number, limit = 50): Promise<string[]> {
  const claimed = await rows<{ id: string }>(
    db,
    sql`UPDATE feeds SET next_poll_at = now() + make_interval(secs => ${intervalMs / 1000})
        WHERE id IN (
          SELECT id FROM feeds WHERE next_poll_at <= now() ORDER BY next_poll_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
        )
        RETURNING id`,
  );
  return claimed.map((r) => r.id);
}
