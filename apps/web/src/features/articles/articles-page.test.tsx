import type { ArticleListItem, ArticlePage } from '@claimline/schema';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';
import { articlesListInput, parseArticlesSearch } from './articles-search';

const item = (id: string, title: string | null, publishedAt: string | null, quoteCount: number): ArticleListItem => ({
  id,
  title,
  outlet: title ? 'Reuters' : null,
  url: null,
  authors: [],
  publishedAt,
  ingestedAt: '2024-06-03T09:30:00.000Z',
  language: 'en',
  excerpt: 'Russian President Vladimir Putin is ready to halt the war…',
  quoteCount,
  sourceCount: 2,
});
const page: ArticlePage = {
  items: [item('a1', 'Putin is ready to end the war through negotiations', '2024-05-24T08:00:00.000Z', 12), item('a2', null, null, 1)],
  nextCursor: null,
};

/** Renders /articles with the URL's query seeded with `data` (the real articles.list shape). */
function renderArticles(path: string, data: ArticlePage) {
  const search = parseArticlesSearch(Object.fromEntries(new URL(path, 'http://x').searchParams));
  return renderAppAt(path, (trpc, set) =>
    set(trpc.articles.list.infiniteQueryKey(articlesListInput(search)), { pages: [data], pageParams: [null] }),
  );
}

describe('ArticlesPage', () => {
  afterEach(cleanup);

  it('should list title, outlet, date and quote count, and say when the date is unknown', async () => {
    renderArticles('/articles', page);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const first = within(rows[0] ?? table);
    expect(first.getByRole('link', { name: 'Putin is ready to end the war through negotiations' }).getAttribute('href')).toBe(
      '/articles/a1',
    );
    expect(rows[0]?.textContent).toContain('Reuters');
    expect(rows[0]?.textContent).toContain('24 May 2024');
    expect(first.getAllByRole('cell').at(-1)?.textContent).toBe('12');
    expect(within(rows[1] ?? table).getByRole('link', { name: 'Untitled article' })).toBeTruthy();
    expect(rows[1]?.textContent).toContain('date unknown, shown when added (3 Jun 2024)');
    expect(screen.getByText('Showing 2 articles')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Articles' }).getAttribute('aria-current')).toBe('page');
  });

  it('should give the total the filters keep beside the page shown', async () => {
    const search = parseArticlesSearch({ q: 'war' });
    const { limit: _limit, ...countInput } = articlesListInput(search);
    renderAppAt('/articles?q=war', (trpc, set) => {
      set(trpc.articles.list.infiniteQueryKey(articlesListInput(search)), { pages: [{ ...page, nextCursor: 'next' }], pageParams: [null] });
      set(trpc.stats.articleCount.queryKey(countInput), { count: 1364 });
    });
    expect(await screen.findByText('Showing 2 of 1,364 matching articles (more below)')).toBeTruthy();
  });

  it('should put the search and the outlets in the URL on Enter', async () => {
    const { history } = renderArticles('/articles', page);
    await screen.findByRole('table');
    const form = screen.getByRole('search', { name: 'Find articles' });
    fireEvent.change(within(form).getByLabelText('Search titles and text'), { target: { value: ' ceasefire ' } });
    fireEvent.change(within(form).getByLabelText('Outlets'), { target: { value: 'Reuters, AP' } });
    fireEvent.submit(form);
    await waitFor(() => expect(history.location.search).toBe('?q=ceasefire&outlets=Reuters%2CAP'));
  });

  it('should filter by an outlet when its name is followed', async () => {
    const { history } = renderArticles('/articles?q=war', page);
    const table = await screen.findByRole('table');
    fireEvent.click(within(table).getByRole('link', { name: 'Reuters' }));
    await waitFor(() => expect(history.location.search).toBe('?q=war&outlets=Reuters'));
  });

  it('should say nothing matches and clear the filters from the URL', async () => {
    const { history } = renderArticles('/articles?q=zebra&from=2024-01-01', { items: [], nextCursor: null });
    await screen.findByRole('heading', { name: 'No article matches' });
    expect(screen.getByLabelText('From')).toHaveProperty('value', '2024-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'clear the filters' }));
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('should point to the add page when nothing is stored', async () => {
    renderArticles('/articles', { items: [], nextCursor: null });
    await screen.findByRole('heading', { name: 'No articles stored yet' });
    expect(screen.getByRole('link', { name: 'Add an article' }).getAttribute('href')).toBe('/add');
  });

  it('should say what to do when the API does not answer', async () => {
    // Nothing seeded: the request goes to a closed port.
    renderAppAt('/articles');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load articles');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
