import { parseArticle } from '@claimline/parser';
import type { ParseResult } from '@claimline/schema';
import { markDone, markStarted, stopAsked, type ChunkCells } from './parse-deadline';
import type { ParseTask } from './parse-pool';

/** What a worker receives: several articles, and the cells where it marks each one's start and end (parse-deadline.ts). */
export interface WorkerChunk {
  tasks: ParseTask[];
  cells: ChunkCells;
}

/**
 * Per article of the chunk, in order: its parse, or the Error the parser threw on it. Shorter than the chunk when the
 * pool asked the worker to stop (it is closing): the articles left out were not parsed.
 */
export type ChunkResult = (ParseResult | Error)[];

/** Parses the chunk's articles one after the other with `parse`, marking each one's start for its deadline. */
export function parseChunk(chunk: WorkerChunk, parse: (task: ParseTask) => ParseResult): ChunkResult {
  const out: ChunkResult = [];
  for (const [index, task] of chunk.tasks.entries()) {
    if (stopAsked(chunk.cells)) break;
    markStarted(chunk.cells, index);
    try {
      out.push(parse(task));
    } catch (error) {
      // One article the parser cannot read fails alone; the rest of the chunk is still parsed.
      out.push(error instanceof Error ? error : new Error(String(error)));
    }
    markDone(chunk.cells, index);
  }
  return out;
}

/** Runs in a worker thread: parses a chunk of articles off the request path. */
export default function parseArticles(chunk: WorkerChunk): ChunkResult {
  return parseChunk(chunk, (task) => parseArticle(task.raw, task.meta));
}
