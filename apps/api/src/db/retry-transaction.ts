import { setTimeout as sleep } from 'node:timers/promises';

// PostgreSQL aborts one of two transactions that wait on each other (40P01, deadlock_detected) or
// whose serializable reads conflict (40001). Nothing of the aborted one was written, so running it
// again is safe and is the documented cure; any other error is the caller's to see.
const TRANSIENT = new Set(['40P01', '40001']);

/** The SQLSTATE of a database error, also when Drizzle wrapped it (DrizzleQueryError keeps it as `cause`). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export interface RetryOptions {
  /** Runs in all, the first included (default 5). */
  attempts?: number;
  /** Upper bound of the first random wait; each later wait doubles it (default 20 ms). */
  baseDelayMs?: number;
}

/**
 * Runs `work` (one whole transaction) again when PostgreSQL aborted it as a deadlock victim or a
 * serialization failure, after a random wait that grows each time, so two processes that collided
 * do not collide again in step. Gives up after `attempts` runs with the last error.
 */
export async function retryTransaction<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= attempts || !state || !TRANSIENT.has(state)) throw error;
      await sleep(Math.random() * base * 2 ** (attempt - 1));
    }
  }
}
