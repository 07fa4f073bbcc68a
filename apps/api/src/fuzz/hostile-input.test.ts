import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-app';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

const post = (path: string, input: unknown) =>
  api.app.request(`/trpc/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
const get = (path: string, input: unknown) => api.app.request(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
const messageOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

// Regressions of issue 10: each of these answered 500, or was stored, when probed against a real server.
describe('hostile input over HTTP', () => {
  it('should store an article whose text, title and outlet hold NUL and lone surrogates, cleaned', async () => {
    const response = await post('articles.ingest', {
      text: 'Kyiv\u0000\n\n"We will rebuild \uD83D the bridge," said\u0000 Maria Lopez.',
      title: 'Bridge\u0000 talks',
      outlet: 'Wire\uDE00',
    });
    expect(response.status).toBe(200);
    const { result } = (await response.json()) as { result: { data: { articleId: string } } };
    const detail = await api.caller.articles.byId({ id: result.data.articleId });
    expect(detail.article).toMatchObject({ title: 'Bridge talks', outlet: 'Wire\uFFFD' });
    expect(detail.article.text).not.toContain('\u0000');
    expect(detail.quotes.map((q) => q.text)).toEqual([expect.stringContaining('We will rebuild \uFFFD the bridge')]);
  });

  it('should refuse a javascript: or data: article url with a 400 that says what to send', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      const response = await post('articles.ingest', { text: 'Peskov said "yes".', url });
      expect(response.status).toBe(400);
      expect(await messageOf(response)).toBe('url: url must be an absolute URL such as https://example.com/story (http or https only)');
    }
  });

  it.each([
    ['quotes.list', { q: 'grain\u0000' }, 'q: q holds a NUL character'],
    ['articles.list', { outlets: ['Wire\uD800'] }, 'outlets.0: outlets holds a NUL character'],
    ['sources.list', { q: '\uDC00' }, 'q: q holds a NUL character'],
    ['articles.byId', { id: 'a\u0000' }, 'id: id holds a NUL character'],
    ['stats.timeline', { bucket: 'week', sourceIds: ['s\u0000'] }, 'sourceIds.0: sourceIds holds a NUL character'],
    ['quotes.list', { from: '0000-01-01' }, 'from: expected a date between the years 1000 and 9999'],
  ])('should answer %s with NUL, a lone surrogate or year 0 by a 400', async (path, input, message) => {
    const response = await get(path, input);
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toMatch(new RegExp(`^${message.replace(/[.]/g, '\\.')}`));
  });

  it('should refuse a NUL in a correction (sources.update) rather than store it', async () => {
    const response = await post('sources.update', { id: 'x', name: 'Maria\u0000 Lopez' });
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toMatch(/^name: name holds a NUL character/);
  });
});
