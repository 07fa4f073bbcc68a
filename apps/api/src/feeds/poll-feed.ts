import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { feedItems, feeds } from '../db/schema';
import type { FetchPageOptions } from '../fetch/fetch-page';
import { fetchFeed } from './fetch-feed';

/** Most items taken from one poll: a feed is a list of recent news, not an archive. */
export const MAX_ITEMS_PER_POLL = 100;

/** The error a feed shows, as a message (fetch and feed errors already say what to do). */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Polls one feed: a conditional GET (ETag, Last-Modified), then its items inserted with ON CONFLICT
 * DO NOTHING on (feed, key). The keys this poll inserted are returned: only the poll that first saw
 * an item queues its fetch, so two workers polling one feed at once still fetch each item once.
 * A feed that cannot be fetched or read keeps the error to show; it is tried again at the next poll.
 */
export async function pollFeed(db: Db, id: string, options: FetchPageOptions): Promise<string[]> {
  const [feed] = await db.select().from(feeds).where(eq(feeds.id, id));
  if (!feed) return [];
  let fetched;
  try {
    fetched = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, options);
  } catch (error) {
    await db
      .update(feeds)
      .set({ status: 'error', error: messageOf(error), lastPolledAt: sql`now()` })
      .where(eq(feeds.id, id));
    return [];
  }
  if (fetched.status === 'not-modified') {
    await db
      .update(feeds)
      .set({ status: 'not-modified', error: null, lastPolledAt: sql`now()` })
      .where(eq(feeds.id, id));
    return [];
  }
  const entries = fetched.feed.entries.slice(0, MAX_ITEMS_PER_POLL);
  const inserted =
    entries.length === 0
      ? []
      : await db
          .insert(feedItems)
          .values(entries.map((e) => ({ feedId: id, key: e.key, url: e.url, title: e.title, publishedAt: e.publishedAt })))
          .onConflictDoNothing()
          .returning({ key: feedItems.key });
  await db
    .update(feeds)
    .set({
      status: 'ok',
      error: null,
      lastPolledAt: sql`now()`,
      title: fetched.feed.title ?? feed.title,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    })
    .where(eq(feeds.id, id));
  return inserted.map((r) => r.key);
}
