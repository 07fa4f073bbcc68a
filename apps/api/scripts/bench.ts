/**
 * pnpm bench:api — the API benchmark. Times the parser alone on one core, then ingests the Reuters
 * corpus through articles.ingestMany over HTTP and prints articles/s and their ratio to the parser's;
 * grows the store to 1,000,000 quotes from the corpus's real quotes, or with `--scale` by
 * `--quotes N` (default 10,000,000) synthetic ones built from them in a COPY bulk load (scale-store.ts);
 * prints bytes on disk per quote and p50/p95 of the reads: stats.timeline (top 20, weekly, one year),
 * stats.overview, the overview page's default timeline and stats.inView, sources.list by quotes,
 * quotes.list by a source, a search and one week, and claims.list by most outlets, most recent and one source.
 * Embedded PGlite by default; BENCH_DATABASE_URL=postgres://... runs it on PostgreSQL (in a fresh
 * database, dropped afterwards). BENCH_ARTICLES and BENCH_QUOTES shrink a trial run;
 * BENCH_KEEP=1 keeps the PostgreSQL database afterwards; BENCH_REUSE=<database> times the reads again
 * on such a kept database (migrated to the current schema on open, never dropped), skipping the
 * parser, the ingest and the growth; BENCH_READS=<words,...> times only the reads whose names contain one.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createTRPCClient, httpLink } from '@trpc/client';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../src/app';
import { openDatabase, type Database } from '../src/db/client';
import { rows } from '../src/db/rows';
import { createParsePool } from '../src/ingest/parse-pool';
import type { AppRouter } from '../src/router/index';
import { batches, databaseCpuSeconds, diskPerQuote, growQuotes, latency, parserArticlesPerSecond, readCorpus } from './bench-data';
import { buildScaleStore, scaleMaterial } from './scale-store';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));
const { values: flags } = parseArgs({ options: { scale: { type: 'boolean' }, quotes: { type: 'string' } }, strict: true });
const scale = flags.scale === true;
const targetQuotes = Number(flags.quotes ?? process.env.BENCH_QUOTES ?? (scale ? 10_000_000 : 1_000_000));
const articleLimit = Number(process.env.BENCH_ARTICLES ?? Infinity);
const serverUrl = process.env.BENCH_DATABASE_URL;
const reuse = process.env.BENCH_REUSE;
if (reuse && (!serverUrl || !/^claimline_bench_[0-9a-f]+$/.test(reuse))) {
  throw new Error('BENCH_REUSE names a database a BENCH_KEEP=1 run kept (claimline_bench_<hex>) and needs BENCH_DATABASE_URL');
}

async function open(): Promise<{ database: Database; cleanup: () => Promise<void>; label: string }> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
    const database = await openDatabase({ dataDir: dir });
    return { database, label: `PGlite (${dir})`, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const name = reuse ?? `claimline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // No statement timeout: the scale store's index builds and VACUUM run for minutes.
  const database = await openDatabase({ url: url.toString(), statementTimeoutMs: 3_600_000 });
  return {
    database,
    label: `PostgreSQL (${name})`,
    cleanup: async () => {
      // BENCH_KEEP=1 leaves the database for EXPLAIN (ANALYZE, BUFFERS) of the reads at that size.
      if (process.env.BENCH_KEEP || reuse) console.log(`kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A full collection, when node runs with --expose-gc (as `pnpm bench` does): the heap read after it is what is kept. */
