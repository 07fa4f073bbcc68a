import { count, countDistinct, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { quotes } from '../db/schema';

/** How many quotes and distinct speakers a stored article has, as an ingest result reports them. */
export async function storedCounts(db: Db, articleId: string): Promise<{ quoteCount: number; sourceCount: number }> {
  const [row] = await db
    .select({ quoteCount: count(), sourceCount: countDistinct(quotes.sourceId) })
    .from(quotes)
    .where(eq(quotes.articleId, articleId));
  return { quoteCount: row?.quoteCount ?? 0, sourceCount: row?.sourceCount ?? 0 };
}
