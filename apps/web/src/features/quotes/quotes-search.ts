import type { ReviewStatus } from '@claimline/schema';
import { parseQuoteFilters, type QuoteFilters } from '../../lib/filters';
import { isOneOf } from '../../lib/kinds';
import { readList } from '../../lib/search-params';

/** The review statuses a quote search can keep. */
export const REVIEW_STATUSES = ['unreviewed', 'checked', 'disputed', 'false', 'misleading'] as const satisfies readonly ReviewStatus[];

/** The quote search's URL state: the shared filters, plus review statuses and tags. */
export interface QuotesSearch extends QuoteFilters {
  statuses?: ReviewStatus[];
  tags?: string[];
}

/** Reads the quote search's state from raw search params. */
export function parseQuotesSearch(raw: Record<string, unknown>): QuotesSearch {
  const search: QuotesSearch = parseQuoteFilters(raw);
  const statuses = readList(raw.statuses).filter((s) => isOneOf(REVIEW_STATUSES, s));
  if (statuses.length) search.statuses = statuses;
  const tags = readList(raw.tags);
  if (tags.length) search.tags = tags;
  return search;
}
