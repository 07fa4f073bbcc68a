import { describe, expect, it } from 'vitest';
import { seedArticle } from '../test/corpus';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

const said = (quote: string, speaker: string, day: string, outlet = 'Wire') => ({
  text: `Report\n\n"${quote}," said ${speaker}.\n\nThe meeting ended late.`,
  outlet,
  publishedAt: day,
});

describe('stats.timeline', () => {
  it('should count the seed article quote for its source on its day', async () => {
    const { quoteCount } = await api.caller.articles.ingest({
      text: seedArticle(),
      outlet: 'Reuters',
      publishedAt: '2024-05-24T10:00:00Z',
    });
    const timeline = await api.caller.stats.timeline({ bucket: 'day' });
    const total = timeline.series.reduce((sum, s) => sum + s.total, 0);
    const detail = await api.caller.quotes.list({ limit: 200 });
    expect(total).toBe(detail.items.filter((q) => q.sourceId !== null).length);
    expect(quoteCount).toBeGreaterThan(0);
    const anonymous = timeline.series.find((s) => s.source.kind === 'anonymous' && /senior Russian source/.test(s.source.name));
    expect(anonymous?.points).toEqual([{ at: '2024-05-24T00:00:00.000Z', count: anonymous?.total }]);
  });

  it('should bucket by week and month, keep the top N and honour the quote filters', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'), // Wednesday
        said('The harbour is busy', 'Maria Lopez', '2024-05-05'), // Sunday, same ISO week
        said('Ships are waiting', 'Maria Lopez', '2024-05-06'), // Monday, next week
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
      ],
    });
    const weekly = await api.caller.stats.timeline({ bucket: 'week' });
    expect(weekly.series.map((s) => [s.source.name, s.total, s.points])).toEqual([
      [
        'Maria Lopez',
        3,
        [
          { at: '2024-04-29T00:00:00.000Z', count: 2 },
          { at: '2024-05-06T00:00:00.000Z', count: 1 },
        ],
      ],
      ['John Carter', 1, [{ at: '2024-05-27T00:00:00.000Z', count: 1 }]],
    ]);
    const top1 = await api.caller.stats.timeline({ bucket: 'month', top: 1 });
    expect(top1.series.map((s) => [s.source.name, s.points])).toEqual([['Maria Lopez', [{ at: '2024-05-01T00:00:00.000Z', count: 3 }]]]);
    const postOnly = await api.caller.stats.timeline({ bucket: 'month', outlets: ['Post'] });
    expect(postOnly.series.map((s) => s.source.name)).toEqual(['John Carter']);
    const june = await api.caller.stats.timeline({ bucket: 'day', from: '2024-05-06', to: '2024-07-01' });
    expect(june.series.map((s) => [s.source.name, s.total]).sort()).toEqual([
      ['John Carter', 1],
      ['Maria Lopez', 1],
    ]);
    // Full-text search reads the quotes, not the day counts: both paths must agree.
    const searched = await api.caller.stats.timeline({ bucket: 'week', q: 'harbour' });
    expect(searched.series.map((s) => [s.source.name, s.total])).toEqual([['Maria Lopez', 2]]);
    const withinDay = await api.caller.stats.timeline({ bucket: 'week', from: '2024-05-01T00:00:00Z', to: '2024-05-05T12:00:00Z' });
    expect(withinDay.series.map((s) => s.total)).toEqual([2]);
  });
});

describe('stats.inView', () => {
  it('should count every claim the filters keep, per bucket, with the claims of no speaker apart', async () => {
    await api.caller.articles.ingest({ text: seedArticle(), outlet: 'Reuters', publishedAt: '2024-05-24T10:00:00Z' });
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'),
        said('Ships are waiting', 'Maria Lopez', '2024-05-06'),
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
      ],
    });
    const all = await api.caller.quotes.list({ limit: 200 });
    const named = all.items.filter((q) => q.sourceId !== null).length;
    const view = await api.caller.stats.inView({ bucket: 'month' });
    expect(view.total).toBe(named);
    expect(view.unattributed).toBe(all.items.length - named);
    expect(view.points.map((p) => p.at)).toEqual(['2024-05-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z']);
    expect(view.points[1]?.count).toBe(1);
    // The top 1 leaves out the rest: what the overview shows as "others".
    const top1 = await api.caller.stats.timeline({ bucket: 'month', top: 1 });
    expect(view.total - (top1.series[0]?.total ?? 0)).toBeGreaterThan(0);
  });

  it('should honour the quote filters on both paths and drop unattributed claims under a speaker filter', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'),
        said('The harbour is busy', 'Maria Lopez', '2024-05-05'),
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
      ],
    });
    expect(await api.caller.stats.inView({ bucket: 'week', outlets: ['Post'] })).toEqual({
      bucket: 'week',
      total: 1,
      unattributed: 0,
      points: [{ at: '2024-05-27T00:00:00.000Z', count: 1 }],
    });
    const searched = await api.caller.stats.inView({ bucket: 'day', q: 'harbour' });
    expect(searched.points).toEqual([
      { at: '2024-05-01T00:00:00.000Z', count: 1 },
      { at: '2024-05-05T00:00:00.000Z', count: 1 },
    ]);
    const withinDay = await api.caller.stats.inView({ bucket: 'month', from: '2024-05-01T00:00:00Z', to: '2024-05-05T12:00:00Z' });
    expect(withinDay.total).toBe(2);
    const people = await api.caller.stats.inView({ bucket: 'month', sourceKinds: ['person'] });
    expect(people).toMatchObject({ total: 3, unattributed: 0 });
  });
});

