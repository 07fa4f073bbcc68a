import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestApi } from '../test/test-app';
import { fetchOptionsFromEnv } from './ingest-url';

const api = useTestApi({ token: 'ingest-url-token-0123456789' });
const pages: Record<string, string> = {
  '/world/story': readFileSync(new URL('./fixtures/news-article.html', import.meta.url), 'utf8'),
  '/': readFileSync(new URL('./fixtures/section-front.html', import.meta.url), 'utf8'),
};
let server: Server;
let base: string;

beforeAll(async () => {
  // The pages are served on 127.0.0.1, which ingestUrl refuses unless private addresses are allowed.
  vi.stubEnv('CLAIMLINE_FETCH_ALLOW_PRIVATE', '1');
  server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const CANONICAL = 'https://news.example.org/world/2024/05/24/putin-ready-to-end-war-conditions';

describe('articles.ingestUrl', () => {
  it('should fetch a page, extract the article with its metadata and find its quotes', async () => {
    const result = await api.caller.articles.ingestUrl({ url: `${base}/world/story?utm_source=feed` });
    expect(result).toMatchObject({
      status: 'created',
      url: CANONICAL,
      title: 'Putin is ready to end the war through negotiations, but has his own conditions',
    });
    expect(result.quoteCount).toBeGreaterThan(5);
    const { article, quotes } = await api.caller.articles.byId({ id: result.articleId });
    expect(article).toMatchObject({
      url: CANONICAL,
      outlet: 'Kyiv Daily Wire',
      authors: ['Olena Kovalenko'],
      publishedAt: '2024-05-24T06:30:00.000Z',
    });
    expect(article.text).not.toMatch(/Advertisement|Share on|Related|burger/);
    expect(quotes.some((q) => q.text.includes('open to dialogue'))).toBe(true);
  });

  it('should answer the same article for the same link, and for another link to the same canonical page', async () => {
    const first = await api.caller.articles.ingestUrl({ url: `${base}/world/story` });
    const again = await api.caller.articles.ingestUrl({ url: `${base}/world/story` });
    const other = await api.caller.articles.ingestUrl({ url: `${base}/world/story?ref=homepage` });
    expect(again).toEqual({ ...first, status: 'existing' });
    expect(other).toEqual({ ...first, status: 'existing' });
    expect((await api.caller.articles.list({})).items).toHaveLength(1);
  });

  it('should refuse a page that is not an article, and a link nobody serves, with what to do', async () => {
    const front = await api.caller.articles.ingestUrl({ url: `${base}/` }).catch((e: unknown) => e);
    expect(front).toBeInstanceOf(TRPCError);
    expect((front as TRPCError).code).toBe('BAD_REQUEST');
    expect((front as TRPCError).message).toMatch(/does not look like a news article .*: give the link of one story/);
    const missing = await api.caller.articles.ingestUrl({ url: `${base}/nowhere` }).catch((e: unknown) => e);
    expect((missing as TRPCError).message).toBe(`${base}/nowhere answered HTTP 404: check that the link opens in a browser`);
  });

  it('should refuse a link that is not http(s) before fetching, and need the token over HTTP', async () => {
    const bad = await api.caller.articles.ingestUrl({ url: 'file:///etc/passwd' }).catch((e: unknown) => e);
    expect((bad as TRPCError).message).toBe(
      'url: url must be an http:// or https:// link to one article, such as https://example.com/story',
    );
    const response = await api.app.request('/trpc/articles.ingestUrl', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: `${base}/world/story` }),
    });
    expect(response.status).toBe(401);
  });
});

describe('fetchOptionsFromEnv', () => {
  it('should refuse private addresses unless CLAIMLINE_FETCH_ALLOW_PRIVATE is 1', () => {
    expect(fetchOptionsFromEnv({}).allowPrivate).toBe(false);
    expect(fetchOptionsFromEnv({ CLAIMLINE_FETCH_ALLOW_PRIVATE: '1' }).allowPrivate).toBe(true);
    expect(() => fetchOptionsFromEnv({ CLAIMLINE_FETCH_ALLOW_PRIVATE: 'yes' })).toThrow(/must be 0 or 1/);
  });
});
