import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { ParseMetaSchema, type ParseMeta } from '@claimline/schema';
import { metaOf, toPrediction } from '@claimline/parser/prediction';

/** What `parseLines` did: lines read, predictions written, lines skipped (each reported through `onBad`). */
export interface ParseLinesSummary {
  lines: number;
  written: number;
  skipped: number;
}

const META_KEYS = ['title', 'outlet', 'url', 'authors', 'publishedAt'] as const;

/**
 * metaOf's answer with one schema check when every metadata field of the line is valid (the usual
 * line; ParseMetaSchema has no check across fields, so the fields valid together are the fields
 * valid one by one); otherwise metaOf, which keeps the valid fields one by one. metaOf checks each
 * field and then the whole: six zod parses a line, ~4 us of the whole process's time per article.
 */
export function lineMeta(record: Record<string, unknown>): ParseMeta {
  const candidate: Record<string, unknown> = {};
  for (const key of META_KEYS) if (record[key] !== undefined && record[key] !== null) candidate[key] = record[key];
  const checked = ParseMetaSchema.safeParse(candidate);
  return checked.success ? checked.data : metaOf(record);
}

/** Writes `chunk`, waiting for the consumer when its buffer is full, so memory stays flat on any input size. */
async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
}

/**
 * Reads one article a line ({"id", "text", ...}) and writes one prediction a line in the format of
 * ../shared/eval/FORMAT.md ({"id", "quotes"}), as `pnpm parse:jsonl` does. A bad line is reported
 * through `onBad` with its number and skipped; the others go on.
 */
export async function parseLines(
  input: Readable,
  output: Writable,
  onBad: (line: number, reason: string) => void,
): Promise<ParseLinesSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const summary: ParseLinesSummary = { lines: 0, written: 0, skipped: 0 };
  const skip = (reason: string) => {
    summary.skipped += 1;
    onBad(summary.lines, reason);
  };
  for await (const line of lines) {
    summary.lines += 1;
    if (line.trim().length === 0) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      skip(`is not valid JSON (${(error as Error).message}); expected {"id": ..., "text": ...}`);
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { text?: unknown }).text !== 'string') {
      skip('has no "text" string; expected {"id": ..., "text": ...}');
      continue;
    }
    const record = parsed as Record<string, unknown> & { text: string };
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : String(summary.lines);
    let quotes;
    try {
      quotes = toPrediction(record.text, lineMeta(record));
    } catch (error) {
      // parseArticle is meant never to throw; if it does, say which article and keep going.
      skip(`(id ${id}) failed to parse: ${(error as Error).message}; please report it with the article`);
      continue;
    }
    await write(output, `${JSON.stringify({ id, quotes })}\n`);
    summary.written += 1;
  }
  return summary;
}
