import { parentPort } from 'node:worker_threads';
import { parseLine } from './parse-line';

/** A batch of consecutive input lines sent to a parse worker; `first` is the number of its first line. */
export interface LineBatch {
  seq: number;
  first: number;
  lines: string[];
}

/** What a worker sends back for a batch: its predictions as JSON lines, and the lines it skipped with why. */
export interface BatchResult {
  seq: number;
  out: string;
  written: number;
  skipped: [line: number, reason: string][];
}

/** The worker side of parseInWorkers: answers each batch of lines with its predictions, in the order given. */
export function runParseWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runParseWorker runs in a worker thread');
  port.on('message', ({ seq, first, lines }: LineBatch) => {
    const result: BatchResult = { seq, out: '', written: 0, skipped: [] };
    lines.forEach((line, k) => {
      const outcome = parseLine(line, first + k);
      if (outcome === null) return;
      if ('skipped' in outcome) result.skipped.push([first + k, outcome.skipped]);
      else {
        result.out += outcome.json;
        result.written += 1;
      }
    });
    port.postMessage(result);
  });
}
