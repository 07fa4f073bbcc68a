import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

const said = (title: string, quote: string, speaker: string, day: string, outlet = 'Wire') => ({
  title,
  text: `${title}\n\n"${quote}," said ${speaker}.\n\nThe meeting ended late.`,
  outlet,
  publishedAt: day,
});

async function sourceNamed(name: string) {
  const page = await api.caller.sources.list({ q: name });
  return page.items.filter((s) => s.name === name);
}

describe('sources across articles', () => {
  it('should keep one record for the same full name quoted in two articles', async () => {
    await api.caller.articles.ingest(said('Talks', 'We are ready to talk', 'Vladimir Putin', '2024-05-01'));
    await api.caller.articles.ingest(said('More talks', 'The West must listen', 'Vladimir Putin', '2024-05-08', 'Post'));
    const [putin, ...others] = await sourceNamed('Vladimir Putin');
    expect(others).toEqual([]);
    expect(putin).toMatchObject({
      quoteCount: 2,
      articleCount: 2,
      firstSeen: '2024-05-01T00:00:00.000Z',
      lastSeen: '2024-05-08T00:00:00.000Z',
    });
  });

  it('should create each source once when 40 articles quoting the same people are ingested at once', async () => {
    // Regression: a second unique index beside the ON CONFLICT target made concurrent upserts fail on PostgreSQL.
    const articles = Array.from({ length: 40 }, (_, k) =>
      said(
        `Harbour ${k}`,
        `The harbour is open for the ${k}th day`,
        k % 2 ? 'Maria Lopez' : 'John Carter',
        `2024-05-${String((k % 28) + 1).padStart(2, '0')}`,
      ),
    );
    const { results } = await api.caller.articles.ingestMany({ articles });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const page = await api.caller.sources.list({});
    expect(page.items.map((s) => [s.name, s.quoteCount]).sort()).toEqual([
      ['John Carter', 20],
      ['Maria Lopez', 20],
    ]);
  });

  it('should not merge two people on a bare surname across articles', async () => {
    // "Mr. Smith" resolves to the person "Smith": a banker in one article, a coach in the other.
    await api.caller.articles.ingest(said('Rates', 'Rates will rise', 'Mr. Smith', '2024-05-01'));
    await api.caller.articles.ingest(said('Football', 'We will win the cup', 'Mr. Smith', '2024-05-02'));
    const smiths = await sourceNamed('Smith');
    expect(smiths.map((s) => [s.kind, s.quoteCount])).toEqual([
      ['person', 1],
      ['person', 1],
    ]);
  });
});

describe('sources.list', () => {
  it('should sort by quotes or last seen, filter by kind and page', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        said('A', 'The harbour is open', 'Maria Lopez', '2024-05-01'),
        said('B', 'The harbour is busy', 'Maria Lopez', '2024-05-02'),
        said('C', 'The roads are closed', 'John Carter', '2024-05-09'),
      ],
    });
    const byQuotes = await api.caller.sources.list({ sourceKinds: ['person'] });
    expect(byQuotes.items.map((s) => s.name)).toEqual(['Maria Lopez', 'John Carter']);
    const byLastSeen = await api.caller.sources.list({ sourceKinds: ['person'], sort: 'lastSeen' });
    expect(byLastSeen.items.map((s) => s.name)).toEqual(['John Carter', 'Maria Lopez']);
    const first = await api.caller.sources.list({ sourceKinds: ['person'], limit: 1 });
    const second = await api.caller.sources.list({ sourceKinds: ['person'], limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((s) => s.name)).toEqual(['Maria Lopez', 'John Carter']);
    expect(second.nextCursor).toBeNull();
    expect((await api.caller.sources.list({ sourceKinds: ['organization'] })).items).toEqual([]);
  });
});

describe('sources.byId', () => {
  it('should return counts per outlet, a monthly timeline and recent quotes', async () => {
    await api.caller.articles.ingest(said('A', 'The harbour is open', 'Maria Lopez', '2024-05-01', 'Wire'));
    await api.caller.articles.ingest(said('B', 'The harbour is busy', 'Maria Lopez', '2024-06-02', 'Post'));
    const [maria] = await sourceNamed('Maria Lopez');
    const detail = await api.caller.sources.byId({ id: maria?.id ?? '' });
    expect(detail.outlets).toEqual([
      { outlet: 'Post', count: 1 },
      { outlet: 'Wire', count: 1 },
    ]);
    expect(detail.timeline).toEqual([
      { at: '2024-05-01T00:00:00.000Z', count: 1 },
      { at: '2024-06-01T00:00:00.000Z', count: 1 },
    ]);
    expect(detail.recentQuotes.map((q) => [q.article.title, q.source?.name])).toEqual([
      ['B', 'Maria Lopez'],
      ['A', 'Maria Lopez'],
    ]);
  });
});

describe('sources.merge and sources.update', () => {
  it('should fold one record into another and keep later ingests of that name on the survivor', async () => {
    // Two spellings of one name: no rule joins them, the analyst does.
    await api.caller.articles.ingest(said('A', 'We are ready to talk', 'Dmitry Peskov', '2024-05-01'));
    await api.caller.articles.ingest(said('B', 'Russia will not retreat', 'Dmitri Peskov', '2024-05-02'));
    const [full] = await sourceNamed('Dmitry Peskov');
    const [variant] = await sourceNamed('Dmitri Peskov');
    expect(full && variant).toBeTruthy();
    const merged = await api.caller.sources.merge({ intoId: full?.id ?? '', mergeIds: [variant?.id ?? ''] });
    expect(merged).toMatchObject({ name: 'Dmitry Peskov', quoteCount: 2 });
    expect(merged.aliases).toContain('Dmitri Peskov');
    await api.caller.articles.ingest(said('C', 'The talks can start', 'Dmitri Peskov', '2024-05-03'));
    expect(await sourceNamed('Dmitri Peskov')).toEqual([]);
    expect((await sourceNamed('Dmitry Peskov'))[0]?.quoteCount).toBe(3);
    const timeline = await api.caller.stats.timeline({ bucket: 'month' });
    expect(timeline.series.map((s) => [s.source.name, s.total])).toEqual([['Dmitry Peskov', 3]]);
  });

  it('should rename a source and keep the name after a reparse', async () => {
    const { articleId } = await api.caller.articles.ingest(said('A', 'We are ready to talk', 'Vladimir Putin', '2024-05-01'));
    const [putin] = await sourceNamed('Vladimir Putin');
    const updated = await api.caller.sources.update({
      id: putin?.id ?? '',
      name: 'Vladimir Vladimirovich Putin',
      roles: ['President of Russia'],
    });
    expect(updated).toMatchObject({ name: 'Vladimir Vladimirovich Putin', roles: ['President of Russia'], quoteCount: 1 });
    await api.caller.articles.reparse({ id: articleId });
    const detail = await api.caller.articles.byId({ id: articleId });
    expect(detail.sources.map((s) => s.name)).toEqual(['Vladimir Vladimirovich Putin']);
  });

  it('should answer NOT_FOUND for an unknown id with what to do', async () => {
    await expect(api.caller.sources.byId({ id: 'src_nope' })).rejects.toThrow(/take ids from sources.list/);
    await expect(api.caller.sources.merge({ intoId: 'src_a', mergeIds: ['src_b'] })).rejects.toThrow(/no source with id/);
  });
});

describe('sources router over HTTP', () => {
  it('should answer sources.list at /trpc', async () => {
    const response = await api.app.request('/trpc/sources.list?input=%7B%7D');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { items: [], nextCursor: null } } });
  });
});
