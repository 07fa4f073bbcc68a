import {
  ArticleCountSchema,
  ArticleFiltersSchema,
  InViewInputSchema,
  InViewSchema,
  OverviewSchema,
  TimelineInputSchema,
  TimelineSchema,
} from '@claimline/schema';
import { articleCount } from '../queries/article-count';
import { inView } from '../queries/in-view';
import { overview } from '../queries/overview';
import { timeline } from '../queries/timeline';
import { publicProcedure, readable, router } from '../trpc';

/** stats.*: claims per source over time, all claims in view, and totals. */
export const statsRouter = router({
  timeline: publicProcedure
    .input(readable(TimelineInputSchema))
    .output(TimelineSchema)
    .query(({ ctx, input }) => timeline(ctx.db, input)),

  inView: publicProcedure
    .input(readable(InViewInputSchema))
    .output(InViewSchema)
    .query(({ ctx, input }) => inView(ctx.db, input)),

  articleCount: publicProcedure
    .input(readable(ArticleFiltersSchema))
    .output(ArticleCountSchema)
    .query(({ ctx, input }) => articleCount(ctx.db, input)),

  overview: publicProcedure.output(OverviewSchema).query(({ ctx }) => overview(ctx.db)),
});
