import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

const articles = [
  { text: 'A\n\n"The harbour will reopen in June," said Maria Lopez.', outlet: 'Wire', publishedAt: '2024-05-01', title: 'Harbour news' },
  { text: 'B\n\n"Grain exports are rising," said John Carter.', outlet: 'Post', publishedAt: '2024-05-02', title: 'Grain' },
];

async function feedText(path: string, app = api.app, headers: Record<string, string> = {}) {
  const response = await app.request(`http://localhost${path}`, { headers });
  return { response, text: await response.text() };
}

describe('GET /feeds/searches/:id.atom', () => {
  it('should serve the saved search as Atom that a feed parser reads: titles, links to the article page, ids', async () => {
    await api.caller.articles.ingestMany({ articles });
    const search = await api.caller.savedSearches.create({ name: 'Harbour & <ports>', filters: { q: 'harbour' } });
    const { response, text } = await feedText(`/feeds/searches/${search.id}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/atom\+xml/);

    const feed = parseFeed(text);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Claimline: Harbour & <ports>');
    expect(feed.self).toBe(`http://localhost/feeds/searches/${search.id}.atom`);
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    const { items: quotes } = await api.caller.quotes.list({ q: 'harbour' });
    const quote = quotes[0];
    expect(item?.title).toBe('Maria Lopez: "The harbour will reopen in June,"');
    expect(item?.url).toBe(`http://localhost/articles/${quote?.articleId}?quote=${quote?.id}`);
    expect(item?.id).toBe(`urn:claimline:quote:${quote?.id}`);
    expect(item?.content).toBe('Maria Lopez (said): "The harbour will reopen in June," (Harbour news, Wire)');
    expect(item?.updated).toBeInstanceOf(Date);
  });

  it('should answer 404 with what to do for an unknown id', async () => {
    const { response, text } = await feedText('/feeds/searches/search_nope.atom');
    expect(response.status).toBe(404);
    expect(text).toMatch(/no saved search search_nope: take the feed link from the saved search/);
  });
});

describe('GET /feeds/speakers/:id.atom', () => {
  it("should serve a speaker's latest quotes, newest ingested first", async () => {
    await api.caller.articles.ingestMany({ articles });
    await api.caller.articles.ingest({ text: 'C\n\n"Grain prices will fall next year," said John Carter.', outlet: 'Wire' });
    const { items } = await api.caller.sources.list({ q: 'John Carter' });
    const carter = items.find((s) => s.name === 'John Carter');
    const { response, text } = await feedText(`/feeds/speakers/${carter?.id}.atom`);
    expect(response.status).toBe(200);
    const feed = parseFeed(text);
    expect(feed.title).toBe('Claimline: John Carter');
    expect(feed.url).toBe(`http://localhost/speakers/${carter?.id}`);
    expect(feed.items.map((i) => i.title)).toEqual([
      'John Carter: "Grain prices will fall next year,"',
      'John Carter: "Grain exports are rising,"',
    ]);
  });

  it("should keep a merged speaker's feed link working: it serves the survivor's quotes", async () => {
    await api.caller.articles.ingestMany({ articles });
    const { items } = await api.caller.sources.list({});
    const lopez = items.find((s) => s.name === 'Maria Lopez');
    const carter = items.find((s) => s.name === 'John Carter');
    if (!lopez || !carter) throw new Error('the two speakers were not stored');
    await api.caller.sources.merge({ intoId: carter.id, mergeIds: [lopez.id] });
    const { text } = await feedText(`/feeds/speakers/${lopez.id}.atom`);
    const feed = parseFeed(text);
    expect(feed.title).toBe('Claimline: John Carter');
    expect(feed.items).toHaveLength(2);
  });

  it('should answer 404 for an unknown speaker', async () => {
    const { response } = await feedText('/feeds/speakers/nobody.atom');
    expect(response.status).toBe(404);
  });
});

describe('feeds behind the read token', () => {
  it('should refuse a feed without the read token and serve it with the token as a bearer header', async () => {
    const search = await api.caller.savedSearches.create({ name: 'All', filters: {} });
    const closed = createApp({ ...api.appOptions, token: 'a-long-enough-write-secret', readToken: 'a-long-enough-read-secret' });
    const refused = await feedText(`/feeds/searches/${search.id}.atom`, closed);
    expect(refused.response.status).toBe(401);
    expect(refused.text).toMatch(/needs a token for feeds/);
    const served = await feedText(`/feeds/searches/${search.id}.atom`, closed, { Authorization: 'Bearer a-long-enough-read-secret' });
    expect(served.response.status).toBe(200);
    expect(parseFeed(served.text).title).toBe('Claimline: All');
  });
});
