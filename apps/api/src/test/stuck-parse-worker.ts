import type { ParseResult } from '@claimline/schema';
import { markStarted } from '../ingest/parse-deadline';
import type { WorkerTask } from '../ingest/parse-pool';
import parseTask from '../ingest/parse-worker';

/** Text that starts with this never finishes parsing in this test worker, as text did with a catastrophic pattern. */
export const STUCK = 'STUCK ';

/** The test worker entry (createParsePool's `worker` option). */
export const STUCK_WORKER = new URL('./stuck-parse-worker.ts', import.meta.url);

/**
 * Test worker: the real parse, except that a text starting with STUCK holds the thread until the pool terminates it.
 * It blocks without spinning, so the machine the tests share loses no CPU to it.
 */
export default function stuckOrParse(task: WorkerTask): ParseResult {
  if (task.raw.startsWith(STUCK)) {
    markStarted(task.started);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return parseTask(task);
}
