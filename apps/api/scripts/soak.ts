/**
 * pnpm soak — issue 10's soak run. Starts SOAK_PROCESSES (3) real API processes (src/index.ts) on one
 * fresh PostgreSQL database, drives concurrent ingests (Reuters corpus lines through
 * articles.ingestMany) and reads through all of them for SOAK_SECONDS (120), SIGKILLs one process
 * every SOAK_KILL_EVERY seconds (30) and restarts it. A client retries a batch that got no answer or
 * a 503 on another process, as a real client would. At the end it checks that every acknowledged
 * article is stored with exactly the quotes it was acknowledged with, that no text is stored twice,
 * and prints latencies (p50/p95/p99) per procedure, counts and errors by code.
 *
 * SOAK_DATABASE_URL (or TEST_DATABASE_URL) names the PostgreSQL server; the database
 * `<SOAK_DB_PREFIX>_soak_<random>` is created there and dropped afterwards (SOAK_KEEP=1 keeps it).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createTRPCClient, httpLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import pg from 'pg';
import type { ArticleInput } from '@claimline/schema';
import type { AppRouter } from '../src/router/index';
import { startServerProcess, type StartedServer } from '../src/test/server-process';
import { readCorpus } from './bench-data';

const serverUrl = process.env.SOAK_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error('set SOAK_DATABASE_URL=postgres://... (a PostgreSQL server where the soak may create a database)');
const seconds = Number(process.env.SOAK_SECONDS ?? 120);
const processCount = Number(process.env.SOAK_PROCESSES ?? 3);
const killEvery = Number(process.env.SOAK_KILL_EVERY ?? 30);
const batchSize = Number(process.env.SOAK_BATCH ?? 20);
const corpus = fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));

// 1. A fresh database.
const dbName = `${process.env.SOAK_DB_PREFIX ?? 'claimline'}_soak_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${dbName}`;
console.log(`soak: ${processCount} processes on PostgreSQL ${dbName}, ${seconds} s, SIGKILL every ${killEvery} s`);

// 2. The processes. A slot holds the client of a live process, or none while it restarts.
type Api = TRPCClient<AppRouter>;
interface Slot {
  started: StartedServer;
  api: Api | undefined;
}
// The soak's one client address makes far more expensive calls than a person would: no rate limit.
const serverEnv = { CLAIMLINE_RATE_LIMIT: '0' };
async function launch(): Promise<Slot> {
  const started = startServerProcess(dbUrl.toString(), serverEnv);
  const server = await started.ready;
  return { started, api: createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc` })] }) };
}
const slots = await Promise.all(Array.from({ length: processCount }, () => launch()));

// 3. What is measured.
const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
const calls = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
function codeOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    return code ?? `NETWORK (${error.message.slice(0, 40)})`;
  }
  return error instanceof Error ? error.message.slice(0, 60) : String(error);
}
async function timed<T>(name: string, call: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  count(calls, name);
  try {
    const value = await call();
    latencies.set(name, [...(latencies.get(name) ?? []), performance.now() - t0]);
    return value;
  } catch (error) {
    count(errors, `${name}: ${codeOf(error)}`);
    throw error;
  }
}
/** Calls waiting for an answer from each process, to show that a SIGKILL hits work in flight. */
const busy = new Map<Api, number>();
async function on<T>(api: Api, call: (api: Api) => Promise<T>): Promise<T> {
  busy.set(api, (busy.get(api) ?? 0) + 1);
  try {
    return await call(api);
  } finally {
    busy.set(api, (busy.get(api) ?? 1) - 1);
  }
}
const live = (i: number): Api | undefined => {
  for (let k = 0; k < slots.length; k++) {
    const api = slots[(i + k) % slots.length]?.api;
    if (api) return api;
  }
  return undefined;
};

// 4. Load until the deadline: ingest workers walk the corpus; readers read what was acknowledged.
const inputs = readCorpus(corpus);
let next = 0;
const acked = new Map<string, { articleId: string; quoteCount: number }>(); // by text
const deadline = Date.now() + seconds * 1000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Item errors a client sends again: the server could not finish it (a process stopping, a failed write). */
const RETRYABLE: ReadonlySet<string> = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

async function ingestWorker(w: number): Promise<void> {
  for (let round = w; Date.now() < deadline; round++) {
    const batch: ArticleInput[] = inputs.slice(next % inputs.length, (next % inputs.length) + batchSize);
    next += batchSize;
    let pending = batch;
    for (let attempt = 0; pending.length > 0 && attempt < 20; attempt++) {
      const api = live(round + attempt);
      if (!api) {
        await pause(200);
        continue;
      }
      try {
        const { results } = await timed('articles.ingestMany', () => on(api, (a) => a.articles.ingestMany.mutate({ articles: pending })));
        const retry: ArticleInput[] = [];
        results.forEach((r, i) => {
          const input = pending[i];
          if (!input) return;
          if (r.ok) acked.set(input.text, { articleId: r.result.articleId, quoteCount: r.result.quoteCount });
          else {
            count(errors, `articles.ingestMany item: ${r.error.code}`);
            if (RETRYABLE.has(r.error.code)) retry.push(input);
          }
        });
        pending = retry;
      } catch {
        await pause(100); // no answer (killed process) or a 503: send the same batch elsewhere
      }
    }
  }
}

