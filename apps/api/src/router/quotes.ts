import { QuoteListInputSchema, QuotePageSchema, QuoteUpdateInputSchema, QuoteUpdateResultSchema } from '@claimline/schema';
import { updateQuote } from '../corrections/update-quote';
import { listQuotes } from '../queries/list-quotes';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

/** quotes.*: list with the shared filters, and the analyst's corrections. */
export const quotesRouter = router({
  list: publicProcedure
    .input(readable(QuoteListInputSchema))
    .output(QuotePageSchema)
    .query(({ ctx, input }) => listQuotes(ctx.db, input)),

  update: writeProcedure
    .input(readable(QuoteUpdateInputSchema))
    .output(QuoteUpdateResultSchema)
    .mutation(({ ctx, input }) => updateQuote(ctx.db, input)),
});
