import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '@claimline/schema';
import { seedArticle } from '../test/corpus';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

/** The tRPC error a call fails with (the test fails if it succeeds). */
async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const story = (n: number, day: string, outlet = 'Wire') => ({
  text: `Harbour report ${n}\n\n"The harbour number ${n} will reopen soon," said Maria Lopez, the port director.\n\nShips waited outside for a week.`,
  outlet,
  publishedAt: day,
});

describe('articles.ingest', () => {
  it('should store the seed article and return its quote and anonymous source from byId', async () => {
    const result = await api.caller.articles.ingest({ text: seedArticle(), outlet: 'Reuters', publishedAt: '2024-05-24' });
    expect(result.status).toBe('created');
    expect(result.quoteCount).toBeGreaterThan(0);

    const detail = await api.caller.articles.byId({ id: result.articleId });
    expect(detail.article.outlet).toBe('Reuters');
    expect(detail.article.publishedAt).toBe('2024-05-24T00:00:00.000Z');
    const quote = detail.quotes.find((q) => q.text.includes('Putin can fight as long as he needs to'));
    expect(quote).toBeDefined();
    if (!quote) return;
    expect(detail.article.text.slice(quote.span.start, quote.span.end)).toContain('Putin can fight as long as he needs to');
    expect(quote.kind).toBe('direct');
    expect(quote.time).toEqual({ at: '2024-05-24T00:00:00.000Z', basis: 'published' });
    const source = detail.sources.find((s) => s.id === quote.sourceId);
    expect(source?.kind).toBe('anonymous');
    expect(`${source?.name} ${source?.descriptor}`).toMatch(/senior Russian source/);
  });

  it('should make one article of 50 concurrent ingests of the same text', async () => {
    const text = seedArticle();
    const results = await Promise.all(Array.from({ length: 50 }, () => api.caller.articles.ingest({ text, outlet: 'Reuters' })));
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    const list = await api.caller.articles.list({});
    expect(list.items).toHaveLength(1);
    const quotes = await api.caller.quotes.list({ limit: 200 });
    expect(quotes.items).toHaveLength(results[0]?.quoteCount ?? -1);
    const sources = await api.caller.sources.list({ limit: 200 });
    expect(new Set(sources.items.map((s) => s.name)).size).toBe(sources.items.length);
  });

  it('should store and reparse overlapping batches sent at once by several clients, with shared speakers and outlets', async () => {
    // Every article quotes the same two people under several outlets: on PostgreSQL the batches
    // contend for the same identity blocks, source rows and rollup rows, in different orders.
    const pool = Array.from({ length: 12 }, (_, n) => ({
      text: `Port talks ${n}\n\n"The talks on berth ${n} went well," said Maria Lopez, the port director.\n\n"We expect a deal on berth ${n}," Tom Becker, the union leader, said.\n\nLopez added that the unions agreed.`,
      outlet: ['Wire', 'Herald', 'Courier'][n % 3],
      publishedAt: `2024-05-${String(1 + n).padStart(2, '0')}`,
    }));
    const batches = [0, 1, 2, 3].map((k) => (k % 2 ? [...pool].reverse() : pool).filter((_, n) => (n + k) % 4 !== 0));
    const stored = await Promise.all(batches.map((articles) => api.caller.articles.ingestMany({ articles })));
    const results = stored.flatMap((s) => s.results);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const done = results.flatMap((r) => (r.ok ? [r.result] : []));
    const ids = new Set(done.map((r) => r.articleId));
    expect(ids.size).toBe(12);
    expect(done.filter((r) => r.status === 'created')).toHaveLength(12);
    await Promise.all([...ids].map((id) => api.caller.articles.reparse({ id })));
    const quotes = await api.caller.quotes.list({ limit: 200 });
    expect(quotes.items).toHaveLength(36);
    const sources = await api.caller.sources.list({ limit: 200 });
    const quoted = sources.items.filter((s) => s.quoteCount > 0).map((s) => [s.name, s.quoteCount]);
    expect(quoted.sort()).toEqual([
      ['Maria Lopez', 24],
      ['Tom Becker', 12],
    ]);
  });

  it('should treat the same text sent again with other metadata as the same article', async () => {
    const first = await api.caller.articles.ingest(story(1, '2024-05-01'));
    const again = await api.caller.articles.ingest({
      ...story(1, '2024-05-01'),
      text: `  ${story(1, '2024-05-01').text}`,
      outlet: 'Other',
    });
    expect(again).toEqual({ ...first, status: 'existing' });
  });

  it('should refuse each bad input with a message that says what to fix, and store nothing', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ text: '' }, 'BAD_REQUEST', /text is empty: paste the article body/],
      [{ text: ' \n\t ' }, 'BAD_REQUEST', /text is empty: paste the article body/],
      [{ text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) }, 'PAYLOAD_TOO_LARGE', /over the 1 MB limit.*split the article/],
      [{ text: 42 }, 'BAD_REQUEST', /text must be a string/],
      [{}, 'BAD_REQUEST', /text must be a string/],
      [{ text: 'Body.', url: '/story' }, 'BAD_REQUEST', /url must be an absolute URL such as https/],
      [{ text: 'Body.', publishedAt: '24/05/2024' }, 'BAD_REQUEST', /expected an ISO date such as 2024-05-24/],
      [{ text: 'Body.', authors: 'Jane Doe' }, 'BAD_REQUEST', /^authors: /],
    ];
    for (const [input, code, message] of cases) {
      // @ts-expect-error: malformed on purpose, as an untyped client could send it
      const error = await failure(api.caller.articles.ingest(input));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    }
    const overview = await api.caller.stats.overview();
    expect(overview).toMatchObject({ articles: 0, quotes: 0, sources: 0 });
  });
});

