import { useInfiniteQuery } from '@tanstack/react-query';
import { toApiFilters, type QuoteFilters } from '../../lib/filters';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { Empty, ErrorState, Loading } from '../layout/status';
import { searchTerms } from './highlight-terms';
import { QuoteItem } from './quote-item';

/** Props of QuoteList: the filters (URL form), page size and an accessible name for the list. */
export interface QuoteListProps {
  filters: QuoteFilters;
  label: string;
  pageSize?: number;
  showSpeaker?: boolean;
  /** Offer corrections (speaker, kind, not a quote) under each quote. */
  correctable?: boolean;
}

/** Quotes matching the filters, a page at a time (cursor pagination, "Show more" for the next page). */
export function QuoteList({ filters, label, pageSize = 25, showSpeaker, correctable }: QuoteListProps) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.quotes.list.infiniteQueryOptions(
      { ...toApiFilters(filters), limit: pageSize },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  if (query.isPending) return <Loading label="Loading quotes…" />;
  if (query.isError) return <ErrorState what="quotes" error={query.error} retry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((p) => p.items);
  const terms = searchTerms(filters.q);
  if (items.length === 0) {
    return <Empty title="No quotes match">Widen the date range or clear a filter to see more.</Empty>;
  }
  return (
    <section aria-label={label} className="quote-list">
      <p className="muted" aria-live="polite">
        Showing {plural(items.length, 'quote')}
        {query.hasNextPage ? ' (more below)' : ''}
      </p>
      <ol>
        {items.map((q) => (
          <QuoteItem key={q.id} quote={q} showSpeaker={showSpeaker} correctable={correctable} terms={terms} />
        ))}
      </ol>
      {query.hasNextPage ? (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : `Show ${pageSize} more`}
        </button>
      ) : null}
    </section>
  );
}
