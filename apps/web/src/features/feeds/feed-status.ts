import type { FeedView } from '@claimline/schema';
import { plural } from '../../lib/format';

// Date and time, so two polls on one day can be told apart.
const pollFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** When a feed was last polled ("1 Jun, 09:30 UTC"), or that it has not been yet. */
export function lastPollText(feed: Pick<FeedView, 'lastPolledAt'>): string {
  return feed.lastPolledAt ? `${pollFormat.format(new Date(feed.lastPolledAt))} UTC` : 'not polled yet';
}

/** One line on how a feed stands: waiting for its first poll, unchanged, failing (with why), or what it brought in. */
export function feedStatusText(feed: Pick<FeedView, 'status' | 'error' | 'articleCount' | 'pendingCount' | 'failedCount'>): string {
  const parts: string[] = [];
  switch (feed.status) {
    case 'pending':
      return 'Waiting for its first poll';
    case 'error':
      return `Could not be read: ${feed.error ?? 'unknown error'}`;
    case 'not-modified':
      parts.push('Unchanged since the last poll');
      break;
    case 'ok':
      break;
  }
  parts.push(`${plural(feed.articleCount, 'new article')}`);
  if (feed.pendingCount > 0) parts.push(`${feed.pendingCount.toLocaleString('en')} being fetched`);
  if (feed.failedCount > 0) parts.push(`${plural(feed.failedCount, 'item')} failed`);
  return parts.join(' · ');
}

/** True while the queue still has work for a feed, so the view keeps refreshing. */
export const feedBusy = (feed: Pick<FeedView, 'status' | 'pendingCount'>): boolean => feed.status === 'pending' || feed.pendingCount > 0;
