import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { QuoteListInputSchema } from './quote-views';

/** What a saved search keeps: the quotes.list filters (search text, speakers, kinds, outlets, dates, review), without paging. */
export const SavedSearchFiltersSchema = QuoteListInputSchema.omit({ cursor: true, limit: true });
export type SavedSearchFilters = z.infer<typeof SavedSearchFiltersSchema>;

/** A saved search as the navigation lists it, with the claims new since the analyst last opened it. */
export const SavedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  filters: SavedSearchFiltersSchema,
  createdAt: IsoDateTimeSchema,
  lastOpenedAt: IsoDateTimeSchema,
  /** Quotes matching the filters whose article was ingested after `lastOpenedAt`. */
  newCount: z.number().int(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

/** savedSearches.list: every saved search, by name. */
export const SavedSearchListSchema = z.object({ items: z.array(SavedSearchSchema) });
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;

/** savedSearches.create: a name (1 to 100 characters, unique) and the filters to keep. */
export const SavedSearchCreateInputSchema = z.object({
  name: strictString('name')
    .trim()
    .min(1, { error: 'name is empty: give the search a name such as "Vaccines, direct quotes"' })
    .max(100, { error: 'name is over 100 characters: use a few words' }),
  filters: SavedSearchFiltersSchema.default({}),
});
export type SavedSearchCreateInput = z.input<typeof SavedSearchCreateInputSchema>;

/** savedSearches.open and savedSearches.remove: one saved search by id. */
export const SavedSearchIdInputSchema = z.object({
  id: strictString('id')
    .min(1, { error: 'id is empty: take saved search ids from savedSearches.list' })
    .max(100, { error: 'id is over 100 characters: take saved search ids from savedSearches.list' }),
});
export type SavedSearchIdInput = z.infer<typeof SavedSearchIdInputSchema>;

/** savedSearches.remove: whether a saved search was removed. */
export const SavedSearchRemoveResultSchema = z.object({ removed: z.boolean() });
export type SavedSearchRemoveResult = z.infer<typeof SavedSearchRemoveResultSchema>;
