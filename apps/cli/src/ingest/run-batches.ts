import type { IngestItemResult } from '@claimline/schema';
import type { CheckpointState } from './checkpoint';
import type { IngestTarget } from './ingest-target';
import type { InputRecord } from './read-records';

/** How `runBatches` groups and stops. */
export interface BatchOptions {
  /** Most articles a batch (articles.ingestMany takes 500). */
  batchSize: number;
  /** Most bytes of articles a batch (the server takes 2 MB a request). */
  maxBytes: number;
  /** Asked after each batch: true ends the run there (an interrupt). */
  stop: () => boolean;
  /** Called after each batch with the state, to save the checkpoint and show progress. */
  onBatch: (state: CheckpointState) => void;
}

/**
 * Sends the records after `state.done` to `target` in batches and folds each batch's results into
 * `state`: created and existing counts, refused records with their reason. Two batches are in flight
 * at once, so the parse of one overlaps the write of the one before (neither the parse workers nor
 * the database waits for the other); results are folded in input order, so `done` always advances in
 * order and a rerun resumes after the last whole batch. Records that could not be read are refused
 * in place. Answers 'stopped' when `stop()` ended it early (the batches in flight are finished first).
 */
export async function runBatches(
  records: AsyncIterable<InputRecord>,
  target: IngestTarget,
  state: CheckpointState,
  options: BatchOptions,
): Promise<'finished' | 'stopped'> {
  let batch: InputRecord[] = [];
  let bytes = 0;
  const inFlight: { batch: InputRecord[]; results: Promise<IngestItemResult[]> }[] = [];
  const fold = async () => {
    const head = inFlight.shift();
    if (!head) return;
    const results = await head.results;
    const articles = head.batch.flatMap((r) => ('article' in r ? [r] : []));
    for (const record of head.batch)
      if ('refused' in record) state.refused.push({ n: record.n, where: record.where, reason: record.refused });
    articles.forEach((record, index) => {
      const result = results[index];
      if (result === undefined) state.refused.push({ n: record.n, where: record.where, reason: 'the server returned no result for it' });
      else if (!result.ok) state.refused.push({ n: record.n, where: record.where, reason: result.error.message });
      else if (result.result.status === 'created') state.created += 1;
      else state.existing += 1;
    });
    const last = head.batch[head.batch.length - 1];
    state.done = last?.n ?? state.done;
    state.where = last?.where;
    options.onBatch(state);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const articles = batch.flatMap((r) => ('article' in r ? [r.article] : []));
    const results = articles.length > 0 ? target.ingestMany(articles) : Promise.resolve([]);
    // A batch that fails is awaited by fold; until then its rejection must not count as unhandled.
    results.catch(() => undefined);
    inFlight.push({ batch, results });
    batch = [];
    bytes = 0;
    if (inFlight.length >= 2) await fold();
  };
  const drain = async () => {
    while (inFlight.length > 0) await fold();
  };
  try {
    for await (const record of records) {
      if (record.n <= state.done) continue;
      if ('article' in record && record.bytes > options.maxBytes) {
        batch.push({
          n: record.n,
          where: record.where,
          refused: `over the ${(options.maxBytes / 1e6).toFixed(1)} MB a request may carry: split the article or trim what is not the article`,
        });
        continue;
      }
      if ('article' in record && bytes + record.bytes > options.maxBytes) await flush();
      batch.push(record);
      if ('article' in record) bytes += record.bytes;
      if (batch.length >= options.batchSize) {
        await flush();
        // A turn of the event loop's poll phase, where a pending SIGINT is delivered: the embedded database answers
        // through promises alone, so without it a run could reach its end before its interrupt handler ran.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (options.stop()) {
          await drain();
          return 'stopped';
        }
      }
    }
    await flush();
    await drain();
    return 'finished';
  } finally {
    // On an error, the batches already sent are still waited for: none is left writing as the run ends.
    await Promise.allSettled(inFlight.map((f) => f.results));
  }
}
