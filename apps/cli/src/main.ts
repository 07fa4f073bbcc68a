/**
 * The claimline command: `claimline parse | ingest | export`. Run from the repository root as
 * `pnpm claimline ...`; bin/claimline.mjs runs the bundle (dist/claimline.mjs) built from here.
 *
 * @example
 * pnpm -s claimline parse ../shared/corpus/reuters-21578.jsonl > predictions.jsonl
 * pnpm claimline ingest ../shared/corpus/reuters-21578.jsonl
 * pnpm claimline export --format csv --outlets Reuters > quotes.csv
 */
import { createProgram } from './create-program';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `| head` closes the pipe early: that is not an error of ours.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await createProgram().parseAsync(process.argv);
