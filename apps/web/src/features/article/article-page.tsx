import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { formatDate, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { ErrorState, Loading } from '../layout/status';
import { ArticleActions } from './article-actions';
import { HighlightedText } from './highlighted-text';
import { QuotePanel } from './quote-panel';
import { colorSlots } from './speaker-colors';

const route = getRouteApi('/articles/$id');

function safeHref(url: string | null): string | undefined {
  // Only web links: a stored "javascript:" URL must never become a clickable link.
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** One article: its text with every quote highlighted by speaker, the speakers in it, and quote details. */
export function ArticlePage() {
  const { id } = route.useParams();
  const { quote: selectedId } = route.useSearch();
  const trpc = useTRPC();
  const query = useQuery(trpc.articles.byId.queryOptions({ id }));
  const [pinned, setPinned] = useState<string | null>(selectedId ?? null);
  const [hovered, setHovered] = useState<string | null>(null);

  const sources = useMemo(() => new Map((query.data?.sources ?? []).map((s) => [s.id, s])), [query.data]);
  const counts = useMemo(() => {
    const out = new Map<string | null, number>();
    for (const q of query.data?.quotes ?? []) out.set(q.sourceId, (out.get(q.sourceId) ?? 0) + 1);
    return out;
  }, [query.data]);
  const speakers = useMemo(
    () => [...sources.values()].filter((s) => counts.has(s.id)).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0)),
    [sources, counts],
  );
  const colorOf = useMemo(() => colorSlots(speakers.map((s) => s.id)), [speakers]);

  if (query.isPending) return <Loading label="Loading the article…" height={400} />;
  if (query.isError) {
    return (
      <section className="page">
        <ErrorState what="this article" error={query.error} retry={() => void query.refetch()} />
        <p>
          <Link to="/articles">Back to the articles</Link> · <Link to="/">the overview</Link>
        </p>
      </section>
    );
  }
  const { article, quotes } = query.data;
  const shownId = hovered ?? pinned ?? undefined;
  const shown = quotes.find((q) => q.id === shownId);
  const href = safeHref(article.url);

  return (
    <article className="page article-page">
      <header className="page-header">
        <h1>{article.title ?? 'Untitled article'}</h1>
        <p className="meta">
          {article.outlet ?? 'Outlet unknown'}
          <span aria-hidden="true"> · </span>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          ) : article.dateline?.date ? (
            <span>{formatDate(article.dateline.date)} (from the dateline)</span>
          ) : (
            <span className="muted">date unknown, added {formatDate(article.ingestedAt)}</span>
          )}
          {article.authors.length ? <span> · by {article.authors.join(', ')}</span> : null}
          {href ? (
            <>
              <span aria-hidden="true"> · </span>
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
        {article.dateline ? <p className="muted">Dateline: {article.dateline.text}</p> : null}
        <ArticleActions id={article.id} title={article.title ?? 'Untitled article'} quoteCount={quotes.length} />
      </header>
      <section aria-labelledby="speakers-in-article" className="legend">
        <h2 id="speakers-in-article">Speakers in this article</h2>
        {speakers.length === 0 && !counts.has(null) ? (
          <p className="muted">No quotes were found in this article.</p>
        ) : (
          <ul>
            {speakers.map((s) => (
              <li key={s.id}>
                <span className={`swatch hl-${colorOf(s.id)}`} aria-hidden="true" />
                <Link to="/speakers/$id" params={{ id: s.id }}>
                  {s.name}
                </Link>{' '}
                <span className="muted">
                  {s.kind}, {plural(counts.get(s.id) ?? 0, 'quote')}
                </span>
              </li>
            ))}
            {counts.has(null) ? (
              <li>
                <span className={`swatch hl-${colorOf(null)}`} aria-hidden="true" /> unattributed{' '}
                <span className="muted">{plural(counts.get(null) ?? 0, 'quote')}</span>
              </li>
            ) : null}
          </ul>
        )}
      </section>
      <div className="article-layout">
        <HighlightedText
          article={article}
          quotes={quotes}
          sources={sources}
          colorOf={colorOf}
          activeId={shownId}
          selectedId={selectedId}
          onActivate={(quoteId, isPinned) => (isPinned ? setPinned(quoteId) : setHovered(quoteId))}
        />
        <QuotePanel quote={shown} sources={sources} />
      </div>
      <p className="muted small">
        Parsed by parser {article.parserVersion}; added {formatDate(article.ingestedAt)}.
      </p>
    </article>
  );
}