describe('stats.inView from day_counts', () => {
  it('should give the overview default view from day_counts as the quotes count it, through a speaker taken away, a merge and a delete', async () => {
    await api.caller.articles.ingest({ text: seedArticle(), outlet: 'Reuters', publishedAt: '2024-05-24T10:00:00Z' });
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'),
        said('Ships are waiting', 'Maria Lopez', '2024-05-06', 'Post'),
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
      ],
    });
    // A time inside a day sends the same question to the quotes themselves.
    const fromQuotes = (input: { bucket: 'week' | 'day'; outlets?: string[] }) =>
      api.caller.stats.inView({ ...input, from: '2000-01-01T00:00:00.5Z' });
    const same = async () => {
      for (const input of [{ bucket: 'week' as const }, { bucket: 'day' as const, outlets: ['Post'] }]) {
        expect(await api.caller.stats.inView(input)).toEqual(await fromQuotes(input));
      }
    };
    await same();
    // An analyst takes a quote's speaker away: it moves to the unattributed count.
    const before = await api.caller.stats.inView({ bucket: 'week' });
    const [quote] = (await api.caller.quotes.list({ outlets: ['Reuters'], limit: 1 })).items;
    await api.caller.quotes.update({ id: quote?.id ?? '', sourceId: null });
    expect(await api.caller.stats.inView({ bucket: 'week' })).toMatchObject({
      total: before.total - 1,
      unattributed: before.unattributed + 1,
    });
    await same();
    const list = await api.caller.sources.list({ limit: 10 });
    const [lopez, carter] = ['Maria Lopez', 'John Carter'].map((name) => list.items.find((s) => s.name === name)?.id ?? '');
    await api.caller.sources.merge({ intoId: lopez ?? '', mergeIds: [carter ?? ''] });
    await same();
    const articles = await api.caller.articles.list({ limit: 10 });
    await api.caller.articles.delete({ id: articles.items[0]?.id ?? '' });
    await same();
  });
});

describe('stats.articleCount', () => {
  it('should count the articles articles.list pages through, with its filters', async () => {
    expect(await api.caller.stats.articleCount({})).toEqual({ count: 0 });
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'),
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
        { text: 'Untimed\n\n"Nobody knows when," said Ann Lee.', outlet: 'Post' },
      ],
    });
    expect(await api.caller.stats.articleCount({})).toEqual({ count: 3 });
    expect(await api.caller.stats.articleCount({ outlets: ['Post'] })).toEqual({ count: 2 });
    expect(await api.caller.stats.articleCount({ q: 'grain' })).toEqual({ count: 1 });
    expect(await api.caller.stats.articleCount({ from: '2024-05-01', to: '2024-06-01' })).toEqual({ count: 1 });
  });
});

describe('stats.overview', () => {
  it('should total articles, quotes, sources and outlets', async () => {
    expect(await api.caller.stats.overview()).toEqual({
      articles: 0,
      quotes: 0,
      sources: 0,
      outlets: 0,
      firstQuoteAt: null,
      lastQuoteAt: null,
    });
    await api.caller.articles.ingestMany({
      articles: [
        said('The harbour will reopen', 'Maria Lopez', '2024-05-01'),
        said('Grain exports are rising', 'John Carter', '2024-06-02', 'Post'),
      ],
    });
    expect(await api.caller.stats.overview()).toEqual({
      articles: 2,
      quotes: 2,
      sources: 2,
      outlets: 2,
      firstQuoteAt: '2024-05-01T00:00:00.000Z',
      lastQuoteAt: '2024-06-02T00:00:00.000Z',
    });
  });
});

describe('stats router over HTTP', () => {
  it('should answer stats.timeline at /trpc', async () => {
    const response = await api.app.request(`/trpc/stats.timeline?input=${encodeURIComponent(JSON.stringify({ bucket: 'week' }))}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { bucket: 'week', series: [] } } });
  });
});
