import { availableParallelism } from 'node:os';
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

/** Starts the pool; `threads` 0 means one per core, at most 4. */
export function createParsePool(threads = 0): ParsePool {
  const size = threads > 0 ? threads : Math.min(4, Math.max(1, availableParallelism()));
  const pool = new Piscina<ParseTask, ParseResult>({
    filename: new URL('./parse-worker.ts', import.meta.url).href,
    // The worker entry and the parser are TypeScript source: workers need the tsx loader too.
    execArgv: ['--import', 'tsx'],
    minThreads: 1,
    maxThreads: size,
    idleTimeout: 60_000,
  });
  return {
    parse: (task) => pool.run(task),
    completed: () => pool.completed,
    close: () => pool.destroy(),
  };
}
