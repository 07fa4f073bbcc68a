import { parseArticle } from '@claimline/parser';
import type { ParseResult } from '@claimline/schema';
import type { ParseTask } from '../ingest/parse-pool';
import { parseChunk, type ChunkResult, type WorkerChunk } from '../ingest/parse-worker';

/** Text that starts with this never finishes parsing in this test worker, as text did with a catastrophic pattern. */
export const STUCK = 'STUCK ';

/** Text that starts with this makes the parser throw in this test worker, as a parser bug would. */
export const THROWS = 'THROWS ';

/** The test worker entry (createParsePool's `worker` option). */
export const STUCK_WORKER = new URL('./stuck-parse-worker.ts', import.meta.url);

/**
 * The real parse, except that a text starting with STUCK holds the thread until the pool terminates it, and one
 * starting with THROWS throws.
 * It blocks without spinning, so the machine the tests share loses no CPU to it.
 */
function stuckOrParse(task: ParseTask): ParseResult {
  if (task.raw.startsWith(STUCK)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  if (task.raw.startsWith(THROWS)) throw new TypeError('a parser bug');
  return parseArticle(task.raw, task.meta);
}

/** Test worker: parses a chunk as the real worker does, with stuckOrParse. */
export default function stuckOrParseArticles(chunk: WorkerChunk): ChunkResult {
  return parseChunk(chunk, stuckOrParse);
}
