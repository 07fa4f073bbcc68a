import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { BufferedWriter } from './buffered-writer';
import { parseLine } from './parse-line';

/** What `parseLines` did: lines read, predictions written, lines skipped (each reported through `onBad`). */
export interface ParseLinesSummary {
  lines: number;
  written: number;
  skipped: number;
}

/**
 * Reads one article a line ({"id", "text", ...}) and writes one prediction a line in the format of
 * ../shared/eval/FORMAT.md ({"id", "quotes"}), in this thread. A bad line is reported through
 * `onBad` with its number and skipped; the others go on. parseInWorkers does the same on several cores.
 */
export async function parseLines(
  input: Readable,
  output: Writable,
  onBad: (line: number, reason: string) => void,
): Promise<ParseLinesSummary> {
  const writer = new BufferedWriter(output);
  const summary: ParseLinesSummary = { lines: 0, written: 0, skipped: 0 };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    summary.lines += 1;
    const outcome = parseLine(line, summary.lines);
    if (outcome === null) continue;
    if ('skipped' in outcome) {
      summary.skipped += 1;
      onBad(summary.lines, outcome.skipped);
      continue;
    }
    await writer.write(outcome.json);
    summary.written += 1;
  }
  await writer.flush();
  return summary;
}
