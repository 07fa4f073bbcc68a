import type { SavedSearchFilters } from '@claimline/schema';
import { toApiFilters } from '../../lib/filters';
import type { QuotesSearch } from '../quotes/quotes-search';

const DAY_MS = 86_400_000;

/** What a saved search keeps for the Quotes view's URL state: the API's filters (exclusive `to`), statuses and tags. */
export function toSavedFilters({ statuses, tags, ...filters }: QuotesSearch): SavedSearchFilters {
  const saved: SavedSearchFilters = toApiFilters(filters);
  if (statuses?.length) saved.statuses = statuses;
  if (tags?.length) saved.tags = tags;
  return saved;
}

/**
 * The Quotes view's URL state for a saved search's filters. The URL's `to` is the last day shown,
 * the API's the day after (exclusive), so a day saved from the view comes back as the same day.
 */
export function toQuotesSearch(saved: SavedSearchFilters): QuotesSearch {
  const search: QuotesSearch = { ...saved };
  if (saved.to && /^\d{4}-\d{2}-\d{2}$/.test(saved.to)) {
    search.to = new Date(Date.parse(`${saved.to}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  }
  return search;
}

/** The Atom feed of a saved search, for a feed reader (it sends the read token when the server asks for one). */
export const searchFeedHref = (id: string): string => `/feeds/searches/${encodeURIComponent(id)}.atom`;

/** The Atom feed of a speaker's quotes. */
export const speakerFeedHref = (id: string): string => `/feeds/speakers/${encodeURIComponent(id)}.atom`;
