import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { Piscina } from 'piscina';
import type { ArticleInput, ParseResult } from '@claimline/schema';

/** What the parser needs for one article: the raw text and what the sender told us about it. */
export interface ParseTask {
  raw: string;
  meta: Omit<ArticleInput, 'text'> & { ingestedAt: string };
}

/** A pool of worker threads that run the parser, so a large article or a batch never blocks requests. */
export interface ParsePool {
  parse: (task: ParseTask) => Promise<ParseResult>;
  /** Tasks the workers have finished; tests read it to show parsing really ran in the pool. */
  completed: () => number;
  close: () => Promise<void>;
}

/**
 * Bundles the worker entry and the parser (TypeScript source) into one plain .mjs file. Workers
 * then need no TypeScript loader: with `execArgv: ['--import', 'tsx']` a worker now and then
 * started without the loader hooks under load (Node 20), failing with "Unknown file extension .ts".
 */
function bundleWorker(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-parse-'));
  const file = join(dir, 'parse-worker.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./parse-worker.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return { file, dir };
}

/** Starts the pool; `threads` 0 means one per core, at most 4. */
export function createParsePool(threads = 0): ParsePool {
  const size = threads > 0 ? threads : Math.min(4, Math.max(1, availableParallelism()));
  const worker = bundleWorker();
  const pool = new Piscina<ParseTask, ParseResult>({
    filename: pathToFileURL(worker.file).href,
    minThreads: 1,
    maxThreads: size,
    idleTimeout: 60_000,
  });
  return {
    parse: (task) => pool.run(task),
    completed: () => pool.completed,
    close: async () => {
      await pool.destroy();
      rmSync(worker.dir, { recursive: true, force: true });
    },
  };
}
