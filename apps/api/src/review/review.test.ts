import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../test/corpus';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

// Two real stories of recovery-2020 (CBS News on Andrew Cuomo; Reuters on the World Economic Forum).
const story = (id: string) =>
  JSON.parse(
    readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8')
      .split('\n')
      .find((line) => line.includes(`"${id}"`)) ?? '{}',
  ) as { text: string; title: string; outlet: string; publishedAt: string; url: string };

const ingest = async () => {
  const { results } = await api.caller.articles.ingestMany({
    articles: ['recovery-0348', 'recovery-0089'].map((id) => {
      const { text, title, outlet, publishedAt, url } = story(id);
      return { text, title, outlet, publishedAt, url };
    }),
  });
  return results.map((r) => (r.ok ? r.result.articleId : ''));
};

describe('quotes.reviewQueue', { timeout: 120_000 }, () => {
  it('should list unreviewed quotes least confident first, and drop a quote once it has a status', async () => {
    await ingest();
    const queue = await api.caller.quotes.reviewQueue({ limit: 200 });
    const all = await api.caller.quotes.list({ limit: 200 });
    expect(queue.items).toHaveLength(all.items.length);
    const confidences = queue.items.map((q) => q.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    const [first] = queue.items;
    await api.caller.quotes.update({ id: first?.id ?? '', status: 'checked' });
    const after = await api.caller.quotes.reviewQueue({ limit: 200 });
    expect(after.items.map((q) => q.id)).not.toContain(first?.id);
    expect(after.items).toHaveLength(queue.items.length - 1);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.caller.quotes.reviewQueue>> = await api.caller.quotes.reviewQueue({ limit: 3, cursor });
      paged.push(...page.items.map((q) => q.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(after.items.map((q) => q.id));
    await expect(api.caller.quotes.reviewQueue({ cursor: 'bm9wZQ' })).rejects.toThrow('cursor is not one this API gave out');
  });
});

describe('quotes.update review', { timeout: 120_000 }, () => {
  it('should set status, note and tags, filter lists and exports by them, and keep them through a reparse', async () => {
    const [cbs] = await ingest();
    const spike = (await api.caller.quotes.list({ q: 'spike' })).items[0];
    if (!spike) throw new Error('the CBS story has no "spike" quote');
    const result = await api.caller.quotes.update({
      id: spike.id,
      status: 'disputed',
      note: 'cases fell in May',
      tags: ['reopening', 'cases'],
    });
    expect(result.review).toEqual({ status: 'disputed', note: 'cases fell in May', tags: ['reopening', 'cases'] });
    expect(result.quote?.sourceId).toBe(spike.sourceId);

    const disputed = await api.caller.quotes.list({ statuses: ['disputed'] });
    expect(disputed.items.map((q) => q.id)).toEqual([spike.id]);
    expect(disputed.items[0]?.review).toEqual({ status: 'disputed', note: 'cases fell in May', tags: ['reopening', 'cases'] });
    expect((await api.caller.quotes.list({ tags: ['cases'] })).items.map((q) => q.id)).toEqual([spike.id]);
    const unreviewed = await api.caller.quotes.list({ statuses: ['unreviewed'], limit: 200 });
    expect(unreviewed.items.map((q) => q.id)).not.toContain(spike.id);
    expect(unreviewed.items.every((q) => q.review.status === 'unreviewed')).toBe(true);

    await api.caller.articles.reparse({ id: cbs ?? '' });
    expect((await api.caller.quotes.list({ statuses: ['disputed'] })).items.map((q) => q.text)).toEqual([spike.text]);
    const claims = await api.caller.claims.list({ statuses: ['disputed'] });
    expect(claims.items.map((c) => c.appearances[0]?.review.status)).toEqual(['disputed']);

    const csv = await (await api.app.request('/export/quotes.csv?statuses=disputed&tags=cases')).text();
    const [header, line, ...rest] = csv.trim().split('\r\n');
    expect(rest).toEqual([]);
    expect(header?.split(',')).toEqual(
      expect.arrayContaining(['status', 'tags', 'note', 'cue', 'sentence', 'article_url', 'via_source_name']),
    );
    expect(line).toContain('disputed');
    expect(line).toContain('reopening|cases');
    expect(line).toContain('https://www.cbsnews.com/');
  });

  it('should refuse an empty change and a tag over 40 characters with what to do', async () => {
    await ingest();
    const quote = (await api.caller.quotes.list({ limit: 1 })).items[0];
    await expect(api.caller.quotes.update({ id: quote?.id ?? '' })).rejects.toThrow('nothing to change');
    await expect(api.caller.quotes.update({ id: quote?.id ?? '', tags: ['x'.repeat(41)] })).rejects.toThrow('a tag is over 40 characters');
  });
});
