import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { FilterBar } from '../filters/filter-bar';
import { Empty, ErrorState, Loading } from '../layout/status';
import { searchTerms } from '../quotes/highlight-terms';
import { ClaimItem } from './claim-item';
import { claimsInput, filtersOf } from './claims-search';

const route = getRouteApi('/claims');
const PAGE = 25;

/** Claims across outlets: one statement of one speaker, however many articles carried it, most carried first. */
export function ClaimsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const id = useId();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.claims.list.infiniteQueryOptions(
      { ...claimsInput(search), limit: PAGE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const terms = searchTerms(search.q);
  return (
    <section className="page">
      <header className="page-header">
        <h1>Claims</h1>
        <p className="muted">
          Quotes of one speaker with the same words (quotation marks, case, spacing and a few words aside) are one claim, however many
          articles carried it.
        </p>
      </header>
      <FilterBar
        value={filtersOf(search)}
        onChange={(next) => void navigate({ search: { ...next, sort: search.sort, spread: search.spread } })}
      />
      <div className="claim-controls">
        <label htmlFor={`${id}-sort`}>Order</label>{' '}
        <select
          id={`${id}-sort`}
          value={search.sort ?? 'spread'}
          onChange={(e) => void navigate({ search: { ...search, sort: e.target.value === 'recent' ? 'recent' : undefined } })}
        >
          <option value="spread">Carried by the most outlets</option>
          <option value="recent">Most recently seen</option>
        </select>{' '}
        <label>
          <input
            type="checkbox"
            checked={search.spread ?? false}
            onChange={(e) => void navigate({ search: { ...search, spread: e.target.checked || undefined } })}
          />{' '}
          Only claims carried by two or more outlets
        </label>
      </div>
      {query.isPending ? (
        <Loading label="Loading claims…" />
      ) : query.isError ? (
        <ErrorState what="claims" error={query.error} retry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty title="No claims match">Widen the date range, clear a filter or add articles.</Empty>
      ) : (
        <section aria-label="Claims" className="quote-list">
          <p className="muted" aria-live="polite">
            Showing {plural(items.length, 'claim')}
            {query.hasNextPage ? ' (more below)' : ''}
          </p>
          <ol>
            {items.map((c) => (
              <ClaimItem key={c.id} claim={c} terms={terms} />
            ))}
          </ol>
          {query.hasNextPage ? (
            <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? 'Loading…' : `Show ${PAGE} more`}
            </button>
          ) : null}
        </section>
      )}
    </section>
  );
}
