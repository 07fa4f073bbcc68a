import type { QuoteListItem, ReviewStatus } from '@claimline/schema';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { formatShare, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { Empty, ErrorState, Loading } from '../layout/status';
import { QuoteItem } from '../quotes/quote-item';
import { ReviewForm } from './review-form';
import { REVIEW_ACTIONS, statusForKey } from './review-keys';

const PAGE = 20;

/** One quote of the queue: what it says and how sure the parser was, with the review form; its keys set its status. */
function QueueItem({ quote }: { quote: QuoteListItem }) {
  const [done, setDone] = useState<string | null>(null);
  const self = useRef<HTMLDivElement>(null);
  // The saved quote leaves the queue when it is fetched again: the next one takes the focus, ready for its key.
  const finish = (status: string) => {
    setDone(status);
    const next = self.current?.nextElementSibling;
    if (self.current?.contains(document.activeElement) && next instanceof HTMLElement && next.classList.contains('review-item'))
      next.focus();
  };
  const [pressed, setPressed] = useState<ReviewStatus | undefined>();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const status = statusForKey(e.nativeEvent, e.target);
    if (!status) return;
    e.preventDefault();
    setPressed(status);
  };
  return (
    <div
      className="review-item"
      role="group"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Quote, parser confidence ${formatShare(quote.confidence, 1)}`}
    >
      <p className="muted">Parser confidence {formatShare(quote.confidence, 1)}</p>
      <ol className="review-quote">
        <QuoteItem quote={quote} />
      </ol>
      {done ? (
        <p role="status">Marked {done}.</p>
      ) : (
        <ReviewForm key={pressed ?? 'form'} quote={quote} autoStatus={pressed} onDone={finish} />
      )}
    </div>
  );
}

/** The review queue: quotes no analyst has checked, the parser's least confident first; one key sets a status. */
export function ReviewPage() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.quotes.reviewQueue.infiniteQueryOptions({ limit: PAGE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  return (
    <section className="page">
      <header className="page-header">
        <h1>Review queue</h1>
        <p className="muted">
          Quotes no one has checked yet, the parser&rsquo;s least confident first. Focus a quote and press{' '}
          {REVIEW_ACTIONS.map((a, i) => (
            <span key={a.key}>
              {i > 0 ? ', ' : ''}
              <kbd>{a.key}</kbd> for {a.label.toLowerCase()}
            </span>
          ))}
          ; a status, note and tags stay when the article is parsed again.
        </p>
      </header>
      {query.isPending ? (
        <Loading label="Loading the queue…" />
      ) : query.isError ? (
        <ErrorState what="the review queue" error={query.error} retry={() => void query.refetch()} />
      ) : (
        <QueueList
          pages={query.data.pages}
          more={query.hasNextPage}
          loading={query.isFetchingNextPage}
          next={() => void query.fetchNextPage()}
        />
      )}
    </section>
  );
}

function QueueList({
  pages,
  more,
  loading,
  next,
}: {
  pages: { items: QuoteListItem[] }[];
  more: boolean;
  loading: boolean;
  next: () => void;
}) {
  const items = pages.flatMap((p) => p.items);
  if (items.length === 0) return <Empty title="Nothing left to review">Every quote has a status. New articles add to the queue.</Empty>;
  return (
    <section aria-label="Quotes to review" className="review-list">
      <p className="muted" aria-live="polite">
        Showing {plural(items.length, 'quote')} to review{more ? ' (more below)' : ''}
      </p>
      {items.map((q) => (
        <QueueItem key={q.id} quote={q} />
      ))}
      {more ? (
        <button type="button" onClick={next} disabled={loading}>
          {loading ? 'Loading…' : `Show ${PAGE} more`}
        </button>
      ) : null}
    </section>
  );
}
