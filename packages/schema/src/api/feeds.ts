import { z } from 'zod';
import { strictString } from '../clean-text';

/** feeds.add: the link of an RSS or Atom feed to follow. */
export const FeedAddInputSchema = z.object({
  url: strictString('url').pipe(
    z
      .url({
        protocol: /^https?$/,
        error: 'url must be an http:// or https:// link to an RSS or Atom feed, such as https://example.com/feed.xml',
      })
      .max(2000, { error: 'url is over 2,000 characters: give the feed link without tracking parameters' }),
  ),
});
export type FeedAddInput = z.infer<typeof FeedAddInputSchema>;

/** feeds.remove and feeds.poll: one followed feed by id. */
export const FeedIdInputSchema = z.object({
  id: strictString('id')
    .min(1, { error: 'id is empty: take feed ids from feeds.list' })
    .max(100, { error: 'id is over 100 characters: take feed ids from feeds.list' }),
});
export type FeedIdInput = z.infer<typeof FeedIdInputSchema>;

/** How a feed's last poll went: new items read, unchanged (HTTP 304), or an error the feed shows. */
export const FeedPollStatusSchema = z.enum(['pending', 'ok', 'not-modified', 'error']);
export type FeedPollStatus = z.infer<typeof FeedPollStatusSchema>;

/** One item of a feed, as the Feeds view lists the latest ones: fetched into an article, waiting, or failed with why. */
export const FeedItemViewSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  state: z.enum(['pending', 'ingested', 'failed']),
  articleId: z.string().nullable(),
  error: z.string().nullable(),
});
export type FeedItemView = z.infer<typeof FeedItemViewSchema>;

/** A followed feed: its link and title, its last poll and when the next is due, what it brought in and what failed. */
export const FeedViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  addedAt: z.string(),
  lastPolledAt: z.string().nullable(),
  nextPollAt: z.string(),
  status: FeedPollStatusSchema,
  /** Why the last poll failed (the feed could not be fetched or read), null otherwise. */
  error: z.string().nullable(),
  itemCount: z.number().int(),
  /** Items fetched and stored as new articles. */
  articleCount: z.number().int(),
  pendingCount: z.number().int(),
  failedCount: z.number().int(),
  /** The latest items, newest first (at most 10). */
  items: z.array(FeedItemViewSchema),
});
export type FeedView = z.infer<typeof FeedViewSchema>;

/** feeds.list: every followed feed, most recently added first. */
export const FeedListSchema = z.object({ items: z.array(FeedViewSchema) });
export type FeedList = z.infer<typeof FeedListSchema>;

/** feeds.remove: whether a feed was removed (its articles stay). */
export const FeedRemoveResultSchema = z.object({ removed: z.boolean() });
export type FeedRemoveResult = z.infer<typeof FeedRemoveResultSchema>;
