import {
  SavedSearchCreateInputSchema,
  SavedSearchIdInputSchema,
  SavedSearchListSchema,
  SavedSearchRemoveResultSchema,
  SavedSearchSchema,
} from '@claimline/schema';
import { TRPCError } from '@trpc/server';
import { createSavedSearch, listSavedSearches, openSavedSearch, removeSavedSearch } from '../saved-searches/saved-search-store';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

/** savedSearches.*: named quote filters the navigation lists, each with the quotes new since it was last opened. */
export const savedSearchesRouter = router({
  list: publicProcedure.output(SavedSearchListSchema).query(async ({ ctx }) => ({ items: await listSavedSearches(ctx.db) })),

  create: writeProcedure
    .input(readable(SavedSearchCreateInputSchema))
    .output(SavedSearchSchema)
    .mutation(async ({ ctx, input }) => {
      const created = await createSavedSearch(ctx.db, input.name, input.filters);
      if (!created) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `name: a saved search is already called "${input.name}": choose another name or remove that one first`,
        });
      }
      return created;
    }),

  open: writeProcedure
    .input(readable(SavedSearchIdInputSchema))
    .output(SavedSearchSchema)
    .mutation(async ({ ctx, input }) => {
      const opened = await openSavedSearch(ctx.db, input.id);
      if (!opened) throw new TRPCError({ code: 'NOT_FOUND', message: `no saved search ${input.id}: take ids from savedSearches.list` });
      return opened;
    }),

  remove: writeProcedure
    .input(readable(SavedSearchIdInputSchema))
    .output(SavedSearchRemoveResultSchema)
    .mutation(async ({ ctx, input }) => ({ removed: await removeSavedSearch(ctx.db, input.id) })),
});
