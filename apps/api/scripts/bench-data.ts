import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { parseArticle } from '@claimline/parser';
import type { ArticleInput } from '@claimline/schema';
import type { Database, Db } from '../src/db/client';
import { rows } from '../src/db/rows';

/** Reads the Reuters corpus as ingest inputs (the bench only; the product never reads ../shared). */
export function readCorpus(path: string, limit = Infinity): ArticleInput[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(0, limit);
  return lines.map((line) => {
    const a = JSON.parse(line) as { text: string; title?: string; outlet?: string; publishedAt?: string };
    return { text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt };
  });
}

/** The parser's articles per second on one core: CPU time of this thread over a warm pass of `inputs`. */
export function parserArticlesPerSecond(inputs: ArticleInput[]): number {
  const parse = (input: ArticleInput) => parseArticle(input.text, { ...input, ingestedAt: '2000-01-01T00:00:00Z' }).quotes.length;
  // A first pass warms the JIT, as the parse workers are warm by the time a long ingest runs.
  inputs.slice(0, 2000).forEach(parse);
  const started = process.cpuUsage();
  let sink = 0;
  for (const input of inputs) sink += parse(input);
  const { user, system } = process.cpuUsage(started);
  if (sink < 0) console.log(sink);
  return inputs.length / ((user + system) / 1e6);
}

/** Splits inputs into ingestMany batches of at most 500 articles and about 1.5 MB (under the 2 MB body limit). */
export function batches(inputs: ArticleInput[], maxBytes = 1_500_000): ArticleInput[][] {
  const out: ArticleInput[][] = [];
  let current: ArticleInput[] = [];
  let bytes = 0;
  for (const input of inputs) {
    const size = JSON.stringify(input).length;
    if (current.length === 500 || (current.length > 0 && bytes + size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(input);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Grows the quotes table to `target` rows from the corpus's real quotes: each generated row
 * copies the text, kind and cue of a real quote, is given to one of the real sources with a
 * Zipf-like skew (a few speakers dominate, a long tail speaks rarely) and to a day spread over
 * two years, and belongs to a real article. Inserted in chunks so PGlite's memory stays bounded;
 * the day-count triggers run per chunk as they would for any bulk write.
 */
export async function growQuotes(db: Db, target: number, onProgress: (n: number) => void): Promise<void> {
  const [have] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM quotes`);
  let next = Number(have?.n ?? 0);
  await db.execute(
    sql`CREATE TEMP TABLE bench_src AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM sources WHERE kind IN ('person', 'organization', 'media')`,
  );
  await db.execute(
    sql`CREATE TEMP TABLE bench_q AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, text, kind, cue, confidence FROM quotes`,
  );
  await db.execute(sql`CREATE TEMP TABLE bench_art AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, outlet FROM articles`);
  const chunk = 50_000;
  while (next < target) {
    const end = Math.min(target, next + chunk);
    await db.execute(sql`
      WITH n AS (SELECT (SELECT count(*) FROM bench_src) AS src, (SELECT count(*) FROM bench_q) AS q, (SELECT count(*) FROM bench_art) AS art),
      g AS (SELECT g, random() AS r1, random() AS r2 FROM generate_series(${next}::bigint, ${end - 1}::bigint) AS g)
      INSERT INTO quotes (id, article_id, source_id, text, span_start, span_end, kind, cue, confidence, time_at, time_basis, outlet)
      SELECT 'bench_' || g.g, a.id, s.id, q.text, 1000000 + g.g, 1000001 + g.g, q.kind, q.cue, q.confidence,
        timestamptz '1987-01-01 00:00:00+00' + floor(g.r2 * 730) * interval '1 day' + (g.g % 86400) * interval '1 second',
        'published', a.outlet
      FROM g CROSS JOIN n
      JOIN bench_src s ON s.i = floor(n.src * power(g.r1, 3))::bigint
      JOIN bench_q q ON q.i = g.g % n.q
      JOIN bench_art a ON a.i = g.g % n.art`);
    next = end;
    onProgress(next);
  }
  await db.execute(sql`ANALYZE`);
}

/** The p50 and p95 of `runs` timed calls of `call`, after a few warm-up calls. */
export async function latency(call: (i: number) => Promise<unknown>, runs = 100): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 5; i++) await call(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Bytes on disk per quote: the whole database, and the quotes table with its indexes and TOAST. */
export async function diskPerQuote(database: Database): Promise<string> {
  const [size] = await rows<{ quotes: number; db: number; table: number }>(
    database.db,
    sql`SELECT (SELECT sum(quotes) FROM outlet_counts)::bigint AS quotes, pg_database_size(current_database()) AS db,
      pg_total_relation_size('quotes') AS "table"`,
  );
  const quotes = Number(size?.quotes ?? 0);
  const per = (bytes: unknown) => (quotes > 0 ? Number(bytes) / quotes : 0).toFixed(0);
  return `disk: ${(Number(size?.db ?? 0) / 1e9).toFixed(2)} GB for ${quotes.toLocaleString('en')} quotes = ${per(size?.db)} bytes a quote (database), ${per(size?.table)} (quotes table with its indexes)`;
}

/**
 * CPU seconds the database's server processes have used (PostgreSQL on this machine: each backend's
 * /proc stat; 0 for PGlite, whose work is this process's). With the bench process's own CPU it gives
 * the CPU an article costs, a figure other work on a shared machine does not inflate as it does wall time.
 */
export async function databaseCpuSeconds(database: Database): Promise<number> {
  if (database.kind !== 'postgres') return 0;
  const backends = await rows<{ pid: number }>(database.db, sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  let ticks = 0;
  for (const { pid } of backends) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // A server on another machine, or a backend that just ended: nothing to add.
    }
  }
  return ticks / 100;
}
