/**
 * pnpm -s parse:jsonl < articles.jsonl > predictions.jsonl
 * Reads one article a line ({"id", "text", ...}) and writes one prediction a line in the format of
 * ../shared/eval/FORMAT.md. Streams: constant memory however long the input. A bad line is
 * reported on stderr with its number and skipped.
 */
import { createInterface } from 'node:readline';
import { metaOf, toPrediction } from './to-prediction';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim().length === 0) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      bad += 1;
      process.stderr.write(
        `parse:jsonl: line ${n} is not valid JSON (${(error as Error).message}); expected {"id": ..., "text": ...}; skipped\n`,
      );
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { text?: unknown }).text !== 'string') {
      bad += 1;
      process.stderr.write(`parse:jsonl: line ${n} has no "text" string; expected {"id": ..., "text": ...}; skipped\n`);
      continue;
    }
    const record = parsed as Record<string, unknown> & { text: string };
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : String(n);
    let quotes;
    try {
      quotes = toPrediction(record.text, metaOf(record));
    } catch (error) {
      // parseArticle is meant never to throw; if it does, say which article and keep going.
      bad += 1;
      process.stderr.write(
        `parse:jsonl: line ${n} (id ${id}) failed to parse: ${(error as Error).message}; please report it with the article; skipped\n`,
      );
      continue;
    }
    if (!process.stdout.write(`${JSON.stringify({ id, quotes })}\n`)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
  if (bad > 0) process.stderr.write(`parse:jsonl: ${bad} of ${n} lines skipped\n`);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `| head` closes the pipe early: that is not an error of ours.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await main();
