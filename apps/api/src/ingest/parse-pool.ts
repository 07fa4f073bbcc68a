import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { Piscina } from 'piscina';
import type { ArticleInput, ParseResult } from '@claimline/schema';
import { startCell, watchDeadline, type StartCell } from './parse-deadline';
import { ParsePoolClosingError, ParseTimeoutError } from './parse-pool-errors';

/** What the parser needs for one article: the raw text and what the sender told us about it. */
export interface ParseTask {
  raw: string;
  meta: Omit<ArticleInput, 'text'> & { ingestedAt: string };
}

/** What a worker receives: the task and the cell where it marks its start (parse-deadline.ts). */
export interface WorkerTask extends ParseTask {
  started: StartCell;
}

/** A pool of worker threads that run the parser, so a large article or a batch never blocks requests. */
export interface ParsePool {
  /** Rejects with ParseTimeoutError past the deadline, ParsePoolClosingError once the pool is closing. */
  parse: (task: ParseTask) => Promise<ParseResult>;
  /** Tasks the workers have finished; tests read it to show parsing really ran in the pool. */
  completed: () => number;
  /** Tasks a worker is parsing now (started, not yet answered). */
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
 * Starts the pool; `threads` 0 means one per core, at most 4. A parse past its deadline has its worker terminated
 * (piscina replaces it), so no input can hold a worker and the next request is served as usual.
 */
export function createParsePool(threads = 0, options: ParsePoolOptions = {}): ParsePool {
  const size = threads > 0 ? threads : Math.min(4, Math.max(1, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const worker = bundleWorker(options.worker ?? new URL('./parse-worker.ts', import.meta.url));
  const pool = new Piscina<WorkerTask, ParseResult>({
    filename: pathToFileURL(worker.file).href,
    minThreads: 1,
    maxThreads: size,
    idleTimeout: 60_000,
    // piscina loads the task file with require() first; Node 20's require() of an ES module now and then aborted
    // the whole process under load ("Assertion failed: facade->InstantiateModule", seen once in a fresh-clone CI
    // run). Without it, require() refuses the bundle and piscina imports it as ESM.
    execArgv: [...process.execArgv, '--no-experimental-require-module'],
  });
  let closing = false;
  // Tasks sent and not yet answered, with what close() needs: whether each has started, and how to stop it.
  const inFlight = new Set<{ started: StartCell; control: AbortController; settled: Promise<unknown> }>();

  const parse = async (task: ParseTask): Promise<ParseResult> => {
    if (closing) throw new ParsePoolClosingError();
    const started = startCell();
    const control = new AbortController();
    const stopWatch = watchDeadline(started, timeoutMs, () => control.abort(new ParseTimeoutError(timeoutMs)));
    const run = pool.run({ ...task, started }, { signal: control.signal });
    const entry = { started, control, settled: run.catch(() => undefined) };
    inFlight.add(entry);
    try {
      return await run;
    } catch (error) {
      const reason: unknown = control.signal.reason;
      if (reason instanceof ParseTimeoutError) throw reason;
      // Piscina answers "pool is closed" or "Terminating worker thread" to what it drops while closing.
      if (control.signal.aborted || closing) throw new ParsePoolClosingError();
      throw error;
    } finally {
      stopWatch();
      inFlight.delete(entry);
    }
  };

  let closed: Promise<void> | undefined;
  const close = async () => {
    closing = true;
    // Tasks still queued answer at once (retryable); running ones finish, within their deadline.
    for (const task of inFlight) if (Atomics.load(task.started, 0) === 0n) task.control.abort(new ParsePoolClosingError());
    await Promise.all([...inFlight].map((task) => task.settled));
    // A worker terminated past its deadline exits later; piscina then starts another to keep its minimum, even after
    // destroy(). With no minimum none starts, so none outlives the pool and its bundle.
    pool.options.minThreads = 0;
    await pool.destroy();
    rmSync(worker.dir, { recursive: true, force: true });
  };

  return {
    parse,
    completed: () => pool.completed,
    running: () => [...inFlight].filter((task) => Atomics.load(task.started, 0) !== 0n).length,
    close: () => (closed ??= close()),
  };
}
