/**
 * pnpm bench:api — issue 4's benchmark. Ingests the Reuters corpus through articles.ingestMany
 * over HTTP and prints articles/s; grows the store to 1,000,000 quotes from the corpus's real
 * quotes; prints p50/p95 of stats.timeline (top 20, weekly, one year) and quotes.list (one source,
 * one page). Embedded PGlite by default; BENCH_DATABASE_URL=postgres://... runs it on PostgreSQL
 * (in a fresh database, dropped afterwards). BENCH_ARTICLES and BENCH_QUOTES shrink a trial run.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createTRPCClient, httpLink } from '@trpc/client';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../src/app';
import { openDatabase, type Database } from '../src/db/client';
import { rows } from '../src/db/rows';
import { createParsePool } from '../src/ingest/parse-pool';
import type { AppRouter } from '../src/router/index';
import { batches, growQuotes, latency, parserArticlesPerSecond, readCorpus } from './bench-data';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));
const targetQuotes = Number(process.env.BENCH_QUOTES ?? 1_000_000);
const articleLimit = Number(process.env.BENCH_ARTICLES ?? Infinity);
const serverUrl = process.env.BENCH_DATABASE_URL;

async function open(): Promise<{ database: Database; cleanup: () => Promise<void>; label: string }> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, label: `PGlite (${dir})`, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `claimline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    label: `PostgreSQL (${name})`,
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { database, cleanup, label } = await open();
const parser = createParsePool(0);
const app = createApp({ db: database.db, dbKind: database.kind, parser, timeoutMs: 300_000 });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `http://127.0.0.1:${port}/trpc` })] });
console.log(`Claimline API bench on ${label}`);

const inputs = readCorpus(corpus, articleLimit);
// 0. The parser alone on one core (CPU time of this thread, as pnpm bench:parser counts it), in this run.
const parserRate = parserArticlesPerSecond(inputs);
console.log(`parser: ${parserRate.toFixed(0)} articles/s on one core`);

// 1. Ingest: two batches in flight keep the parser pool and the database busy at once.
const queue = batches(inputs);
let failed = 0;
let created = 0;
const t0 = performance.now();
await Promise.all(
  [0, 1].map(async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const { results } = await api.articles.ingestMany.mutate({ articles: batch });
      for (const r of results) {
        if (!r.ok) failed++;
        else if (r.result.status === 'created') created++;
      }
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
const ingestRate = inputs.length / seconds;
const [stored] = await rows<{ quotes: number; sources: number }>(
  database.db,
  sql`SELECT (SELECT count(*)::int FROM quotes) AS quotes, (SELECT count(*)::int FROM sources) AS sources`,
);
console.log(
  `ingest: ${inputs.length} articles (${created} new, ${failed} refused) in ${seconds.toFixed(1)} s = ${ingestRate.toFixed(0)} articles/s ` +
    `(${(ingestRate / parserRate).toFixed(2)} of the parser's pace); ${stored?.quotes} quotes, ${stored?.sources} sources`,
);

// 2. Grow to a million quotes from the real ones.
const t1 = performance.now();
await growQuotes(database.db, targetQuotes, (n) => process.stdout.write(`\rgenerating quotes: ${n.toLocaleString('en')}`));
console.log(` (${((performance.now() - t1) / 1000).toFixed(0)} s)`);

// 3. Read latency over HTTP, as a client sees it. The kept-alive connection idled through the
// generation above and the server has closed it: the first call may need one retry.
await api.health.query().catch(() => api.health.query());
const top = await api.sources.list.query({ limit: 200 });
const ids = top.items.map((s) => s.id);
const timeline = await latency(() => api.stats.timeline.query({ bucket: 'week', top: 20, from: '1987-01-01', to: '1988-01-01' }));
const quotesList = await latency((i) => api.quotes.list.query({ sourceIds: [ids[(i * 37) % ids.length] ?? ''], limit: 50 }));
console.log(`stats.timeline (top 20, weekly, one year): p50 ${timeline.p50.toFixed(1)} ms, p95 ${timeline.p95.toFixed(1)} ms`);
console.log(`quotes.list (one source, one page of 50): p50 ${quotesList.p50.toFixed(1)} ms, p95 ${quotesList.p95.toFixed(1)} ms`);

server.close();
await parser.close();
await database.close();
await cleanup();
