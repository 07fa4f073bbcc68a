/** Where a worker marks the moment it starts a task: wall-clock ms in a shared cell, 0 while the task is queued. */
export type StartCell = BigInt64Array;

/** A fresh start cell, shared with the worker that takes the task. */
export function startCell(): StartCell {
  return new BigInt64Array(new SharedArrayBuffer(8));
}

/** Called by the worker as it starts the task. */
export function markStarted(cell: StartCell): void {
  Atomics.store(cell, 0, BigInt(Date.now()));
}

/**
 * Calls `expire` once the task has run `timeoutMs` in its worker. Time spent queued does not count: a batch of 500
 * waits its turn without using up its deadline. Returns a function that stops the watch.
 */
export function watchDeadline(cell: StartCell, timeoutMs: number, expire: () => void): () => void {
  let timer: NodeJS.Timeout;
  const check = () => {
    const started = Number(Atomics.load(cell, 0));
    // Still queued: look again a deadline later (it starts at most then; it then has its full deadline from its start).
    if (started === 0) return arm(timeoutMs);
    const left = started + timeoutMs - Date.now();
    if (left > 0) return arm(left);
    expire();
  };
  const arm = (ms: number) => {
    timer = setTimeout(check, ms);
    // A watch alone must not keep the process alive.
    timer.unref();
  };
  arm(timeoutMs);
  return () => clearTimeout(timer);
}
