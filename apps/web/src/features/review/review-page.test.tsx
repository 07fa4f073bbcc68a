import { parseArticle } from '@claimline/parser';
import type { QuoteListItem } from '@claimline/schema';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

// Queue rows built from the real parser's output for the real seed article, least confident first.
const seed = readFileSync(resolve(process.cwd(), '../../../shared/corpus/seed-article.txt'), 'utf8');
const parsed = parseArticle(seed, { ingestedAt: '2024-05-24T10:00:00.000Z' });
const rows: QuoteListItem[] = parsed.quotes
  .map((q) => ({
    ...q,
    source: parsed.sources.find((s) => s.id === q.sourceId) ?? null,
    via: null,
    article: { id: parsed.article.id, title: parsed.article.title, outlet: 'Reuters', url: null, publishedAt: '2024-05-24T00:00:00.000Z' },
    review: { status: 'unreviewed' as const, note: null, tags: [] },
    sentence: q.text,
  }))
  .sort((a, b) => a.confidence - b.confidence)
  .slice(0, 5);

describe('ReviewPage', () => {
  afterEach(cleanup);

  it('should list the queue with one-key status buttons, and save the status a key press on a quote sets', async () => {
    renderAppAt('/review', (trpc, set) =>
      set(trpc.quotes.reviewQueue.infiniteQueryKey({ limit: 20 }), { pages: [{ items: rows, nextCursor: null }], pageParams: [null] }),
    );
    const list = await screen.findByRole('region', { name: 'Quotes to review' });
    const forms = within(list).getAllByRole('form', { name: 'Review this quote' });
    expect(forms).toHaveLength(rows.length);
    const buttons = within(forms[0] as HTMLElement).getAllByRole('button', { pressed: false });
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['c', 'd', 'f', 'm']);
    expect(list.textContent).toContain(rows[0]?.text);
    // The key sends quotes.update; this test's API is a closed port, so the save fails and says so.
    const first = list.querySelector<HTMLElement>('.review-item');
    if (!first) throw new Error('no queue item');
    fireEvent.keyDown(first, { key: 'c' });
    expect(await within(first).findByText(/Could not save the review/)).toBeTruthy();
  });
});
