import { createHash } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { FeedItemView, FeedPollStatus, FeedView } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { feedItems, feeds } from '../db/schema';
import { toIso, toIsoOrNull } from '../queries/convert';

/** A feed's id follows from its link, so two processes adding one feed at once agree on it. */
export const feedId = (url: string): string => `feed_${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;

/** feeds.add: follows a feed (due for a poll now); adding a followed link again answers the same feed. */
export async function addFeed(db: Db, url: string): Promise<string> {
  const id = feedId(url);
  await db.insert(feeds).values({ id, url }).onConflictDoNothing();
  return id;
}

/** feeds.remove: stops following a feed and forgets its items; the articles it brought in stay. */
export async function removeFeed(db: Db, id: string): Promise<boolean> {
  const removed = await db.delete(feeds).where(eq(feeds.id, id)).returning({ id: feeds.id });
  return removed.length > 0;
}

interface CountRow {
  feed_id: string;
  items: number;
  articles: number;
  pending: number;
  failed: number;
}

/** The latest items of one feed, newest first. */
async function latestItems(db: Db, id: string): Promise<FeedItemView[]> {
  const found = await db
    .select()
    .from(feedItems)
    .where(eq(feedItems.feedId, id))
    .orderBy(desc(feedItems.seenAt), desc(feedItems.publishedAt))
    .limit(10);
  return found.map((i) => ({
    url: i.url,
    title: i.title,
    state: i.state === 'ingested' || i.state === 'failed' ? i.state : 'pending',
    articleId: i.articleId,
    error: i.error,
  }));
}

const statusOf = (value: string): FeedPollStatus => (value === 'ok' || value === 'not-modified' || value === 'error' ? value : 'pending');

/** feeds.list: every followed feed with its last poll, counts of new articles, waiting and failed items, and its latest items. */
export async function listFeeds(db: Db): Promise<FeedView[]> {
  const all = await db.select().from(feeds).orderBy(desc(feeds.addedAt), desc(feeds.id));
  const counts = await rows<CountRow>(
    db,
    sql`SELECT feed_id, count(*)::int AS items,
          count(*) FILTER (WHERE state = 'ingested' AND created)::int AS articles,
          count(*) FILTER (WHERE state = 'pending')::int AS pending,
          count(*) FILTER (WHERE state = 'failed')::int AS failed
        FROM feed_items GROUP BY feed_id`,
  );
  const byFeed = new Map(counts.map((c) => [c.feed_id, c]));
  return Promise.all(
    all.map(async (f) => {
      const c = byFeed.get(f.id);
      return {
        id: f.id,
        url: f.url,
        title: f.title,
        addedAt: toIso(f.addedAt),
        lastPolledAt: toIsoOrNull(f.lastPolledAt),
        nextPollAt: toIso(f.nextPollAt),
        status: statusOf(f.status),
        error: f.error,
        itemCount: c?.items ?? 0,
        articleCount: c?.articles ?? 0,
        pendingCount: c?.pending ?? 0,
        failedCount: c?.failed ?? 0,
        items: await latestItems(db, f.id),
      };
    }),
  );
}
