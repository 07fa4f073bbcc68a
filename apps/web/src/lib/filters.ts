import type { QuoteFilters as ApiQuoteFilters, QuoteKind, SourceKind } from '@claimline/schema';
import { nextBucket } from './buckets';
import { QUOTE_KINDS, SOURCE_KINDS, isOneOf } from './kinds';
import { readIsoDate, readList, readText } from './search-params';

/** The filters shared by the overview, quote search and export, as they live in the URL. */
export interface QuoteFilters {
  q?: string;
  from?: string;
  to?: string;
  outlets?: string[];
  sourceKinds?: SourceKind[];
  kinds?: QuoteKind[];
  sourceIds?: string[];
}

/** Reads the shared filters from raw search params, dropping what is not valid instead of failing the page. */
export function parseQuoteFilters(raw: Record<string, unknown>): QuoteFilters {
  const filters: QuoteFilters = {};
  const q = readText(raw.q);
  if (q) filters.q = q;
  let from = readIsoDate(raw.from);
  let to = readIsoDate(raw.to);
  // A range typed backwards is still the range the user meant.
  if (from && to && from > to) [from, to] = [to, from];
  if (from) filters.from = from;
  if (to) filters.to = to;
  const outlets = readList(raw.outlets);
  if (outlets.length) filters.outlets = outlets;
  const sourceKinds = readList(raw.sourceKinds).filter((k) => isOneOf(SOURCE_KINDS, k));
  if (sourceKinds.length) filters.sourceKinds = sourceKinds;
  const kinds = readList(raw.kinds).filter((k) => isOneOf(QUOTE_KINDS, k));
  if (kinds.length) filters.kinds = kinds;
  const sourceIds = readList(raw.sourceIds);
  if (sourceIds.length) filters.sourceIds = sourceIds;
  return filters;
}

/**
 * The API's filter input for these URL filters. The URL's `to` is the last day shown (inclusive,
 * as a person picks it); the API's `to` is exclusive, so it becomes the next day.
 */
export function toApiFilters(filters: QuoteFilters): ApiQuoteFilters {
  const out: ApiQuoteFilters = { ...filters };
  if (filters.to) out.to = nextBucket(filters.to, 'day');
  return out;
}

/** The query string for `/export/quotes.csv|ndjson` with the same filters as the view. */
export function exportQuery(filters: QuoteFilters): string {
  const params = new URLSearchParams();
  const api = toApiFilters(filters);
  for (const [key, value] of Object.entries(api)) {
    if (Array.isArray(value)) for (const v of value as string[]) params.append(key, v);
    else if (typeof value === 'string') params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
