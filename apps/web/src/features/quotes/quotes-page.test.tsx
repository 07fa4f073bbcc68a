import { parseArticle } from '@claimline/parser';
import type { QuoteListItem } from '@claimline/schema';
import { cleanup, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiFilters } from '../../lib/filters';
import { renderAppAt } from '../../test-support';
import { parseQuotesSearch } from './quotes-search';

// quotes.list rows built from the real parser's output for the real seed article.
const seed = readFileSync(resolve(process.cwd(), '../../../shared/corpus/seed-article.txt'), 'utf8');
const parsed = parseArticle(seed, { ingestedAt: '2024-05-24T10:00:00.000Z' });
const sources = new Map(parsed.sources.map((s) => [s.id, s]));
const rows: QuoteListItem[] = parsed.quotes.map((q) => ({
  ...q,
  source: (q.sourceId ? sources.get(q.sourceId) : undefined) ?? null,
  via: null,
  article: { id: parsed.article.id, title: parsed.article.title, outlet: 'Reuters', url: null, publishedAt: '2024-05-24T00:00:00.000Z' },
  review: { status: 'unreviewed', note: null, tags: [] },
  sentence: q.text,
}));

describe('QuotesPage', () => {
  afterEach(cleanup);

  it('should mark the searched words in each result', async () => {
    const withWar = rows.filter((q) => /\bwar\b/i.test(q.text));
    expect(withWar.length).toBeGreaterThan(0);
    const search = parseQuotesSearch({ q: 'war' });
    renderAppAt('/quotes?q=war', (trpc, set) =>
      set(trpc.quotes.list.infiniteQueryKey({ ...toApiFilters(search), limit: 50 }), {
        pages: [{ items: withWar, nextCursor: null }],
        pageParams: [null],
      }),
    );
    const list = await screen.findByRole('region', { name: 'Matching quotes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(withWar.length);
    for (const item of items) {
      const marks = [...item.querySelectorAll('blockquote mark')].map((m) => m.textContent?.toLowerCase());
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((m) => m?.startsWith('war'))).toBe(true);
    }
    // The words stay whole: marks are part of the quote's text, not added to it.
    expect(items[0]?.querySelector('blockquote')?.textContent).toBe(withWar[0]?.text);
  });
});
