import { FeedAddInputSchema } from '@claimline/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';

/** The form that follows a feed: the link is checked here first (the server checks again), then polled by the job queue. */
export function FollowFeed() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const follow = useMutation(
    trpc.feeds.add.mutationOptions({
      onSuccess: async () => {
        setUrl('');
        await queryClient.invalidateQueries({ queryKey: trpc.feeds.list.queryKey() });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = FeedAddInputSchema.safeParse({ url: url.trim() });
    setProblem(checked.success ? null : (checked.error.issues[0]?.message ?? 'url: invalid link'));
    if (checked.success) follow.mutate(checked.data);
  };

  return (
    <form className="paste-form link-form" aria-labelledby="follow-title" onSubmit={submit} noValidate>
      <h2 id="follow-title">Follow a feed</h2>
      <div className="field">
        <label htmlFor="feed-link">Feed link</label>
        <input
          id="feed-link"
          type="url"
          value={url}
          placeholder="https://example.com/feed.xml"
          aria-describedby="feed-link-help"
          onChange={(e) => setUrl(e.target.value)}
        />
        <p id="feed-link-help" className="muted small">
          RSS or Atom. The feed is polled every few minutes (politely: unchanged feeds answer 304); each new item is fetched by its link and
          its article saved.
        </p>
      </div>
      <div className="actions">
        <button type="submit" disabled={follow.isPending}>
          {follow.isPending ? 'Adding…' : 'Follow'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {problem ? <p className="error-text">Not followed. {problem}</p> : null}
        {follow.isError ? <MutationError error={follow.error} action="Not followed" /> : null}
        {follow.isSuccess ? <p className="success">Following {follow.data.url}: its first poll is queued.</p> : null}
      </div>
    </form>
  );
}
