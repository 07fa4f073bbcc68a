import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../db/rows';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

const said = (title: string, quote: string, speaker: string, day: string, outlet = 'Wire') => ({
  title,
  text: `${title}\n\n"${quote}," said ${speaker}.\n\nThe meeting ended late.`,
  outlet,
  publishedAt: day,
});

async function seed() {
  await api.caller.articles.ingestMany({
    articles: [
      said('A', 'The harbour will reopen in June', 'Maria Lopez', '2024-05-01', 'Wire'),
      said('B', 'Grain exports are rising again', 'John Carter', '2024-05-02', 'Post'),
      said('C', 'The harbours are safe for ships', 'Maria Lopez', '2024-05-03', 'Post'),
      said('D', 'Nobody expected the strike', 'John Carter', '2024-06-04', 'Wire'),
    ],
  });
  const sources = await api.caller.sources.list({});
  const id = (name: string) => sources.items.find((s) => s.name === name)?.id ?? '';
  return { maria: id('Maria Lopez'), john: id('John Carter') };
}

const titles = (page: { items: { article: { title: string | null } }[] }) => page.items.map((q) => q.article.title);

describe('quotes.list', () => {
  it('should return each quote with its source, article and span, newest first', async () => {
    await seed();
    const page = await api.caller.quotes.list({});
    expect(titles(page)).toEqual(['D', 'C', 'B', 'A']);
    const last = page.items[3];
    expect(last).toMatchObject({
      kind: 'direct',
      source: { name: 'Maria Lopez', kind: 'person' },
      article: { title: 'A', outlet: 'Wire', publishedAt: '2024-05-01T00:00:00.000Z' },
    });
    const detail = await api.caller.articles.byId({ id: last?.articleId ?? '' });
    expect(detail.article.text.slice(last?.span.start, last?.span.end)).toContain('The harbour will reopen in June');
  });

  it('should filter by source, source kind, quote kind, outlet, date range and full-text search', async () => {
    const { maria, john } = await seed();
    expect(titles(await api.caller.quotes.list({ sourceIds: [maria] }))).toEqual(['C', 'A']);
    expect(titles(await api.caller.quotes.list({ sourceIds: [maria, john], outlets: ['Wire'] }))).toEqual(['D', 'A']);
    expect(titles(await api.caller.quotes.list({ sourceKinds: ['person'], kinds: ['direct'] }))).toEqual(['D', 'C', 'B', 'A']);
    expect(titles(await api.caller.quotes.list({ sourceKinds: ['anonymous'] }))).toEqual([]);
    expect(titles(await api.caller.quotes.list({ kinds: ['indirect'] }))).toEqual([]);
    expect(titles(await api.caller.quotes.list({ from: '2024-05-02', to: '2024-06-01' }))).toEqual(['C', 'B']);
    // English stemming: "harbour" finds "harbours".
    expect(titles(await api.caller.quotes.list({ q: 'harbour' }))).toEqual(['C', 'A']);
    expect(titles(await api.caller.quotes.list({ q: 'grain -strike' }))).toEqual(['B']);
  });

  it('should page with the cursor without gaps or repeats', async () => {
    await seed();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.caller.quotes.list>> = await api.caller.quotes.list({ limit: 3, cursor });
      seen.push(...titles(page).map(String));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['D', 'C', 'B', 'A']);
  });

  it('should refuse a page size over 200 and say to use the cursor', async () => {
    await expect(api.caller.quotes.list({ limit: 500 })).rejects.toThrow('limit: limit is over 200: page with nextCursor instead');
  });
});

describe('quotes.update', () => {
  it('should reassign the speaker, change the kind and mark not-a-quote, and keep all three after a reparse', async () => {
    const { maria, john } = await seed();
    const page = await api.caller.quotes.list({ sourceIds: [maria] });
    const [c, a] = page.items;
    if (!c || !a) throw new Error('expected two quotes by Maria Lopez');
    const reassigned = await api.caller.quotes.update({ id: a.id, sourceId: john, kind: 'mixed' });
    expect(reassigned.quote).toMatchObject({ sourceId: john, kind: 'mixed' });
    expect(await api.caller.quotes.update({ id: c.id, notAQuote: true })).toEqual({ quote: null, review: null });

    const check = async () => {
      expect(titles(await api.caller.quotes.list({ sourceIds: [maria] }))).toEqual([]);
      expect(titles(await api.caller.quotes.list({ sourceIds: [john] }))).toEqual(['D', 'B', 'A']);
      expect(titles(await api.caller.quotes.list({ kinds: ['mixed'] }))).toEqual(['A']);
      const timeline = await api.caller.stats.timeline({ bucket: 'month' });
      expect(timeline.series.map((s) => [s.source.name, s.total])).toEqual([['John Carter', 3]]);
    };
    await check();
    expect(await api.caller.articles.reparse({})).toMatchObject({ reparsed: 4 });
    await check();
  });

  it('should keep the corrections when a reparse moves every quote span', async () => {
    const { maria, john } = await seed();
    const [c, a] = (await api.caller.quotes.list({ sourceIds: [maria] })).items;
    if (!c || !a) throw new Error('expected two quotes by Maria Lopez');
    await api.caller.quotes.update({ id: a.id, sourceId: john, kind: 'mixed' });
    await api.caller.quotes.update({ id: c.id, notAQuote: true });

    // As if the parser now read a line more at the top of each article: every offset moves on.
    await api.database.db.execute(sql`UPDATE articles SET raw = 'UPDATED - ' || raw`);
    await api.caller.articles.reparse({});
    const [moved] = (await api.caller.quotes.list({ sourceIds: [john], kinds: ['mixed'] })).items;
    expect(moved?.article.title).toBe('A');
    expect(moved?.text).toBe(a.text);
    expect(moved?.span.start).toBeGreaterThan(a.span.start);
    expect(titles(await api.caller.quotes.list({ sourceIds: [maria] }))).toEqual([]);
    expect(titles(await api.caller.quotes.list({ sourceIds: [john] }))).toEqual(['D', 'B', 'A']);
    // The corrections followed their quotes, so the next reparse finds them at the exact span again.
    const stored = await rows<{ span_start: number }>(api.database.db, sql`SELECT span_start FROM quote_corrections WHERE set_source`);
    expect(stored.map((r) => r.span_start)).toEqual([moved?.span.start]);
  });

  it('should say what to pass when nothing changes', async () => {
    await seed();
    const [quote] = (await api.caller.quotes.list({ limit: 1 })).items;
    await expect(api.caller.quotes.update({ id: quote?.id ?? '' })).rejects.toThrow(
      'nothing to change: pass sourceId, kind, notAQuote, status, note or tags',
    );
  });
});

describe('quotes router over HTTP', () => {
  it('should answer quotes.list at /trpc', async () => {
    const response = await api.app.request('/trpc/quotes.list?input=%7B%22limit%22%3A5%7D');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { items: [], nextCursor: null } } });
  });
});