async function readWorker(w: number): Promise<void> {
  for (let i = w; Date.now() < deadline; i++) {
    const api = live(i);
    if (!api) {
      await pause(200);
      continue;
    }
    const known = [...acked.values()];
    const some = known[(i * 7919) % Math.max(1, known.length)];
    const reads: [string, () => Promise<unknown>][] = [
      ['health', () => api.health.query()],
      ['articles.list', () => api.articles.list.query({ limit: 50 })],
      ['quotes.list', () => api.quotes.list.query({ limit: 50, q: 'said' })],
      ['sources.list', () => api.sources.list.query({ limit: 50 })],
      ['stats.timeline', () => api.stats.timeline.query({ bucket: 'month', top: 10 })],
      ['stats.overview', () => api.stats.overview.query()],
      ...(some ? ([['articles.byId', () => api.articles.byId.query({ id: some.articleId })]] as [string, () => Promise<unknown>][]) : []),
    ];
    const read = reads[i % reads.length];
    if (read) await timed(read[0], () => on(api, read[1])).catch(() => pause(50));
  }
}

let kills = 0;
async function chaos(): Promise<void> {
  for (let round = 0; ; round++) {
    const wait = Math.min(killEvery * 1000, deadline - Date.now() - 5_000);
    if (wait <= 0) return;
    await pause(wait);
    const i = (round % (slots.length - 1)) + 1; // never the first: some process is always up
    const slot = slots[i];
    if (!slot?.api) return;
    const inFlight = busy.get(slot.api) ?? 0;
    const at = Math.round(seconds - (deadline - Date.now()) / 1000);
    slot.api = undefined;
    process.kill(slot.started.pid, 'SIGKILL');
    await slot.started.exited;
    const t0 = performance.now();
    slots[i] = await launch();
    kills++;
    console.log(
      `soak: SIGKILLed process ${i} at ${at} s with ${inFlight} calls in flight; restarted in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}

const t0 = performance.now();
await Promise.all([
  ...Array.from({ length: processCount * 2 }, (_, w) => ingestWorker(w)),
  ...Array.from({ length: processCount }, (_, w) => readWorker(w)),
  chaos(),
]);
const elapsed = (performance.now() - t0) / 1000;
await Promise.all(slots.map((s) => s.started.stop()));

// 5. Verify against the database itself.
const check = new pg.Client({ connectionString: dbUrl.toString() });
await check.connect();
const stored = await check.query<{ id: string; quotes: number }>(
  'SELECT a.id, (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a',
);
const byId = new Map(stored.rows.map((r) => [r.id, r.quotes]));
const [dupes] = (await check.query<{ n: number }>('SELECT (count(*) - count(DISTINCT content_hash))::int AS n FROM articles')).rows;
await check.end();
const lost = [...acked.values()].filter((a) => !byId.has(a.articleId));
const wrongQuotes = [...acked.values()].filter((a) => byId.has(a.articleId) && byId.get(a.articleId) !== a.quoteCount);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
console.log(
  `\nsoak: ${elapsed.toFixed(0)} s, ${processCount} processes, ${kills} SIGKILLs, ${acked.size} articles acknowledged, ${stored.rowCount} stored`,
);
console.log('procedure              calls     ok    p50 ms   p95 ms   p99 ms');
for (const [name, n] of [...calls].sort()) {
  const sorted = [...(latencies.get(name) ?? [])].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(20)} ${String(n).padStart(7)} ${String(sorted.length).padStart(6)} ${pct(sorted, 50).toFixed(0).padStart(9)} ${pct(sorted, 95).toFixed(0).padStart(8)} ${pct(sorted, 99).toFixed(0).padStart(8)}`,
  );
}
console.log('errors by code:');
for (const [key, n] of [...errors].sort()) console.log(`  ${key}: ${n}`);
if (errors.size === 0) console.log('  none');
console.log(
  `acknowledged but not stored: ${lost.length}; stored with other quote counts than acknowledged: ${wrongQuotes.length}; texts stored twice: ${dupes?.n ?? '?'}`,
);

if (process.env.SOAK_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.end();
if (lost.length > 0 || wrongQuotes.length > 0 || (dupes?.n ?? 0) > 0) {
  console.error('soak: FAILED');
  process.exit(1);
}
console.log('soak: passed');
