import { parseArticle } from '@claimline/parser';
import type { ParseResult } from '@claimline/schema';
import type { ParseTask } from './parse-pool';

/** Runs in a worker thread: parses one article off the request path. */
export default function parseTask(task: ParseTask): ParseResult {
  return parseArticle(task.raw, task.meta);
}
