import type { SourceListItem, SourcePage, SourceSuggestions } from '@claimline/schema';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

const person = (id: string, name: string, quoteCount: number): SourceListItem => ({
  id,
  name,
  kind: 'person',
  roles: [],
  aliases: [],
  descriptor: null,
  quoteCount,
  articleCount: quoteCount,
  firstSeen: '2020-04-01T00:00:00.000Z',
  lastSeen: '2020-04-03T00:00:00.000Z',
});
const hillary = person('s1', 'Hillary Clinton', 4);
const bill = person('s2', 'Bill Clinton', 3);
const bare = person('s3', 'Clinton', 1);
const suggestions: SourceSuggestions = {
  items: [
    {
      into: hillary,
      merge: bare,
      score: 0.5,
      evidence: [
        { kind: 'surname', detail: 'clinton' },
        { kind: 'dates', detail: 'overlapping' },
      ],
    },
    { into: bill, merge: bare, score: 0.5, evidence: [{ kind: 'surname', detail: 'clinton' }] },
  ],
};
const page: SourcePage = { items: [hillary, bill, bare], nextCursor: null };

function renderQueue() {
  return renderAppAt('/speakers', (trpc, set) => {
    set(trpc.sources.list.infiniteQueryKey({ q: undefined, sourceKinds: undefined, sort: 'quotes', limit: 50 }), {
      pages: [page],
      pageParams: [null],
    });
    set(trpc.sources.suggestions.queryKey({ limit: 50 }), suggestions);
  });
}

describe('ReviewQueue', () => {
  afterEach(cleanup);

  it('should list each suggestion with its evidence and score', async () => {
    renderQueue();
    const list = await screen.findByRole('list', { name: 'Possible duplicates' }, { timeout: 15_000 });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Clinton (1 quote) → Hillary Clinton (4 quotes)surname: clintondates: overlapping50%'),
      expect.stringContaining('Clinton (1 quote) → Bill Clinton (3 quotes)surname: clinton50%'),
    ]);
  });

  it('should ask before merging the selected pairs, and cancel on request', async () => {
    renderQueue();
    const merge = await screen.findByRole('button', { name: 'Merge selected…' }, { timeout: 15_000 });
    expect(merge).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Clinton into Hillary Clinton' }));
    fireEvent.click(merge);
    const confirm = screen.getByRole('group', { name: 'Confirm review' });
    expect(confirm.textContent).toContain('Merge 1 pair?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Confirm review' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not the same…' }));
    expect(screen.getByRole('group', { name: 'Confirm review' }).textContent).toContain('Mark 2 pairs as different people?');
  });
});
