import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { Piscina } from 'piscina';
import type { ArticleInput, ParseResult } from '@claimline/schema';
import { askToStop, chunkCells, chunkStarted, runningArticle, watchDeadline, type ChunkCells } from './parse-deadline';
import { ParsePoolClosingError, ParseTimeoutError } from './parse-pool-errors';
import type { ChunkResult, WorkerChunk } from './parse-worker';
import { workerExecArgv } from './worker-exec-argv';

/** What the parser needs for one article: the raw text and what the sender told us about it. */
export interface ParseTask {
  raw: string;
  meta: Omit<ArticleInput, 'text'> & { ingestedAt: string };
}

/** One article's parse, or why it failed (ParseTimeoutError, ParsePoolClosingError, or what the parser threw). */
export type Parsed = { ok: true; parsed: ParseResult } | { ok: false; error: unknown };

/** A pool of worker threads that run the parser, so a large article or a batch never blocks requests. */
export interface ParsePool {
  /** Rejects with ParseTimeoutError past the deadline, ParsePoolClosingError once the pool is closing. */
  parse: (task: ParseTask) => Promise<ParseResult>;
  /** Parses many articles, a few to a worker task; each answers on its own, in order, as `parse` would. */
  parseMany: (tasks: ParseTask[]) => Promise<Parsed[]>;
  /** Articles the workers have parsed; tests read it to show parsing really ran in the pool. */
  completed: () => number;
  /** Articles a worker is parsing now (started, not yet answered). */
  running: () => number;
  /** Answers tasks not yet started with ParsePoolClosingError, lets running ones finish, then stops the workers; once. */
  close: () => Promise<void>;
}

/** How the pool runs: `timeoutMs` is the deadline of one parse (default 5 s); `worker` a worker entry other than parse-worker.ts (tests). */
export interface ParsePoolOptions {
  timeoutMs?: number;
  worker?: URL;
}

/** Default deadline of one parse: a megabyte of text parses in well under a second. */
export const DEFAULT_PARSE_TIMEOUT_MS = 5000;

/**
 * Bundles the worker entry and the parser (TypeScript source) into one plain .mjs file. Workers
 * then need no TypeScript loader: with `execArgv: ['--import', 'tsx']` a worker now and then
 * started without the loader hooks under load (Node 20), failing with "Unknown file extension .ts".
 */
function bundleWorker(entry: URL): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-parse-'));
  const file = join(dir, 'parse-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return { file, dir };
}

/**
 * Articles a worker task holds at the most. One task an article cost the API process about 0.3 ms of CPU an article on
 * top of the parse (piscina's postTask, the answer's message and its promise; 6,000 Reuters articles in batches of 500),
 * 25 to a task a tenth of that; more gained nothing measurable. A batch smaller than the pool's threads times this is
 * spread evenly over them instead.
 */
export const CHUNK_ARTICLES = 25;

/** Splits `tasks` into chunks of at most CHUNK_ARTICLES, at least one per thread while there are articles to share. */
function chunksOf<T>(tasks: T[], threads: number): T[][] {
  const size = Math.max(1, Math.min(CHUNK_ARTICLES, Math.ceil(tasks.length / threads)));
  const out: T[][] = [];
  for (let at = 0; at < tasks.length; at += size) out.push(tasks.slice(at, at + size));
  return out;
}

/**
 * Starts the pool; `threads` 0 means one per core, at most 4. A parse past its deadline has its worker terminated
 * (piscina replaces it), so no input can hold a worker and the next request is served as usual.
 */
