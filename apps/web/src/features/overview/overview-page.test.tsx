import type { InView, Overview, Timeline } from '@claimline/schema';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';
import { inViewInput, parseOverviewSearch, pickedInput, timelineInput } from './overview-search';

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

const inView: InView = {
  bucket: 'week',
  total: 9,
  unattributed: 1,
  points: [
    { at: '2024-05-06T00:00:00.000Z', count: 6 },
    { at: '2024-05-13T00:00:00.000Z', count: 2 },
    { at: '2024-05-20T00:00:00.000Z', count: 1 },
  ],
};
const stored10: Overview = { ...stored, quotes: 12 };
const lopez = { id: 's9', name: 'Maria Lopez', kind: 'person' as const };
const lopezTimeline: Timeline = {
  bucket: 'week',
  series: [{ source: lopez, total: 2, points: [{ at: '2024-05-13T00:00:00.000Z', count: 2 }] }],
};

describe('OverviewPage', () => {
  afterEach(cleanup);

  it('should invite the user to add an article when nothing is stored', async () => {
    renderAppAt('/', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), empty);
      set(trpc.stats.timeline.queryKey(timelineInput({}) ?? undefined), { bucket: 'week', series: [] });
    });
    expect(await screen.findByRole('heading', { name: 'Nothing stored yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add an article' }).getAttribute('href')).toBe('/add');
  });

  it('should chart the top speakers with totals and put a clicked speaker in the URL', async () => {
    const { history } = renderAppAt('/', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), stored);
      set(trpc.stats.timeline.queryKey(timelineInput({}) ?? undefined), timeline);
    });
    await screen.findByRole('group', { name: 'Claims per week for 2 speakers' });
    fireEvent.click(screen.getByRole('button', { name: 'Dmitry Peskov: 4 claims' }));
    await waitFor(() => expect(history.location.search).toBe('?speaker=s1'));
    expect(await screen.findByRole('heading', { name: 'Dmitry Peskov' })).toBeTruthy();
  });

  it('should add an others row and count every claim in view, stored beside it', async () => {
    renderAppAt('/', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), stored10);
      set(trpc.stats.timeline.queryKey(timelineInput({}) ?? undefined), timeline);
      set(trpc.stats.inView.queryKey(inViewInput({})), inView);
    });
    await screen.findByRole('group', { name: 'Claims per week for 2 speakers and all others' });
    expect(screen.getByText('Claims in view').nextElementSibling?.textContent).toBe('10');
    expect(screen.getByRole('button', { name: 'Other speakers, week of 6 May 2024: 2 claims, 33% of that week' })).toBeTruthy();
    expect(
      screen.getByText(/by the 2 speakers on the chart, 4 by others and 1 with no speaker named, 10 in all of the 12 stored/),
    ).toBeTruthy();
  });

  it('should compare a chosen speaker alone, from the URL, and keep the choice and the measure in the URL', async () => {
    const search = parseOverviewSearch({ pick: 's9', top: '0' });
    expect(timelineInput(search)).toBeNull();
    const { history } = renderAppAt('/?pick=s9&top=0', (trpc, set) => {
      set(trpc.stats.overview.queryKey(), stored10);
      set(trpc.stats.timeline.queryKey(pickedInput(search) ?? undefined), lopezTimeline);
      set(trpc.stats.inView.queryKey(inViewInput(search)), inView);
    });
    await screen.findByRole('group', { name: 'Claims per week for 1 speaker and all others' });
    expect(screen.getByRole('list', { name: 'Chosen speakers' }).textContent).toContain('Maria Lopez');
    expect(screen.getByRole('button', { name: 'Maria Lopez: 2 claims' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Share of coverage' }));
    await waitFor(() => expect(history.location.search).toBe('?pick=s9&top=0&measure=share'));
    expect(await screen.findByRole('button', { name: 'Maria Lopez: 22% of claims in view' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Maria Lopez' }));
    await waitFor(() => expect(history.location.search).toBe('?top=0&measure=share'));
  });

  it('should say what to do when the API does not answer', async () => {
    renderAppAt('/?bucket=month', (trpc, set) => set(trpc.stats.overview.queryKey(), stored));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not load the timeline/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
