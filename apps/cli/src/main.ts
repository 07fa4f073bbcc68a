/**
 * The claimline command: `claimline parse | ingest | export`. Run from the repository root as
 * `pnpm claimline ...`; bin/claimline.mjs runs the bundle (dist/claimline.mjs) built from here.
 *
 * @example
 * pnpm -s claimline parse ../shared/corpus/reuters-21578.jsonl > predictions.jsonl
 * pnpm claimline ingest ../shared/corpus/reuters-21578.jsonl
 * pnpm claimline export --format csv --outlets Reuters > quotes.csv
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { createProgram } from './create-program';
import { PARSE_WORKER_FLAG } from './parse/parse-in-workers';
import { runParseWorker } from './parse/parse-worker';

// `claimline parse` starts its worker threads on this same module (the bundle): they only parse.
const parseWorker = !isMainThread && (workerData as Record<string, unknown> | null)?.[PARSE_WORKER_FLAG] === true;
if (parseWorker) runParseWorker();
else await runCommand();

async function runCommand(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `| head` closes the pipe early: that is not an error of ours.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  await createProgram().parseAsync(process.argv);
}
