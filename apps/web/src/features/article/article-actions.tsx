import type { ArticlePage } from '@claimline/schema';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';

/** Props of ArticleActions: the article shown and how many quotes it holds (named in the confirm step). */
export interface ArticleActionsProps {
  id: string;
  title: string;
  quoteCount: number;
}

/**
 * Re-parse the article with the current parser, or delete it after a confirm step that names it.
 * Both are writes: a server with CLAIMLINE_API_TOKEN refuses them until a token is saved, and the
 * error offers the field for it.
 */
export function ArticleActions({ id, title, quoteCount }: ArticleActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users land on the safe choice when the confirm step opens, and back on "Delete…" when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Every view may show this article's quotes and speakers: all cached data goes stale at once.
  const reparse = useMutation(trpc.articles.reparse.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const remove = useMutation(
    trpc.articles.delete.mutationOptions({
      onSuccess: async () => {
        // The server confirmed the delete: the cached lists drop the row now, so /articles never shows it
        // while it refetches. The article's own data goes only after its page has unmounted, else the
        // still-mounted page would ask for it again and get NOT_FOUND.
        queryClient.setQueriesData<InfiniteData<ArticlePage>>({ queryKey: trpc.articles.list.infiniteQueryKey() }, (data) =>
          data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((a) => a.id !== id) })) } : data,
        );
        await navigate({ to: '/articles', state: { deletedTitle: title }, replace: true });
        queryClient.removeQueries({ queryKey: trpc.articles.byId.queryKey({ id }) });
        await queryClient.invalidateQueries();
      },
    }),
  );

  return (
    <section className="article-actions" aria-label="Article actions">
      <div className="inline">
        <button type="button" className="secondary" disabled={reparse.isPending} onClick={() => reparse.mutate({ id })}>
          {reparse.isPending ? 'Re-parsing…' : 'Re-parse'}
        </button>
        <button
          ref={deleteRef}
          type="button"
          className="danger"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
          disabled={confirming}
        >
          Delete…
        </button>
      </div>
      <p role="status" className="muted">
        {reparse.isSuccess ? `Re-parsed with parser ${reparse.data.parserVersion}; the highlights below are current.` : ''}
      </p>
      {reparse.isError ? <MutationError error={reparse.error} action="Not re-parsed" /> : null}
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label="Confirm delete"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p>
            Delete “{title}” and its {plural(quoteCount, 'quote')}? Corrections made to them go too; this cannot be undone.
          </p>
          <div className="inline">
            <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate({ id })}>
              {remove.isPending ? 'Deleting…' : `Delete “${title}”`}
            </button>
            <button ref={cancelRef} type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
          {remove.isError ? <MutationError error={remove.error} action="Not deleted" /> : null}
        </div>
      ) : null}
    </section>
  );
}
