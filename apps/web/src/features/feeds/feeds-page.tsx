import type { FeedView } from '@claimline/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { feedBusy, feedStatusText, lastPollText } from './feed-status';
import { FollowFeed } from './follow-feed';

/** One followed feed: its title and link, last poll, what it brought in or why it fails, and its latest items. */
function FeedCard({ feed }: { feed: FeedView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.feeds.remove.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() }) }),
  );
  const name = feed.title ?? feed.url;
  return (
    <li className="feed-card" aria-label={name}>
      <h3>{name}</h3>
      <p className="muted small">
        <a href={feed.url}>{feed.url}</a> · last poll: {lastPollText(feed)}
      </p>
      <p className={feed.status === 'error' ? 'error-text' : undefined}>{feedStatusText(feed)}</p>
      {feed.items.length > 0 ? (
        <ul className="feed-items" aria-label={`Latest items of ${name}`}>
          {feed.items.map((item) => (
            <li key={item.url}>
              {item.state === 'ingested' && item.articleId ? (
                <Link to="/articles/$id" params={{ id: item.articleId }}>
                  {item.title ?? item.url}
                </Link>
              ) : (
                <span>{item.title ?? item.url}</span>
              )}
              {item.state === 'pending' ? <span className="muted small"> · being fetched</span> : null}
              {item.state === 'failed' ? <span className="error-text small"> · {item.error}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="secondary" onClick={() => remove.mutate({ id: feed.id })} disabled={remove.isPending}>
        Stop following
      </button>
      {remove.isError ? <MutationError error={remove.error} action="Not removed" /> : null}
    </li>
  );
}

/** The Feeds view: follow a feed, and see each feed's last poll, its new articles and its errors (refreshing while work is queued). */
export function FeedsPage() {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.feeds.list.queryOptions(),
    refetchInterval: (query) => (query.state.data?.items.some(feedBusy) ? 2_000 : 30_000),
  });
  return (
    <section className="page">
      <header className="page-header">
        <h1>Feeds</h1>
      </header>
      <FollowFeed />
      <h2>Followed feeds</h2>
      {list.isError ? <MutationError error={list.error} action="Feeds not loaded" /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="muted">No feeds followed yet: give the link of an RSS or Atom feed above.</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="feed-list" aria-label="Followed feeds">
          {list.data.items.map((feed) => (
            <FeedCard key={feed.id} feed={feed} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
