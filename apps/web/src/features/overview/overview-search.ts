import type { InViewInput, TimelineInput } from '@claimline/schema';
import { parseQuoteFilters, toApiFilters, type QuoteFilters } from '../../lib/filters';
import { BUCKETS, isOneOf, type Bucket } from '../../lib/kinds';
import { readIsoDate, readList, readText } from '../../lib/search-params';

/** The overview's state in the URL: filters, bucket width, how many top speakers, and what is selected. */
export interface OverviewSearch extends QuoteFilters {
  /** Bucket width; absent means the default, weeks. */
  bucket?: Bucket;
  top?: number;
  /** Speakers chosen to compare (source ids), shown first, beside the top speakers or instead of them (`top` 0). */
  pick?: string[];
  /** What the dots measure: claims (absent) or each speaker's share of the claims in view. */
  measure?: Measure;
  /** The selected speaker, whose quotes are listed under the chart. */
  speaker?: string;
  /** The selected bucket (its first day), whose quotes are listed under the chart. */
  at?: string;
}

/** What the chart's dots and totals measure. */
export type Measure = 'count' | 'share';

/** Bucket width when the URL gives none. */
export const DEFAULT_BUCKET: Bucket = 'week';

/** Most speakers one can choose to compare (the chart stays readable, the colours distinct). */
export const MAX_PICKED = 12;

/** Default number of speakers on the chart. */
export const DEFAULT_TOP = 10;

/** Reads the overview state from raw search params; a bad value falls back to the default. */
export function parseOverviewSearch(raw: Record<string, unknown>): OverviewSearch {
  const search: OverviewSearch = parseQuoteFilters(raw);
  // The default is left out so that plain links to "/" and the default view share one URL.
  if (isOneOf(BUCKETS, raw.bucket) && raw.bucket !== DEFAULT_BUCKET) search.bucket = raw.bucket;
  const top = Number(raw.top);
  // 0 is "no top speakers": only the chosen ones (and everyone else as "others").
  if (raw.top !== undefined && raw.top !== '' && Number.isInteger(top) && top >= 0 && top <= 50 && top !== DEFAULT_TOP) search.top = top;
  const pick = [...new Set(readList(raw.pick))].slice(0, MAX_PICKED);
  if (pick.length) search.pick = pick;
  if (raw.measure === 'share') search.measure = 'share';
  const speaker = readText(raw.speaker);
  if (speaker) search.speaker = speaker;
  const at = readIsoDate(raw.at);
  if (at) search.at = at;
  return search;
}

/** The shared filters of an overview state, without its chart settings and selection. */
export function overviewFilters(search: OverviewSearch): QuoteFilters {
  const { bucket: _bucket, top: _top, pick: _pick, measure: _measure, speaker: _speaker, at: _at, ...filters } = search;
  return filters;
}

/**
 * The stats.timeline input for the top speakers of an overview state, or null when it shows none
 * (`top` 0); the route's loader and the page must ask the same.
 */
export function timelineInput(search: OverviewSearch): TimelineInput | null {
  const top = search.top ?? DEFAULT_TOP;
  if (top === 0) return null;
  return { ...toApiFilters(overviewFilters(search)), bucket: search.bucket ?? DEFAULT_BUCKET, top };
}

/**
 * The stats.timeline input for the chosen speakers, or null when none is chosen. A speaker filter in
 * the URL still applies: only the chosen speakers it keeps are asked for.
 */
export function pickedInput(search: OverviewSearch): TimelineInput | null {
  const filters = overviewFilters(search);
  const ids = (search.pick ?? []).filter((id) => !filters.sourceIds || filters.sourceIds.includes(id));
  if (ids.length === 0) return null;
  return { ...toApiFilters(filters), sourceIds: ids, bucket: search.bucket ?? DEFAULT_BUCKET, top: Math.max(1, ids.length) };
}

/** The stats.inView input: every claim the overview's filters keep, in its buckets. */
export function inViewInput(search: OverviewSearch): InViewInput {
  return { ...toApiFilters(overviewFilters(search)), bucket: search.bucket ?? DEFAULT_BUCKET };
}
