import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedItems } from '../db/schema';
import type { FetchPageOptions } from '../fetch/fetch-page';
import { ingestUrl } from '../fetch/ingest-url';
import { errorForLog } from '../http/error-for-log';
import type { ParsePool } from '../ingest/parse-pool';

/**
 * Fetches one feed item by its link through articles.ingestUrl (the same limits, extraction and
 * "same link is one article") and records the outcome on the item: ingested with its article, or
 * failed with the reason the Feeds view shows. Only a pending item is fetched.
 */
export async function fetchFeedItem(
  deps: { db: Db; parser: ParsePool },
  item: { feedId: string; key: string },
  options: FetchPageOptions,
): Promise<'ingested' | 'failed' | 'skipped'> {
  const where = and(eq(feedItems.feedId, item.feedId), eq(feedItems.key, item.key), eq(feedItems.state, 'pending'));
  const [found] = await deps.db.select({ url: feedItems.url }).from(feedItems).where(where);
  if (!found) return 'skipped';
  try {
    const result = await ingestUrl(deps, found.url, options);
    await deps.db
      .update(feedItems)
      .set({ state: 'ingested', articleId: result.articleId, created: result.status === 'created', error: null })
      .where(where);
    return 'ingested';
  } catch (error) {
    // A page that is not an article, too large or too slow is the item's own error; anything else is logged too.
    if (!(error instanceof TRPCError)) console.error(`feed item ${found.url} failed: ${errorForLog(error)}`);
    const message = error instanceof TRPCError ? error.message : 'internal error while storing it: the server logged it';
    await deps.db
      .update(feedItems)
      .set({ state: 'failed', error: message.slice(0, 1000) })
      .where(where);
    return 'failed';
  }
}
