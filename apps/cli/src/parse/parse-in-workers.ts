import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { BufferedWriter } from './buffered-writer';
import type { ParseLinesSummary } from './parse-lines';
import type { BatchResult, LineBatch } from './parse-worker';

// Lines go to the workers in batches: one message per article would cost more in copying and
// waking threads than a short article takes to parse. Two batches in flight per worker keep each
// busy while the main thread writes; the bound keeps memory flat on any input size.
const BATCH_LINES = 128;
const BATCH_CHARS = 512 * 1024;
const IN_FLIGHT_PER_WORKER = 2;

/** Marks a worker started by parseInWorkers: the entry module (the CLI bundle) runs runParseWorker when it sees it. */
export const PARSE_WORKER_FLAG = 'claimlineParseWorker';

/**
 * parseLines on `workers` threads: batches of lines are parsed in parallel and their predictions
 * written in input order, bad lines reported by number in order too. `entry` is the module that
 * starts a worker (the built CLI bundle; see main.ts).
 */
export async function parseInWorkers(
  input: Readable,
  output: Writable,
  onBad: (line: number, reason: string) => void,
  options: { workers: number; entry: URL },
): Promise<ParseLinesSummary> {
  const writer = new BufferedWriter(output);
  const summary: ParseLinesSummary = { lines: 0, written: 0, skipped: 0 };
  const pool = Array.from({ length: options.workers }, () => ({
    worker: new Worker(options.entry, { workerData: { [PARSE_WORKER_FLAG]: true } }),
    inFlight: 0,
  }));
  const done = new Map<number, BatchResult>();
  let nextToWrite = 0;
  let sent = 0;
  let failure: Error | null = null;
  // `changed` settles at the next event (a batch written, a worker failed): a waiter checks its
  // condition and then awaits the promise of the event after that check, so no wake-up is lost.
  let notify = () => {};
  let changed = new Promise<void>((resolve) => (notify = resolve));
  const signal = () => {
    const fire = notify;
    changed = new Promise<void>((resolve) => (notify = resolve));
    fire();
  };
  const fail = (error: Error) => {
    failure ??= error;
    signal();
  };
  let writing = Promise.resolve();

  const writeInOrder = async () => {
    for (let result = done.get(nextToWrite); result; result = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      for (const [line, reason] of result.skipped) onBad(line, reason);
      summary.skipped += result.skipped.length;
      summary.written += result.written;
      await writer.write(result.out);
      nextToWrite += 1;
      signal();
    }
  };
  for (const slot of pool) {
    slot.worker.on('message', (result: BatchResult) => {
      slot.inFlight -= 1;
      done.set(result.seq, result);
      writing = writing.then(writeInOrder).catch(fail);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a parse worker stopped with exit code ${code}`));
    });
  }
  // Batches sent and not yet written bound the memory: the reader waits while there are `limit`.
  const waitUntil = async (ready: () => boolean) => {
    while (!failure && !ready()) await changed;
    if (failure) throw failure;
  };
  const send = async (batch: LineBatch) => {
    await waitUntil(() => sent - nextToWrite < options.workers * IN_FLIGHT_PER_WORKER);
    const slot = pool.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight += 1;
    slot.worker.postMessage(batch);
    sent += 1;
  };

  try {
    let batch: LineBatch = { seq: 0, first: 1, lines: [] };
    let chars = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      summary.lines += 1;
      batch.lines.push(line);
      chars += line.length;
      if (batch.lines.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        await send(batch);
        batch = { seq: batch.seq + 1, first: summary.lines + 1, lines: [] };
        chars = 0;
      }
    }
    if (batch.lines.length > 0) await send(batch);
    await waitUntil(() => nextToWrite === sent);
    await writer.flush();
    return summary;
  } finally {
    await Promise.all(pool.map((slot) => slot.worker.terminate()));
  }
}
