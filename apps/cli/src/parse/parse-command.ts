import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { userPath } from '../user-path';
import { parseLines } from './parse-lines';

/** Options of `claimline parse`. */
export interface ParseOptions {
  /** Write predictions here instead of standard output. */
  out?: string | undefined;
}

/** `claimline parse [FILE|-]`: articles as JSON lines in, predictions as JSON lines out; exit code 1 when a line was skipped. */
export async function parseCommand(file: string, options: ParseOptions): Promise<void> {
  const input: Readable = file === '-' ? process.stdin : createReadStream(userPath(file));
  const output: Writable = options.out ? createWriteStream(userPath(options.out)) : process.stdout;
  const summary = await parseLines(input, output, (line, reason) =>
    process.stderr.write(`claimline parse: line ${line} ${reason}; skipped\n`),
  );
  if (output !== process.stdout) {
    output.end();
    await finished(output);
  }
  if (summary.skipped > 0) {
    process.stderr.write(`claimline parse: ${summary.skipped} of ${summary.lines} lines skipped\n`);
    process.exitCode = 1;
  }
}
