import {
  QuoteListInputSchema,
  QuotePageSchema,
  QuoteUpdateInputSchema,
  QuoteUpdateResultSchema,
  ReviewQueueInputSchema,
} from '@claimline/schema';
import { updateQuote } from '../corrections/update-quote';
import { listQuotes } from '../queries/list-quotes';
import { reviewQueue } from '../review/review-queue';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

/** quotes.*: list with the shared filters, the review queue, and the analyst's corrections and reviews. */
export const quotesRouter = router({
  list: publicProcedure
    .input(readable(QuoteListInputSchema))
    .output(QuotePageSchema)
    .query(({ ctx, input }) => listQuotes(ctx.db, input)),

  reviewQueue: publicProcedure
    .input(readable(ReviewQueueInputSchema))
    .output(QuotePageSchema)
    .query(({ ctx, input }) => reviewQueue(ctx.db, input)),

  update: writeProcedure
    .input(readable(QuoteUpdateInputSchema))
    .output(QuoteUpdateResultSchema)
    .mutation(({ ctx, input }) => updateQuote(ctx.db, input)),
});
