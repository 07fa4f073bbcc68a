import type { ClaimListInput, ClaimSort } from '@claimline/schema';
import { parseQuoteFilters, toApiFilters, type QuoteFilters } from '../../lib/filters';

/** The claims list's URL state: the shared filters, the order, and "carried by 2+ outlets only". */
export interface ClaimsSearch extends QuoteFilters {
  sort?: ClaimSort;
  /** Only claims carried by at least two outlets. */
  spread?: boolean;
}

/** Reads the claims list's search params; the defaults (most outlets first, every claim) stay out of the URL. */
export function parseClaimsSearch(raw: Record<string, unknown>): ClaimsSearch {
  const search: ClaimsSearch = parseQuoteFilters(raw);
  if (raw.sort === 'recent') search.sort = 'recent';
  if (raw.spread === '1' || raw.spread === 'true' || raw.spread === 1 || raw.spread === true) search.spread = true;
  return search;
}

/** The shared filters alone, for the filter bar. */
export function filtersOf({ sort: _sort, spread: _spread, ...filters }: ClaimsSearch): QuoteFilters {
  return filters;
}

/** claims.list's input for this URL state (without paging). */
export function claimsInput(search: ClaimsSearch): Omit<ClaimListInput, 'cursor' | 'limit'> {
  return {
    ...toApiFilters(filtersOf(search)),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(search.spread ? { minOutlets: 2 } : {}),
  };
}
