import type { SourceKind, SourceSort } from '@claimline/schema';
import { SOURCE_KINDS, isOneOf } from '../../lib/kinds';
import { readList, readText } from '../../lib/search-params';

/** Orders the speakers list offers: the API's two, plus name order done on the loaded rows. */
export const SPEAKER_SORTS = ['quotes', 'lastSeen', 'name'] as const;
/** A speakers list order. */
export type SpeakerSort = SourceSort | 'name';

/** The speakers list's URL state: search text, kinds, order. */
export interface SpeakersSearch {
  q?: string;
  sourceKinds?: SourceKind[];
  sort?: SpeakerSort;
}

/** Reads the speakers list's search params; the default order (most quoted) is left out of the URL. */
export function parseSpeakersSearch(raw: Record<string, unknown>): SpeakersSearch {
  const search: SpeakersSearch = {};
  const q = readText(raw.q);
  if (q) search.q = q;
  const kinds = readList(raw.sourceKinds).filter((k) => isOneOf(SOURCE_KINDS, k));
  if (kinds.length) search.sourceKinds = kinds;
  if (isOneOf(SPEAKER_SORTS, raw.sort) && raw.sort !== 'quotes') search.sort = raw.sort;
  return search;
}
