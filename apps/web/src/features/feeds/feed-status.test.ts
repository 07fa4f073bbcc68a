import { describe, expect, it } from 'vitest';
import { feedBusy, feedStatusText, lastPollText } from './feed-status';

const feed = {
  status: 'ok' as const,
  error: null,
  articleCount: 3,
  pendingCount: 0,
  failedCount: 0,
  lastPolledAt: '2024-06-01T09:30:00.000Z',
};

describe('feedStatusText', () => {
  it('should say what a poll brought in, what is still being fetched and what failed', () => {
    expect(feedStatusText(feed)).toBe('3 new articles');
    expect(feedStatusText({ ...feed, articleCount: 1, pendingCount: 2, failedCount: 1 })).toBe(
      '1 new article · 2 being fetched · 1 item failed',
    );
  });

  it('should show an unchanged feed, a feed not polled yet and the error of a failing one', () => {
    expect(feedStatusText({ ...feed, status: 'not-modified' })).toBe('Unchanged since the last poll · 3 new articles');
    expect(feedStatusText({ ...feed, status: 'pending' })).toBe('Waiting for its first poll');
    expect(feedStatusText({ ...feed, status: 'error', error: 'x is not a feed (text/html): give the link of an RSS or Atom feed' })).toBe(
      'Could not be read: x is not a feed (text/html): give the link of an RSS or Atom feed',
    );
  });
});

describe('lastPollText', () => {
  it('should give the date and time of the last poll in UTC, or say there was none', () => {
    expect(lastPollText(feed)).toBe('1 Jun, 09:30 UTC');
    expect(lastPollText({ lastPolledAt: null })).toBe('not polled yet');
  });
});

describe('feedBusy', () => {
  it('should be true while a feed waits for its first poll or has items being fetched', () => {
    expect(feedBusy(feed)).toBe(false);
    expect(feedBusy({ status: 'pending', pendingCount: 0 })).toBe(true);
    expect(feedBusy({ status: 'ok', pendingCount: 1 })).toBe(true);
  });
});
