import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '../../lib/trpc';
import { ForgetSavedSearch } from './forget-saved-search';
import { searchFeedHref, toQuotesSearch } from './saved-search-filters';

/**
 * The saved searches under the main navigation, each with the claims new since it was last opened.
 * Following one marks it opened (savedSearches.open, a write: on a server that wants a write token
 * this browser has not been given, the quotes still show and the count stays). Nothing
 * shows while there are none, or when the list cannot be read (the views say why themselves).
 */
export function SavedSearchNav() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.savedSearches.list.queryOptions());
  const open = useMutation(
    trpc.savedSearches.open.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.savedSearches.list.queryKey() }),
    }),
  );
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <nav className="saved-nav" aria-label="Saved searches">
      <h2 className="saved-nav-title">Saved searches</h2>
      <ul>
        {items.map((s) => (
          <li key={s.id}>
            <Link
              to="/quotes"
              search={toQuotesSearch(s.filters)}
              activeOptions={{ includeSearch: true }}
              activeProps={{ 'aria-current': 'page' }}
              onClick={() => open.mutate({ id: s.id })}
            >
              {s.name}
              {s.newCount > 0 ? (
                <span className="count-badge" data-testid="new-count">
                  {s.newCount}
                  <span className="visually-hidden"> new</span>
                </span>
              ) : null}
            </Link>{' '}
            <a className="feed-link" href={searchFeedHref(s.id)} type="application/atom+xml" aria-label={`Atom feed of ${s.name}`}>
              feed
            </a>{' '}
            <ForgetSavedSearch search={s} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
