import { IngestUrlInputSchema } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../lib/trpc';
import { useRefreshEverything } from '../corrections/use-correction';
import { MutationError } from '../layout/mutation-error';

/** What is wrong with a typed link, checked before the round trip (the server checks again); null when it may be sent. */
export function linkProblem(url: string): string | null {
  const checked = IngestUrlInputSchema.safeParse({ url: url.trim() });
  return checked.success ? null : (checked.error.issues[0]?.message ?? 'url: invalid link');
}

/** Add by link: the server fetches the page, extracts the article (title, byline, date, outlet) and finds its quotes. */
export function AddByLink() {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ingest = useMutation(trpc.articles.ingestUrl.mutationOptions({ onSuccess: () => refresh() }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = linkProblem(url);
    setProblem(found);
    if (found === null) ingest.mutate({ url: url.trim() });
  };

  return (
    <form className="paste-form link-form" aria-labelledby="link-title" onSubmit={submit} noValidate>
      <h2 id="link-title">Add by link</h2>
      <div className="field">
        <label htmlFor="add-link">Article link</label>
        <input
          id="add-link"
          type="url"
          value={url}
          placeholder="https://example.com/2024/05/24/story"
          aria-describedby="add-link-help"
          onChange={(e) => setUrl(e.target.value)}
        />
        <p id="add-link-help" className="muted small">
          The page is fetched and its article read without menus, ads and related links; title, byline, date and outlet come from the page.
        </p>
      </div>
      <div className="actions">
        <button type="submit" disabled={ingest.isPending}>
          {ingest.isPending ? 'Fetching…' : 'Fetch and save'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {problem ? <p className="error-text">Not saved. {problem}</p> : null}
        {ingest.isError ? <MutationError error={ingest.error} action="Not saved" /> : null}
        {ingest.isSuccess ? (
          <p className="success">
            {ingest.data.status === 'created' ? 'Saved' : 'Already stored'}
            {ingest.data.title ? ` “${ingest.data.title}”` : ''}: {ingest.data.quoteCount} quotes from {ingest.data.sourceCount} speakers.{' '}
            <Link to="/articles/$id" params={{ id: ingest.data.articleId }}>
              Open the article
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
