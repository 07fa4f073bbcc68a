import { OverviewSchema, TimelineInputSchema, TimelineSchema } from '@claimline/schema';
import { overview } from '../queries/overview';
import { timeline } from '../queries/timeline';
import { publicProcedure, readable, router } from '../trpc';

/** stats.*: claims per source over time, and totals. */
export const statsRouter = router({
  timeline: publicProcedure
    .input(readable(TimelineInputSchema))
    .output(TimelineSchema)
    .query(({ ctx, input }) => timeline(ctx.db, input)),

  overview: publicProcedure.output(OverviewSchema).query(({ ctx }) => overview(ctx.db)),
});
