import { parseQuoteFilters, type QuoteFilters } from '../../lib/filters';

/** The quote search's URL state: the shared filters. */
export type QuotesSearch = QuoteFilters;

/** Reads the quote search's state from raw search params. */
export function parseQuotesSearch(raw: Record<string, unknown>): QuotesSearch {
  return parseQuoteFilters(raw);
}
