import type { Overview, Timeline } from '@claimline/schema';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';
import { timelineInput } from './overview-search';

const empty: Overview = { articles: 0, quotes: 0, sources: 0, outlets: 0, firstQuoteAt: null, lastQuoteAt: null };
const stored: Overview = {
  articles: 3,
  quotes: 5,
  sources: 2,
  outlets: 1,
  firstQuoteAt: '2024-05-06T00:00:00.000Z',
  lastQuoteAt: '2024-05-20T00:00:00.000Z',
};
const timeline: Timeline = {
  bucket: 'week',
  series: [
    { source: { id: 's1', name: 'Dmitry Peskov', kind: 'person' }, total: 4, points: [{ at: '2024-05-06T00:00:00.000Z', count: 4 }] },
    { source: { id: 's2', name: 'three sources', kind: 'anonymous' }, total: 1, points: [{ at: '2024-05-20T00:00:00.000Z', count: 1 }] },
  ],
};

describe('OverviewPage', () => {
  afterEach(cleanup);

  it('should invite the user to add an article when nothing is stored', async () => {
    renderAppAt('/', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), empty);
      set(trpc.stats.timeline.queryKey(timelineInput({})), { bucket: 'week', series: [] });
    });
    expect(await screen.findByRole('heading', { name: 'Nothing stored yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add an article' }).getAttribute('href')).toBe('/add');
  });

  it('should chart the top speakers with totals and put a clicked speaker in the URL', async () => {
    const { history } = renderAppAt('/', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), stored);
      set(trpc.stats.timeline.queryKey(timelineInput({})), timeline);
    });
    await screen.findByRole('group', { name: 'Claims per week for the top 2 speakers' });
    const inView = screen.getByText('Claims in view').nextElementSibling;
    expect(inView?.textContent).toBe('5');
    fireEvent.click(screen.getByRole('button', { name: 'Dmitry Peskov: 4 claims' }));
    await waitFor(() => expect(history.location.search).toBe('?speaker=s1'));
    expect(await screen.findByRole('heading', { name: 'Dmitry Peskov' })).toBeTruthy();
  });

  it('should say what to do when the API does not answer', async () => {
    renderAppAt('/?bucket=month', (trpc, set) => set(trpc.stats.overview.queryKey(), stored));
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert.textContent).toMatch(/Could not load the timeline/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
