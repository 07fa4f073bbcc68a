import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  ByIdInputSchema,
  ReferenceImportInputSchema,
  ReferenceImportResultSchema,
  SourceDetailSchema,
  SourceDistinctInputSchema,
  SourceListInputSchema,
  SourceListItemSchema,
  SourceMergeInputSchema,
  SourceMergeResultSchema,
  SourcePageSchema,
  SourceSplitInputSchema,
  SourceSuggestionsInputSchema,
  SourceSuggestionsSchema,
  SourceUndoMergeInputSchema,
  SourceUpdateInputSchema,
} from '@claimline/schema';
import { mergeSources } from '../corrections/merge-sources';
import { updateSource } from '../corrections/update-source';
import { importReference } from '../identity/import-reference';
import { listSuggestions } from '../identity/list-suggestions';
import { markDistinct } from '../identity/mark-distinct';
import { splitSource } from '../identity/split-source';
import { undoMerge } from '../identity/undo-merge';
import { listSources } from '../queries/list-sources';
import { sourceDetail } from '../queries/source-detail';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

/** sources.*: list and read speakers, the analyst's merge, undo, split and edit, duplicate suggestions and a reference list. */
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

  suggestions: publicProcedure
    .input(readable(SourceSuggestionsInputSchema))
    .output(SourceSuggestionsSchema)
    .query(({ ctx, input }) => listSuggestions(ctx.db, input)),

  merge: writeProcedure
    .input(readable(SourceMergeInputSchema))
    .output(SourceMergeResultSchema)
    .mutation(({ ctx, input }) => mergeSources(ctx.db, input)),

  undoMerge: writeProcedure
    .input(readable(SourceUndoMergeInputSchema))
    .output(SourceListItemSchema)
    .mutation(({ ctx, input }) => undoMerge(ctx.db, input)),

  split: writeProcedure
    .input(readable(SourceSplitInputSchema))
    .output(SourceListItemSchema)
    .mutation(({ ctx, input }) => splitSource(ctx.db, input)),

  markDistinct: writeProcedure
    .input(readable(SourceDistinctInputSchema))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => markDistinct(ctx.db, input)),

  importReference: writeProcedure
    .input(readable(ReferenceImportInputSchema))
    .output(ReferenceImportResultSchema)
    .mutation(({ ctx, input }) => importReference(ctx.db, input)),

  update: writeProcedure
    .input(readable(SourceUpdateInputSchema))
    .output(SourceListItemSchema)
    .mutation(({ ctx, input }) => updateSource(ctx.db, input)),
});
