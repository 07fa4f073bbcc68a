import type { TimelineInput } from '@claimline/schema';
import { parseQuoteFilters, toApiFilters, type QuoteFilters } from '../../lib/filters';
import { BUCKETS, isOneOf, type Bucket } from '../../lib/kinds';
import { readIsoDate, readText } from '../../lib/search-params';

/** The overview's state in the URL: filters, bucket width, how many top speakers, and what is selected. */
export interface OverviewSearch extends QuoteFilters {
  /** Bucket width; absent means the default, weeks. */
  bucket?: Bucket;
  top?: number;
  /** The selected speaker, whose quotes are listed under the chart. */
  speaker?: string;
  /** The selected bucket (its first day), whose quotes are listed under the chart. */
  at?: string;
}

/** Bucket width when the URL gives none. */
export const DEFAULT_BUCKET: Bucket = 'week';

/** Default number of speakers on the chart. */
export const DEFAULT_TOP = 10;

/** Reads the overview state from raw search params; a bad value falls back to the default. */
export function parseOverviewSearch(raw: Record<string, unknown>): OverviewSearch {
  const search: OverviewSearch = parseQuoteFilters(raw);
  // The default is left out so that plain links to "/" and the default view share one URL.
  if (isOneOf(BUCKETS, raw.bucket) && raw.bucket !== DEFAULT_BUCKET) search.bucket = raw.bucket;
  const top = Number(raw.top);
  if (Number.isInteger(top) && top >= 1 && top <= 50 && top !== DEFAULT_TOP) search.top = top;
  const speaker = readText(raw.speaker);
  if (speaker) search.speaker = speaker;
  const at = readIsoDate(raw.at);
  if (at) search.at = at;
  return search;
}

/** The shared filters of an overview state, without its chart settings and selection. */
export function overviewFilters(search: OverviewSearch): QuoteFilters {
  const { bucket: _bucket, top: _top, speaker: _speaker, at: _at, ...filters } = search;
  return filters;
}

/** The stats.timeline input for an overview state; the route's loader and the page must ask the same. */
export function timelineInput(search: OverviewSearch): TimelineInput {
  return { ...toApiFilters(overviewFilters(search)), bucket: search.bucket ?? DEFAULT_BUCKET, top: search.top ?? DEFAULT_TOP };
}
