import { parseFeed } from '@rowanmanning/feed-parser';

/** One entry of a feed: its key (the guid or id, else the link), the article link, title and date. */
export interface FeedEntry {
  key: string;
  url: string;
  title: string | null;
  publishedAt: string | null;
}

/** A feed as read: its title and its entries that link to an http(s) page, in the feed's order. */
export interface ReadFeed {
  title: string | null;
  entries: FeedEntry[];
}

/** Thrown for a body that is not RSS or Atom, with what to do about it. */
export class NotAFeedError extends Error {
  override name = 'NotAFeedError';
}

/** Resolves an item's link against the feed's address; null when it is not an http(s) page. */
function pageLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads RSS (0.9x, 1.0, 2.0) or Atom with @rowanmanning/feed-parser. Items without a link to a web
 * page are skipped (there is nothing to fetch); the key is the item's guid or id so an item whose
 * link changes (tracking parameters) is still the same item, and falls back to the link.
 */
export function readFeed(xml: string, feedUrl: string): ReadFeed {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch {
    throw new NotAFeedError(`${feedUrl} is not an RSS or Atom feed: give the link of the feed itself (often /feed, /rss or /atom.xml)`);
  }
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const url = pageLink(item.url, feedUrl);
    if (!url) continue;
    const key = (item.id?.trim() || url).slice(0, 2000);
    if (seen.has(key)) continue;
    seen.add(key);
    const date = item.published ?? item.updated;
    entries.push({ key, url, title: item.title?.trim() || null, publishedAt: date ? date.toISOString() : null });
  }
  return { title: feed.title?.trim() || null, entries };
}