export function createParsePool(threads = 0, options: ParsePoolOptions = {}): ParsePool {
  const size = threads > 0 ? threads : Math.min(4, Math.max(1, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const worker = bundleWorker(options.worker ?? new URL('./parse-worker.ts', import.meta.url));
  const pool = new Piscina<WorkerChunk, ChunkResult>({
    filename: pathToFileURL(worker.file).href,
    minThreads: 1,
    maxThreads: size,
    idleTimeout: 60_000,
    // piscina loads the task file with require() first; Node 20's require() of an ES module now and then aborted
    // the whole process under load ("Assertion failed: facade->InstantiateModule", seen once in a fresh-clone CI
    // run). Without it, require() refuses the bundle and piscina imports it as ESM.
    execArgv: [...workerExecArgv(process.execArgv), '--no-experimental-require-module'],
  });
  let closing = false;
  let parsedCount = 0;
  // Chunks sent and not yet answered, with what close() needs: whether each has started, and how to stop it.
  const inFlight = new Set<{ cells: ChunkCells; control: AbortController; settled: Promise<unknown> }>();
  const closingAll = (tasks: unknown[]): Parsed[] => tasks.map(() => ({ ok: false, error: new ParsePoolClosingError() }));

  const runChunk = async (tasks: ParseTask[]): Promise<Parsed[]> => {
    if (closing) return closingAll(tasks);
    const cells = chunkCells(tasks.length);
    const control = new AbortController();
    let stuck = -1;
    const stopWatch = watchDeadline(cells, timeoutMs, (index) => {
      stuck = index;
      control.abort(new ParseTimeoutError(timeoutMs));
    });
    const run = pool.run({ tasks, cells }, { signal: control.signal });
    const entry = { cells, control, settled: run.catch(() => undefined) };
    inFlight.add(entry);
    let answers: ChunkResult;
    try {
      answers = await run;
    } catch (error) {
      if (stuck >= 0) {
        // The worker was terminated with the chunk's answers: the article past its deadline fails, the others are parsed again.
        const rest = await runChunk(tasks.filter((_, k) => k !== stuck));
        rest.splice(stuck, 0, { ok: false, error: control.signal.reason });
        return rest;
      }
      // Piscina answers "pool is closed" or "Terminating worker thread" to what it drops while closing.
      if (control.signal.aborted || closing) return closingAll(tasks);
      // The worker itself failed (it ran out of memory, say): one article at a time, so only the one that broke it fails.
      if (tasks.length > 1) return (await Promise.all(tasks.map((task) => runChunk([task])))).flat();
      return [{ ok: false, error }];
    } finally {
      stopWatch();
      inFlight.delete(entry);
    }
    parsedCount += answers.length;
    return tasks.map((_, k): Parsed => {
      const answer = answers[k];
      // Left out: the pool asked the worker to stop before this article (closing).
      if (answer === undefined) return { ok: false, error: new ParsePoolClosingError() };
      return answer instanceof Error ? { ok: false, error: answer } : { ok: true, parsed: answer };
    });
  };

  const parseMany = async (tasks: ParseTask[]): Promise<Parsed[]> => (await Promise.all(chunksOf(tasks, size).map(runChunk))).flat();

  const parse = async (task: ParseTask): Promise<ParseResult> => {
    const [answer] = await parseMany([task]);
    if (!answer) throw new Error('the parse pool answered no result for one article');
    if (!answer.ok) throw answer.error;
    return answer.parsed;
  };

  let closed: Promise<void> | undefined;
  const close = async () => {
    closing = true;
    // Chunks still queued answer at once (retryable); running ones finish the article they parse, within its deadline.
    for (const chunk of inFlight) {
      askToStop(chunk.cells);
      if (!chunkStarted(chunk.cells)) chunk.control.abort(new ParsePoolClosingError());
    }
    await Promise.all([...inFlight].map((chunk) => chunk.settled));
    // A worker terminated past its deadline exits later; piscina then starts another to keep its minimum, even after
    // destroy(). With no minimum none starts, so none outlives the pool and its bundle.
    pool.options.minThreads = 0;
    await pool.destroy();
    rmSync(worker.dir, { recursive: true, force: true });
  };

  return {
    parse,
    parseMany,
    completed: () => parsedCount,
    running: () => [...inFlight].filter((chunk) => runningArticle(chunk.cells) !== undefined).length,
    close: () => (closed ??= close()),
  };
}
