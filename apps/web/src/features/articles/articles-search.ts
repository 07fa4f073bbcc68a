import type { ArticleListInput } from '@claimline/schema';
import { nextBucket } from '../../lib/buckets';
import { readIsoDate, readList, readText } from '../../lib/search-params';

/** Articles shown per page (and per "Show more"). */
export const ARTICLES_PAGE_SIZE = 50;

/** The articles list's URL state: search over title and body, outlets, and an inclusive date range. */
export interface ArticlesSearch {
  q?: string;
  outlets?: string[];
  from?: string;
  to?: string;
}

/** Reads the articles list's search params, dropping what is not valid instead of failing the page. */
export function parseArticlesSearch(raw: Record<string, unknown>): ArticlesSearch {
  const search: ArticlesSearch = {};
  const q = readText(raw.q);
  if (q) search.q = q;
  const outlets = readList(raw.outlets);
  if (outlets.length) search.outlets = outlets;
  let from = readIsoDate(raw.from);
  let to = readIsoDate(raw.to);
  // A range typed backwards is still the range the user meant.
  if (from && to && from > to) [from, to] = [to, from];
  if (from) search.from = from;
  if (to) search.to = to;
  return search;
}

/**
 * The articles.list input for this URL state. The URL's `to` is the last day shown (inclusive, as a
 * person picks it); the API's is exclusive, so it becomes the next day. Keys are always present so the
 * query key is the same whichever filters are set.
 */
export function articlesListInput(search: ArticlesSearch): ArticleListInput {
  return {
    q: search.q,
    outlets: search.outlets,
    from: search.from,
    to: search.to ? nextBucket(search.to, 'day') : undefined,
    limit: ARTICLES_PAGE_SIZE,
  };
}

/** True when any filter narrows the list (so an empty list means "no match", not "nothing stored"). */
export function hasArticleFilters(search: ArticlesSearch): boolean {
  return Boolean(search.q ?? search.outlets ?? search.from ?? search.to);
}
