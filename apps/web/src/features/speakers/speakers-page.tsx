import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { formatDate } from '../../lib/format';
import { SOURCE_KINDS } from '../../lib/kinds';
import { useTRPC } from '../../lib/trpc';
import { Empty, ErrorState, Loading } from '../layout/status';
import { ReviewQueue } from './review-queue';
import { Sparkline } from './sparkline';
import { SPEAKER_SORTS, type SpeakerSort } from './speakers-search';

const route = getRouteApi('/speakers');

const SORT_LABEL: Record<SpeakerSort, string> = { quotes: 'Most quoted', lastSeen: 'Last seen', name: 'Name (A–Z)' };

/** Every speaker: search by name or alias, filter by kind, sort; each row with counts and a sparkline. */
export function SpeakersPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTRPC();
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  // Search as the user types, but write the URL only once they pause.
  useEffect(() => {
    const handle = setTimeout(() => {
      if ((q.trim() || undefined) !== search.q) void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true });
    }, 250);
    return () => clearTimeout(handle);
  }, [q, search.q, navigate]);

  const sort = search.sort ?? 'quotes';
  const list = useInfiniteQuery({
    ...trpc.sources.list.infiniteQueryOptions(
      { q: search.q, sourceKinds: search.sourceKinds, sort: sort === 'name' ? 'quotes' : sort, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => {
    const items = list.data?.pages.flatMap((p) => p.items) ?? [];
    return sort === 'name' ? [...items].sort((a, b) => a.name.localeCompare(b.name)) : items;
  }, [list.data, sort]);
  // In the API's order, so re-sorting by name on the page reuses the cached activity.
  const ids = (list.data?.pages.flatMap((p) => p.items) ?? []).map((r) => r.id).slice(0, 100);
  const activity = useQuery({
    ...trpc.stats.timeline.queryOptions({ bucket: 'month', sourceIds: ids }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
  const bySource = new Map((activity.data?.series ?? []).map((s) => [s.source.id, s.points]));
  return (
    <section className="page">
      <header className="page-header">
        <h1>Speakers</h1>
      </header>
      <form className="filter-bar" role="search" aria-label="Find speakers" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="speaker-q">Name or alias</label>
          <input id="speaker-q" type="search" value={q} placeholder="e.g. Peskov" onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="speaker-kind">Kind</label>
          <select
            id="speaker-kind"
            value={search.sourceKinds?.[0] ?? ''}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({
                  ...prev,
                  sourceKinds: e.target.value ? [e.target.value as (typeof SOURCE_KINDS)[number]] : undefined,
                }),
              })
            }
          >
            <option value="">All kinds</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="speaker-sort">Sort by</label>
          <select
            id="speaker-sort"
            value={sort}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({ ...prev, sort: e.target.value === 'quotes' ? undefined : (e.target.value as SpeakerSort) }),
              })
            }
          >
            {SPEAKER_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ReviewQueue />
      {list.isPending ? (
        <Loading label="Loading speakers…" height={300} />
      ) : list.isError ? (
        <ErrorState what="speakers" error={list.error} retry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Empty title={search.q || search.sourceKinds ? 'No speaker matches' : 'No speakers yet'}>
          {search.q || search.sourceKinds ? (
            'Try another spelling or clear the kind filter.'
          ) : (
            <>
              Speakers appear once you <Link to="/add">add an article</Link> with quotes.
            </>
          )}
        </Empty>
      ) : (
        <>
          <table className="data-table">
            <caption className="visually-hidden">Speakers, {SORT_LABEL[sort].toLowerCase()} first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Role</th>
                <th scope="col" className="num" aria-sort={sort === 'quotes' ? 'descending' : undefined}>
                  Quotes
                </th>
                <th scope="col">First seen</th>
                <th scope="col" aria-sort={sort === 'lastSeen' ? 'descending' : undefined}>
                  Last seen
                </th>
                <th scope="col">Activity</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to="/speakers/$id" params={{ id: s.id }}>
                      {s.name}
                    </Link>
                  </th>
                  <td>
                    <span className={`badge kind-${s.kind}`}>{s.kind}</span>
                  </td>
                  <td>{s.roles[0] ?? (s.descriptor ? <span className="muted">{s.descriptor}</span> : '—')}</td>
                  <td className="num">{s.quoteCount.toLocaleString('en')}</td>
                  <td className="nowrap">{formatDate(s.firstSeen)}</td>
                  <td className="nowrap">{formatDate(s.lastSeen)}</td>
                  <td>
                    <Sparkline points={bySource.get(s.id) ?? []} label={`Monthly activity of ${s.name}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.hasNextPage ? (
            <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : 'Show 50 more'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
