/**
 * Where a worker marks each article of a chunk (parse-chunk.ts), shared with the pool: per article the wall-clock ms
 * it started, DONE once parsed, 0 while waiting; one last cell the pool sets to ask the worker to stop.
 */
export type ChunkCells = BigInt64Array;

const DONE = -1n;

/** Fresh cells for a chunk of `n` articles. */
export function chunkCells(n: number): ChunkCells {
  return new BigInt64Array(new SharedArrayBuffer(8 * (n + 1)));
}

/** Called by the worker as it starts article `index`. */
export function markStarted(cells: ChunkCells, index: number): void {
  Atomics.store(cells, index, BigInt(Date.now()));
}

/** Called by the worker once article `index` is parsed (or has thrown). */
export function markDone(cells: ChunkCells, index: number): void {
  Atomics.store(cells, index, DONE);
}

/** The pool closing: the worker parses no further article of this chunk. */
export function askToStop(cells: ChunkCells): void {
  Atomics.store(cells, cells.length - 1, 1n);
}

/** Whether the pool asked the worker to stop (askToStop). */
export function stopAsked(cells: ChunkCells): boolean {
  return Atomics.load(cells, cells.length - 1) !== 0n;
}

/** Whether a worker has taken the chunk: it starts the articles in order. */
export function chunkStarted(cells: ChunkCells): boolean {
  return Atomics.load(cells, 0) !== 0n;
}

/** The article a worker is parsing now, with its start (ms), or undefined. */
export function runningArticle(cells: ChunkCells): { index: number; started: number } | undefined {
  for (let index = 0; index < cells.length - 1; index += 1) {
    const value = Atomics.load(cells, index);
    if (value > 0n) return { index, started: Number(value) };
  }
  return undefined;
}

/**
 * Calls `expire` with the article's index once an article of the chunk has run `timeoutMs` in its worker. Time spent
 * queued does not count, nor the other articles' parses: a batch of 500 waits its turn, and each article of a chunk has
 * its own deadline from its own start. Returns a function that stops the watch.
 */
export function watchDeadline(cells: ChunkCells, timeoutMs: number, expire: (index: number) => void): () => void {
  let timer: NodeJS.Timeout;
  const check = () => {
    const running = runningArticle(cells);
    // None running (queued, or between two articles): look again a deadline later; the next one has its full deadline from its start.
    if (!running) return arm(timeoutMs);
    const left = running.started + timeoutMs - Date.now();
    if (left > 0) return arm(left);
    expire(running.index);
  };
  const arm = (ms: number) => {
    timer = setTimeout(check, ms);
    // A watch alone must not keep the process alive.
    timer.unref();
  };
  arm(timeoutMs);
  return () => clearTimeout(timer);
}