const collect = (globalThis as { gc?: () => void }).gc;
function settledHeap(): number {
  collect?.();
  return process.memoryUsage().heapUsed;
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

/** Steps 0-2: the parser alone, the ingest over HTTP and the growth of the store (skipped by BENCH_REUSE). */
async function ingestAndGrow(): Promise<void> {
  const inputs = readCorpus(corpus, articleLimit);
  // 0. The parser alone on one core (CPU time of this thread, as pnpm bench:parser counts it), in this run.
  const parserRate = parserArticlesPerSecond(inputs);
  console.log(`parser: ${parserRate.toFixed(0)} articles/s on one core`);

  // 1. Ingest: two batches in flight keep the parser pool and the database busy at once.
  const queue = batches(inputs);
  let failed = 0;
  let created = 0;
  const heap0 = settledHeap();
  const cpu0 = process.cpuUsage();
  const dbCpu0 = await databaseCpuSeconds(database);
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
  const cpu = process.cpuUsage(cpu0);
  const dbCpu = (await databaseCpuSeconds(database)) - dbCpu0;
  const apiCpu = (cpu.user + cpu.system) / 1e6;
  // On two cores with nothing else running, the CPU an article costs bounds the rate: 2 / (seconds an article).
  const idleBound = (2 * inputs.length) / (apiCpu + dbCpu);
  const [stored] = await rows<{ quotes: number; sources: number }>(
    database.db,
    sql`SELECT (SELECT count(*)::int FROM quotes) AS quotes, (SELECT count(*)::int FROM sources) AS sources`,
  );
  console.log(
    `ingest: ${inputs.length} articles (${created} new, ${failed} refused) in ${seconds.toFixed(1)} s = ${ingestRate.toFixed(0)} articles/s ` +
      `(${(ingestRate / parserRate).toFixed(2)} of the parser's pace); ${stored?.quotes} quotes, ${stored?.sources} sources`,
  );
  console.log(
    `ingest CPU: ${((1000 * (apiCpu + dbCpu)) / inputs.length).toFixed(2)} ms an article (API process with its parse workers ` +
      `${((1000 * apiCpu) / inputs.length).toFixed(2)}, database server ${((1000 * dbCpu) / inputs.length).toFixed(2)}; the parser alone ` +
      `${(1000 / parserRate).toFixed(2)}): on 2 idle cores at most ${idleBound.toFixed(0)} articles/s = ${(idleBound / parserRate).toFixed(2)} of the parser's pace`,
  );
  const peak = process.memoryUsage().heapUsed;
  console.log(
    `heap: ${(heap0 / 1e6).toFixed(0)} MB before the ingest, ${(settledHeap() / 1e6).toFixed(0)} MB after` +
      (collect
        ? ` (both after a full collection; ${(peak / 1e6).toFixed(0)} MB before it)`
        : ' (run with --expose-gc to read it after a collection)'),
  );

  // 2. Grow the store: to a million quotes from the real ones, or (--scale) by --quotes synthetic ones through the bulk path.
  const t1 = performance.now();
  const progress = (n: number) => process.stdout.write(`\rgenerating quotes: ${n.toLocaleString('en')}`);
  if (scale) {
    const built = await buildScaleStore(database.db, await scaleMaterial(database.db), targetQuotes, progress);
    const s = (performance.now() - t1) / 1000;
    console.log(
      ` (${s.toFixed(0)} s, ${(targetQuotes / s).toFixed(0)} quotes/s, ${(built.articles / s).toFixed(0)} articles/s through COPY; ` +
        `${built.articles.toLocaleString('en')} articles, ${built.sources.toLocaleString('en')} sources)`,
    );
    const t2 = performance.now();
    await database.db.execute(sql`VACUUM ANALYZE`);
    console.log(`VACUUM ANALYZE: ${((performance.now() - t2) / 1000).toFixed(0)} s`);
  } else {
    await growQuotes(database.db, targetQuotes, progress);
    console.log(` (${((performance.now() - t1) / 1000).toFixed(0)} s)`);
  }
}

if (!reuse) await ingestAndGrow();
console.log(await diskPerQuote(database));

// 3. Read latency over HTTP, as a client sees it. The kept-alive connection idled through the
// generation above and the server has closed it: the first call may need one retry.
await api.health.query().catch(() => api.health.query());
const top = await api.sources.list.query({ limit: 200 });
const ids = top.items.map((s) => s.id);
const year = scale ? { from: '2023-01-01', to: '2024-01-01' } : { from: '1987-01-01', to: '1988-01-01' };
const firstDay = Date.parse(`${year.from}T00:00:00Z`);
const week = (i: number) => ({
  from: new Date(firstDay + ((i * 7) % 358) * 86_400_000).toISOString(),
  to: new Date(firstDay + (((i * 7) % 358) + 7) * 86_400_000).toISOString(),
});
const words = ['oil', 'prices', 'government', 'expect', 'market', 'bank', 'growth', 'trade', 'talks', 'agreement'];
const reads: [string, (i: number) => Promise<unknown>][] = [
  ['stats.timeline (top 20, weekly, one year)', () => api.stats.timeline.query({ bucket: 'week', top: 20, ...year })],
  ['stats.overview', () => api.stats.overview.query()],
  // The overview page's own first requests: the top 10 of all time and every claim in view, weekly.
  ['stats.timeline (top 10, weekly, all time)', () => api.stats.timeline.query({ bucket: 'week', top: 10 })],
  ['stats.inView (everything, weekly)', () => api.stats.inView.query({ bucket: 'week' })],
  ['sources.list (by quotes, a page of 50)', (i) => api.sources.list.query({ limit: 50, ...(i % 2 ? {} : { sourceKinds: ['person'] }) })],
  ['quotes.list (one source, a page of 50)', (i) => api.quotes.list.query({ sourceIds: [ids[(i * 37) % ids.length] ?? ''], limit: 50 })],
  ['quotes.list (a search, a page of 50)', (i) => api.quotes.list.query({ q: words[i % words.length] ?? 'oil', limit: 50 })],
  ['quotes.list (one week, a page of 50)', (i) => api.quotes.list.query({ ...week(i), limit: 50 })],
  ['claims.list (most outlets first, a page of 50)', () => api.claims.list.query({ limit: 50 })],
  ['claims.list (most recent, a page of 50)', () => api.claims.list.query({ sort: 'recent', limit: 50 })],
  ['claims.list (one source, a page of 50)', (i) => api.claims.list.query({ sourceIds: [ids[(i * 37) % ids.length] ?? ''], limit: 50 })],
];
// BENCH_READS=quotes.list,overview times only the reads whose names contain one of those words.
const only = process.env.BENCH_READS?.split(',').filter(Boolean);
for (const [name, call] of reads.filter(([name]) => !only || only.some((word) => name.includes(word)))) {
  const { p50, p95 } = await latency(call);
  console.log(`${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
}

server.close();
await parser.close();
await database.close();
await cleanup();
