import { fetchPage, type FetchPageOptions } from '../fetch/fetch-page';
import { readFeed, type ReadFeed } from './read-feed';

/** A feed fetched: unchanged since the validators sent (304), or read, with the validators to send next time. */
export type FetchedFeed = { status: 'not-modified' } | { status: 'ok'; feed: ReadFeed; etag: string | null; lastModified: string | null };

const FEED_TYPES = /xml|rss|atom|text\/plain/;

/**
 * Fetches a feed with fetchPage's limits (http(s), no private addresses unless allowed, time, size,
 * redirects), sending ETag and Last-Modified back as If-None-Match / If-Modified-Since so a feed
 * that has not changed costs the publisher a 304 and us nothing.
 */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  options: FetchPageOptions,
): Promise<FetchedFeed> {
  const page = await fetchPage(url, options, {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    types: FEED_TYPES,
    refusal: (href, type) => `${href} is not a feed (${type}): give the link of an RSS or Atom feed, not of a web page`,
    etag: validators.etag,
    lastModified: validators.lastModified,
  });
  if (page.status === 304) return { status: 'not-modified' };
  return { status: 'ok', feed: readFeed(page.html, page.url), etag: page.etag, lastModified: page.lastModified };
}
