import type { SourceListItem, SourcePage, Timeline } from '@claimline/schema';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

const row = (id: string, name: string, kind: SourceListItem['kind'], quoteCount: number, lastSeen: string): SourceListItem => ({
  id,
  name,
  kind,
  roles: kind === 'person' ? ["Putin's spokesman"] : [],
  aliases: [],
  descriptor: kind === 'anonymous' ? 'three sources familiar with the discussions' : null,
  quoteCount,
  articleCount: 1,
  firstSeen: '2024-05-01T00:00:00.000Z',
  lastSeen,
});
const page: SourcePage = {
  items: [
    row('s1', 'Vladimir Putin', 'person', 7, '2024-05-24T00:00:00.000Z'),
    row('s2', 'three sources', 'anonymous', 3, '2024-06-02T00:00:00.000Z'),
  ],
  nextCursor: null,
};
const activity: Timeline = {
  bucket: 'month',
  series: [
    { source: { id: 's1', name: 'Vladimir Putin', kind: 'person' }, total: 7, points: [{ at: '2024-05-01T00:00:00.000Z', count: 7 }] },
  ],
};

function renderSpeakers(path = '/speakers') {
  return renderAppAt(path, (trpc, set) => {
    set(trpc.sources.list.infiniteQueryKey({ q: undefined, sourceKinds: undefined, sort: 'quotes', limit: 50 }), {
      pages: [page],
      pageParams: [null],
    });
    set(trpc.stats.timeline.queryKey({ bucket: 'month', sourceIds: ['s1', 's2'] }), activity);
  });
}

describe('SpeakersPage', () => {
  afterEach(cleanup);

  it('should list each speaker with kind, role or descriptor, count and a described sparkline', async () => {
    renderSpeakers();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Vladimir Putin', 'three sources']);
    expect(rows[0]?.textContent).toContain("Putin's spokesman");
    expect(rows[1]?.textContent).toContain('three sources familiar with the discussions');
    expect(
      within(table).getByRole('img', { name: 'Monthly activity of Vladimir Putin, May 2024: 7 claims, most in May 2024' }),
    ).toBeTruthy();
  });

  it('should sort the loaded rows by name and keep the order in the URL', async () => {
    const { history } = renderSpeakers();
    await screen.findByRole('table');
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'name' } });
    await waitFor(() => expect(history.location.search).toBe('?sort=name'));
    const names = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names).toEqual(['three sources', 'Vladimir Putin']);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe('Speakers, name (a–z) first');
  });
});
