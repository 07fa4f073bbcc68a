import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { PARSER_VERSION } from '@claimline/parser';
import { seedArticle } from '../test/corpus';
import { rows } from '../db/rows';
import { openDatabase, type Database } from '../db/client';
import { DEFAULT_FETCH_OPTIONS } from '../fetch/fetch-page';
import { startJobQueue, type JobQueue } from '../jobs/job-queue';
import { createParsePool } from '../ingest/parse-pool';
import { corpusArticles, startNewsSite, type NewsSite } from '../test/news-site';
import { createEmptyDatabase, createTestApi, type TestApi } from '../test/test-app';
import { createCallerFactory } from '../trpc';
import { appRouter } from './index';

const createCaller = createCallerFactory(appRouter);
// The site is on 127.0.0.1, which fetches refuse unless private addresses are allowed.
const fetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true };
const [a, b, c, d, e, f] = corpusArticles([2, 10, 68, 69, 71, 19]);
const postgresUrl = process.env.TEST_DATABASE_URL;
// A loaded 2-core machine: parsing and pg-boss's polling take their time; the bound catches a hang.
const until = { timeout: 150_000, interval: 250 };

let api: TestApi;
let queue: JobQueue;
let site: NewsSite;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  if (!a || !b || !c || !d || !e || !f) throw new Error('the corpus lines the feeds serve are missing');
  site = await startNewsSite([a, b, c], [d, e]);
  api = await createTestApi();
  queue = await startJobQueue({
    database: api.database,
    parser: api.parser,
    fetchOptions,
    feedIntervalMs: 60_000,
    pollingIntervalSeconds: 0.5,
  });
  caller = createCaller({ ...api.appOptions, jobs: queue, authRequired: false, authorized: true, canRead: true });
});
afterAll(async () => {
  await queue?.stop();
  await api?.close();
  await site?.close();
});

const feedOf = async (url: string) => (await caller.feeds.list()).items.find((x) => x.url === url);

/** Waits until the feed has been polled and every item it listed has been fetched. */
async function settled(url: string) {
  return vi.waitFor(async () => {
    const feed = await feedOf(url);
    if (!feed || feed.status === 'pending' || feed.pendingCount > 0) throw new Error(`feed ${url} not settled: ${JSON.stringify(feed)}`);
    return feed;
  }, until);
}

describe('feeds', () => {
  it('should follow an RSS feed: fetch each item by link once, ingest its article, then answer 304 and take only new items', async () => {
    const url = `${site.url}/rss.xml`;
    const added = await caller.feeds.add({ url });
    expect(added).toMatchObject({ url, status: 'pending', itemCount: 0 });
    const feed = await settled(url);
    expect(feed).toMatchObject({ title: 'Recovery Wire', status: 'ok', error: null, itemCount: 3, articleCount: 3, failedCount: 0 });
    for (const article of [a, b, c]) expect(site.hits(`/news/${article?.slug}.html`)).toBe(1);
    const { items } = await api.caller.articles.list({ limit: 10 });
    expect(items.map((i) => i.title).sort()).toEqual([a?.title, b?.title, c?.title].sort());
    const stored = await api.caller.articles.byId({ id: feed.items.find((i) => i.title === c?.title)?.articleId ?? '' });
    expect(stored.article).toMatchObject({ outlet: 'Reuters', authors: ['Jeff Mason', 'Steve Holland'] });
    expect(stored.article.text).not.toMatch(/Advertisement|Share on|Markets close higher/);
    expect(stored.quotes.length).toBeGreaterThan(0);

    // Due again: the sweep polls it with its ETag; the unchanged feed answers 304 and nothing is fetched.
    await api.database.db.execute(sql`UPDATE feeds SET next_poll_at = now()`);
    await queue.pollDue();
    await vi.waitFor(async () => expect((await feedOf(url))?.status).toBe('not-modified'), until);
    expect(site.notModified()).toBe(1);

    // A new story: the next poll takes it alone.
    if (f) site.publish(f);
    await api.database.db.execute(sql`UPDATE feeds SET next_poll_at = now()`);
    await queue.pollDue();
    await vi.waitFor(async () => expect((await feedOf(url))?.articleCount).toBe(4), until);
    for (const article of [a, b, c, f]) expect(site.hits(`/news/${article?.slug}.html`)).toBe(1);
    expect(site.hits('/rss.xml')).toBe(3);
  });

  it('should read an Atom feed the same way', async () => {
    const url = `${site.url}/atom.xml`;
    await caller.feeds.add({ url });
    const feed = await settled(url);
    expect(feed).toMatchObject({ title: 'Recovery Atom', status: 'ok', itemCount: 2, articleCount: 2 });
    expect(feed.items.map((i) => i.title).sort()).toEqual([d?.title, e?.title].sort());
  });

  it('should show why a link that is not a feed cannot be followed, and forget a removed feed', async () => {
    const url = `${site.url}/front.html`;
    const added = await caller.feeds.add({ url });
    const feed = await vi.waitFor(async () => {
      const found = await feedOf(url);
      if (found?.status !== 'error') throw new Error('not polled yet');
      return found;
    }, until);
    expect(feed.error).toBe(`${url} is not a feed (text/html): give the link of an RSS or Atom feed, not of a web page`);
    expect(await caller.feeds.remove({ id: added.id })).toEqual({ removed: true });
    expect(await feedOf(url)).toBeUndefined();
    expect(await caller.feeds.remove({ id: added.id })).toEqual({ removed: false });
  });

  it('should refuse a link that is not http(s) with what to give instead', async () => {
    await expect(caller.feeds.add({ url: 'ftp://example.com/feed.xml' })).rejects.toThrow(/url must be an http:\/\/ or https:\/\/ link/);
  });
});

