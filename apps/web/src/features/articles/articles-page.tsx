import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, getRouteApi, useLocation } from '@tanstack/react-router';
import { formatDate, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { Empty, ErrorState, Loading } from '../layout/status';
import { ArticleFilters } from './article-filters';
import { ARTICLES_PAGE_SIZE, articlesListInput, hasArticleFilters } from './articles-search';

const route = getRouteApi('/articles');

/** The stored articles, newest first: search, outlet and date filters in the URL, a page at a time. */
export function ArticlesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Set by the article page after a delete, so the list can say what happened.
  const deletedTitle = useLocation({ select: (l) => l.state.deletedTitle });
  const trpc = useTRPC();
  const list = useInfiniteQuery({
    ...trpc.articles.list.infiniteQueryOptions(articlesListInput(search), { getNextPageParam: (page) => page.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  // How many the filters keep in all, so "Showing 50" says "of 1,364".
  const { limit: _limit, ...countInput } = articlesListInput(search);
  const total = useQuery({ ...trpc.stats.articleCount.queryOptions(countInput), placeholderData: keepPreviousData });
  const filtered = hasArticleFilters(search);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="page">
      <header className="page-header">
        <h1>Articles</h1>
      </header>
      <p role="status" className="success">
        {deletedTitle ? `Deleted “${deletedTitle}” and its quotes.` : ''}
      </p>
      <ArticleFilters value={search} onChange={(next) => void navigate({ search: next })} />
      {list.isPending ? (
        <Loading label="Loading articles…" height={300} />
      ) : list.isError ? (
        <ErrorState what="articles" error={list.error} retry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty title={filtered ? 'No article matches' : 'No articles stored yet'}>
          {filtered ? (
            <>
              Try other words, widen the dates or{' '}
              <button type="button" className="secondary" onClick={() => void navigate({ search: {} })}>
                clear the filters
              </button>
              .
            </>
          ) : (
            <>
              <Link to="/add">Add an article</Link> by pasting its text or uploading a file.
            </>
          )}
        </Empty>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {total.data && total.data.count >= items.length
              ? `Showing ${items.length.toLocaleString('en')} of ${plural(total.data.count, filtered ? 'matching article' : 'article')}`
              : `Showing ${plural(items.length, 'article')}`}
            {list.hasNextPage ? ' (more below)' : ''}
          </p>
          <table className="data-table" aria-busy={list.isPlaceholderData}>
            <caption className="visually-hidden">Stored articles, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Quotes
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to="/articles/$id" params={{ id: a.id }}>
                      {a.title ?? 'Untitled article'}
                    </Link>
                    <span className="excerpt muted">{a.excerpt}</span>
                  </th>
                  <td>
                    {a.outlet ? (
                      // Outlets are typed free-hand in the filter; a click on one is the quicker way to it.
                      <Link to="/articles" search={{ ...search, outlets: [a.outlet] }} title={`Only articles from ${a.outlet}`}>
                        {a.outlet}
                      </Link>
                    ) : (
                      <span className="muted">unknown</span>
                    )}
                  </td>
                  <td>
                    {a.publishedAt ? (
                      <time className="nowrap" dateTime={a.publishedAt}>
                        {formatDate(a.publishedAt)}
                      </time>
                    ) : (
                      <span className="muted">date unknown, shown when added ({formatDate(a.ingestedAt)})</span>
                    )}
                  </td>
                  <td className="num">{a.quoteCount.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.hasNextPage ? (
            <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : `Show ${ARTICLES_PAGE_SIZE} more`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
