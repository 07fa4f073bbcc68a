import { createReadStream, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { userPath } from '../user-path';
import { parseInWorkers } from './parse-in-workers';
import { parseLines } from './parse-lines';

/** Options of `claimline parse`. */
export interface ParseOptions {
  /** Write predictions here instead of standard output. */
  out?: string | undefined;
  /** Threads that parse (default: one a core); 1 parses in the main thread. */
  jobs?: number | undefined;
}

// Workers start on the module that is running: the built bundle (dist/claimline.mjs). From the
// TypeScript sources (a loader in between) a worker could not load it, so there parsing stays in this thread.
const entry = new URL(import.meta.url);
const canStartWorkers = entry.pathname.endsWith('.mjs');

/** `claimline parse [FILE|-]`: articles as JSON lines in, predictions as JSON lines out; exit code 1 when a line was skipped. */
export async function parseCommand(file: string, options: ParseOptions): Promise<void> {
  const input: Readable = file === '-' ? process.stdin : createReadStream(userPath(file));
  const output: Writable = options.out ? createWriteStream(userPath(options.out)) : process.stdout;
  const onBad = (line: number, reason: string) => process.stderr.write(`claimline parse: line ${line} ${reason}; skipped\n`);
  const jobs = options.jobs ?? availableParallelism();
  const summary =
    jobs > 1 && canStartWorkers
      ? await parseInWorkers(input, output, onBad, { workers: jobs, entry })
      : await parseLines(input, output, onBad);
  if (output !== process.stdout) {
    output.end();
    await finished(output);
  }
  if (summary.skipped > 0) {
    process.stderr.write(`claimline parse: ${summary.skipped} of ${summary.lines} lines skipped\n`);
    process.exitCode = 1;
  }
}