describe('the reparse job', () => {
  it('should bring articles stored by an older parser up to the current one', async () => {
    const { articleId } = await caller.articles.ingest({ text: seedArticle(), outlet: 'Reuters' });
    await api.database.db.execute(sql`UPDATE articles SET parser_version = '0.0.1' WHERE id = ${articleId}`);
    await queue.reparseOutdated();
    await vi.waitFor(async () => {
      const [row] = await rows<{ parser_version: string }>(
        api.database.db,
        sql`SELECT parser_version FROM articles WHERE id = ${articleId}`,
      );
      expect(row?.parser_version).toBe(PARSER_VERSION);
    }, until);
  });
});

describe.runIf(postgresUrl)('feeds on PostgreSQL with two workers', () => {
  it('should fetch each item once when two processes poll the same feed', async () => {
    const empty = await createEmptyDatabase(postgresUrl ?? '');
    const two = await newsSiteAndWorkers(empty.url);
    try {
      const url = `${two.site.url}/rss.xml`;
      await two.callers[0]?.feeds.add({ url });
      await two.callers[1]?.feeds.add({ url });
      // Both processes sweep at once, twice each: SKIP LOCKED gives the one due feed to one of them.
      await Promise.all(two.queues.flatMap((q) => [q.pollDue(), q.pollDue()]));
      await vi.waitFor(async () => {
        const feed = (await two.callers[0]?.feeds.list())?.items[0];
        if (!feed || feed.status === 'pending' || feed.pendingCount > 0) throw new Error('not settled');
        expect(feed).toMatchObject({ itemCount: 3, articleCount: 3 });
      }, until);
      expect(two.site.hits('/rss.xml')).toBe(1);
      for (const article of [a, b, c]) expect(two.site.hits(`/news/${article?.slug}.html`)).toBe(1);
    } finally {
      await two.close();
      await empty.drop();
    }
  });
});

/** A fresh site and two API "processes" (each its own pool, parser and job queue) on one PostgreSQL database. */
async function newsSiteAndWorkers(url: string) {
  const site = await startNewsSite(
    [a, b, c].flatMap((x) => (x ? [x] : [])),
    [],
  );
  const databases: Database[] = [];
  const queues: JobQueue[] = [];
  const parsers = [createParsePool(1), createParsePool(1)];
  for (const parser of parsers) {
    const database = await openDatabase({ url });
    databases.push(database);
    queues.push(await startJobQueue({ database, parser, fetchOptions, feedIntervalMs: 60_000, pollingIntervalSeconds: 0.5 }));
  }
  const callers = databases.map((database, k) =>
    createCaller({
      db: database.db,
      dbKind: 'postgres',
      parser: parsers[k] ?? createParsePool(1),
      jobs: queues[k],
      authRequired: false,
      authorized: true,
      canRead: true,
    }),
  );
  return {
    site,
    queues,
    callers,
    close: async () => {
      await Promise.all(queues.map((q) => q.stop()));
      await Promise.all(parsers.map((p) => p.close()));
      await Promise.all(databases.map((db) => db.close()));
      await site.close();
    },
  };
}