describe('articles.ingestMany', () => {
  it('should ingest a batch and report a bad item in its own result without sinking the rest', async () => {
    const { results } = await api.caller.articles.ingestMany({
      articles: [story(1, '2024-05-01'), { text: '   ' }, story(2, '2024-05-02'), story(1, '2024-05-01')],
    });
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]).toMatchObject({
      index: 1,
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'text: text is empty: paste the article body' },
    });
    const statuses = results.flatMap((r) => (r.ok ? [r.result.status] : []));
    expect(statuses).toEqual(['created', 'created', 'existing']);
    expect((await api.caller.stats.overview()).articles).toBe(2);
  });

  it('should refuse a batch over 500 and say how to split it', async () => {
    const error = await failure(api.caller.articles.ingestMany({ articles: Array.from({ length: 501 }, () => ({ text: 'x' })) }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/over 500 articles in one batch: split it/);
  });
});

describe('articles.list', () => {
  it('should list newest first, filter by outlet, date and text, and page with the cursor', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        story(1, '2024-05-01', 'Wire'),
        story(2, '2024-05-02', 'Post'),
        story(3, '2024-05-03', 'Wire'),
        story(4, '2024-06-01', 'Wire'),
      ],
    });
    const all = await api.caller.articles.list({});
    expect(all.items.map((a) => a.title)).toEqual(['Harbour report 4', 'Harbour report 3', 'Harbour report 2', 'Harbour report 1']);
    expect(all.items[0]?.quoteCount).toBe(1);

    const wireInMay = await api.caller.articles.list({ outlets: ['Wire'], from: '2024-05-01', to: '2024-06-01' });
    expect(wireInMay.items.map((a) => a.title)).toEqual(['Harbour report 3', 'Harbour report 1']);

    const search = await api.caller.articles.list({ q: 'harbour number 2' });
    expect(search.items.map((a) => a.title)).toEqual(['Harbour report 2']);

    const first = await api.caller.articles.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await api.caller.articles.list({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((a) => a.title)).toEqual(['Harbour report 1']);
    expect(second.nextCursor).toBeNull();
  });

  it('should refuse a cursor it did not give out', async () => {
    const error = await failure(api.caller.articles.list({ cursor: 'not-a-cursor' }));
    expect(error.message).toMatch(/pass nextCursor from the previous page unchanged/);
  });
});

describe('articles.delete', () => {
  it('should delete the article with its quotes and take them off the timeline', async () => {
    const { articleId } = await api.caller.articles.ingest(story(1, '2024-05-01'));
    expect((await api.caller.stats.timeline({ bucket: 'day' })).series).toHaveLength(1);
    expect(await api.caller.articles.delete({ id: articleId })).toEqual({ deleted: true });
    expect(await api.caller.articles.delete({ id: articleId })).toEqual({ deleted: false });
    expect((await api.caller.stats.timeline({ bucket: 'day' })).series).toEqual([]);
    expect((await api.caller.quotes.list({})).items).toEqual([]);
    const error = await failure(api.caller.articles.byId({ id: articleId }));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('articles router over HTTP', () => {
  it('should answer articles.list at /trpc', async () => {
    const response = await api.app.request('/trpc/articles.list?input=%7B%7D');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { items: [], nextCursor: null } } });
  });
});
