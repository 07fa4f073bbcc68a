import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticle } from './test/corpus';
import { startServerProcess, type ServerProcess, type StartedServer } from './test/server-process';
import { createEmptyDatabase } from './test/test-app';

// Several API processes on one PostgreSQL database is how Claimline scales past one machine; PGlite
// is one process's own files, so this file runs in the postgres project only (TEST_DATABASE_URL).
const serverUrl = process.env.TEST_DATABASE_URL;
const MIGRATION_LOCK = 4_242_001;
const journal = JSON.parse(readFileSync(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };
const migrationCount = journal.entries.length;

let database: { url: string; drop: () => Promise<void> };
let probe: pg.Client;
let started: StartedServer[] = [];
let servers: ServerProcess[] = [];

beforeAll(async () => {
  if (!serverUrl) return;
  database = await createEmptyDatabase(serverUrl);
  probe = new pg.Client({ connectionString: database.url });
  await probe.connect();
});

afterAll(async () => {
  if (!serverUrl) return;
  await Promise.all(started.map((s) => s.stop()));
  await probe.end();
  await database.drop();
});

async function count(sql: string): Promise<number> {
  const result = await probe.query<{ n: number }>(`SELECT (${sql})::int AS n`);
  return result.rows[0]?.n ?? -1;
}

/** Polls `sql` until it counts `expected` (a process start takes seconds under load). */
async function waitForCount(sql: string, expected: number, timeoutMs = 150_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = await count(sql);
  while (n !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    n = await count(sql);
  }
  return n;
}

describe.skipIf(!serverUrl)('two API server processes on one PostgreSQL database', () => {
  it('should migrate once when both start at the same moment, one waiting for the other on the advisory lock', async () => {
    // Hold the migration lock ourselves: neither process may create a table or listen before we let go.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      started = [startServerProcess(database.url), startServerProcess(database.url)];
      const waiting = `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK} AND NOT granted`;
      expect(await waitForCount(waiting, 2)).toBe(2);
      expect(await count(`SELECT count(*) FROM pg_tables WHERE tablename = 'articles'`)).toBe(0);
      expect(started.map((s) => /listening on/.test(s.output()))).toEqual([false, false]);
    } finally {
      await holder.end();
    }

    servers = await Promise.all(started.map((s) => s.ready));
    expect(await count('SELECT count(*) FROM drizzle.__drizzle_migrations')).toBe(migrationCount);
    for (const s of servers) expect(s.output()).not.toMatch(/error/i);
  });

  it('should store one article when the same text is ingested through both processes at once', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('the servers did not start');
    const text = seedArticle();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).api.articles.ingest.mutate({ text, outlet: 'Reuters', publishedAt: '2024-05-24' }),
      ),
    );
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
    const quoteCount = results[0]?.quoteCount ?? 0;
    expect(quoteCount).toBeGreaterThan(0);
    expect(results.every((r) => r.quoteCount === quoteCount)).toBe(true);
    expect(await count('SELECT count(*) FROM articles')).toBe(1);
    expect(await count('SELECT count(*) FROM quotes')).toBe(quoteCount);
    expect(await count('SELECT count(*) - count(DISTINCT key) FROM sources')).toBe(0);
  });

  it('should read through one process what was ingested through the other', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('the servers did not start');
    const text =
      'Port strike ends\n\nDOCKERS RETURN - "We have a deal and we are going back to work," said union leader Maria Lopez on Tuesday.';
    const { articleId } = await a.api.articles.ingest.mutate({ text, outlet: 'Wire', publishedAt: '2024-06-04' });
    const detail = await b.api.articles.byId.query({ id: articleId });
    expect(detail.article.outlet).toBe('Wire');
    expect(detail.quotes.some((q) => q.text.includes('We have a deal and we are going back to work'))).toBe(true);
    const listed = await b.api.quotes.list.query({ q: 'deal' });
    expect(listed.items.map((q) => q.articleId)).toContain(articleId);
  });
});
