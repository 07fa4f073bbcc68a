import type { SavedSearch } from '@claimline/schema';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

const searches: SavedSearch[] = [
  {
    id: 'search_1',
    name: 'Harbour, direct',
    filters: { q: 'harbour', kinds: ['direct'], to: '2024-06-01' },
    createdAt: '2024-05-01T00:00:00.000Z',
    lastOpenedAt: '2024-05-02T00:00:00.000Z',
    newCount: 3,
  },
  {
    id: 'search_2',
    name: 'Grain',
    filters: { q: 'grain' },
    createdAt: '2024-05-01T00:00:00.000Z',
    lastOpenedAt: '2024-05-02T00:00:00.000Z',
    newCount: 0,
  },
];

describe('SavedSearchNav', () => {
  afterEach(cleanup);

  it('should list each saved search with its new claims, a link to its quotes and its Atom feed', async () => {
    renderAppAt('/add', (trpc, set) => set(trpc.savedSearches.list.queryKey(), { items: searches }));
    const nav = await screen.findByRole('navigation', { name: 'Saved searches' });
    const harbour = within(nav).getByRole('link', { name: 'Harbour, direct 3 new' });
    // The API's exclusive `to` (1 June) is the last day shown in the view (31 May).
    const href = new URL(harbour.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/quotes');
    expect(Object.fromEntries(href.searchParams)).toEqual({ q: 'harbour', kinds: 'direct', to: '2024-05-31' });
    expect(within(nav).getByRole('link', { name: 'Grain' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Atom feed of Grain' }).getAttribute('href')).toBe('/feeds/searches/search_2.atom');
  });

  it('should show nothing while there are no saved searches', async () => {
    renderAppAt('/add', (trpc, set) => set(trpc.savedSearches.list.queryKey(), { items: [] }));
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByRole('navigation', { name: 'Saved searches' })).toBeNull();
  });
});
