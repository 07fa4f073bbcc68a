import { FeedAddInputSchema, FeedIdInputSchema, FeedListSchema, FeedRemoveResultSchema, FeedViewSchema } from '@claimline/schema';
import { TRPCError } from '@trpc/server';
import { addFeed, listFeeds, removeFeed } from '../feeds/feed-store';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';
import type { Context } from '../trpc';

/** Asks the job queue, when this process runs one, to poll the due feeds now rather than at the next minute. */
async function pollSoon(ctx: Context): Promise<void> {
  await ctx.jobs?.pollDue();
}

/** feeds.*: follow RSS and Atom feeds; their new items are fetched by link and ingested by the job queue. */
export const feedsRouter = router({
  add: writeProcedure
    .input(readable(FeedAddInputSchema))
    .output(FeedViewSchema)
    .mutation(async ({ ctx, input }) => {
      const id = await addFeed(ctx.db, input.url);
      await pollSoon(ctx);
      const feed = (await listFeeds(ctx.db)).find((f) => f.id === id);
      if (!feed) throw new TRPCError({ code: 'CONFLICT', message: `the feed ${input.url} was removed while it was added: add it again` });
      return feed;
    }),

  list: publicProcedure.output(FeedListSchema).query(async ({ ctx }) => ({ items: await listFeeds(ctx.db) })),

  remove: writeProcedure
    .input(readable(FeedIdInputSchema))
    .output(FeedRemoveResultSchema)
    .mutation(async ({ ctx, input }) => ({ removed: await removeFeed(ctx.db, input.id) })),
});
