import type { QuoteListItem } from '@claimline/schema';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { formatQuoteTime } from '../../lib/format';
import { markTerms } from './highlight-terms';

// Only speaker pages offer corrections in lists; the overview's drill-down does not load them.
const QuoteCorrections = lazy(() => import('../corrections/quote-corrections').then((m) => ({ default: m.QuoteCorrections })));

/** One claim in a list: the words, who said them, where (a link to the very sentence) and when. */
export function QuoteItem({
  quote,
  showSpeaker = true,
  correctable = false,
  terms = [],
}: {
  quote: QuoteListItem;
  showSpeaker?: boolean;
  correctable?: boolean;
  /** Search words to mark in the quote (from `searchTerms`). */
  terms?: readonly string[];
}) {
  const { article, source } = quote;
  return (
    <li className="quote-item">
      <blockquote>
        <p>
          {markTerms(quote.text, terms).map((run, i) =>
            run.match ? (
              <mark key={i} className="search-hit">
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          )}
        </p>
      </blockquote>
      <p className="meta">
        {showSpeaker ? (
          <>
            {source ? (
              <Link to="/speakers/$id" params={{ id: source.id }} className="speaker-link">
                {source.name}
              </Link>
            ) : (
              <span className="muted">speaker not named</span>
            )}
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <span className={`kind kind-${quote.kind}`}>{quote.kind}</span>
        {quote.cue ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              cue <q>{quote.cue.text}</q>
            </span>
          </>
        ) : null}
        <span aria-hidden="true"> · </span>
        <time dateTime={quote.time.at} className={quote.time.basis === 'published' ? undefined : 'muted'}>
          {formatQuoteTime(quote.time)}
        </time>
        {quote.review.status !== 'unreviewed' ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className={`badge review-${quote.review.status}`}>{quote.review.status}</span>
          </>
        ) : null}
        {quote.review.tags.map((tag) => (
          <span key={tag} className="tag">
            {' '}
            <Link to="/quotes" search={{ tags: [tag] }}>
              #{tag}
            </Link>
          </span>
        ))}
      </p>
      {quote.review.note ? <p className="meta review-note">Note: {quote.review.note}</p> : null}
      <p className="meta">
        <Link to="/articles/$id" params={{ id: article.id }} search={{ quote: quote.id }} className="article-link">
          {article.title ?? 'Untitled article'}
        </Link>
        {article.outlet ? <span className="muted"> — {article.outlet}</span> : null}
      </p>
      {correctable ? (
        <details className="quote-correct">
          <summary>Correct this quote</summary>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <QuoteCorrections quote={quote} sources={source ? [source] : []} />
          </Suspense>
        </details>
      ) : null}
    </li>
  );
}
