import { TRPCError } from '@trpc/server';
import {
  ByIdInputSchema,
  SourceDetailSchema,
  SourceListInputSchema,
  SourceListItemSchema,
  SourceMergeInputSchema,
  SourcePageSchema,
  SourceUpdateInputSchema,
} from '@claimline/schema';
import { mergeSources } from '../corrections/merge-sources';
import { updateSource } from '../corrections/update-source';
import { listSources } from '../queries/list-sources';
import { sourceDetail } from '../queries/source-detail';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

/** sources.*: list and read speakers, and the analyst's merge and edit. */
export const sourcesRouter = router({
  list: publicProcedure
    .input(readable(SourceListInputSchema))
    .output(SourcePageSchema)
    .query(({ ctx, input }) => listSources(ctx.db, input)),

  byId: publicProcedure
    .input(readable(ByIdInputSchema))
    .output(SourceDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await sourceDetail(ctx.db, input.id);
      if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${input.id}: take ids from sources.list` });
      return detail;
    }),

  merge: writeProcedure
    .input(readable(SourceMergeInputSchema))
    .output(SourceListItemSchema)
    .mutation(({ ctx, input }) => mergeSources(ctx.db, input)),

  update: writeProcedure
    .input(readable(SourceUpdateInputSchema))
    .output(SourceListItemSchema)
    .mutation(({ ctx, input }) => updateSource(ctx.db, input)),
});
