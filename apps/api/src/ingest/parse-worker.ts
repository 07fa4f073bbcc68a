import { parseArticle } from '@claimline/parser';
import type { ParseResult } from '@claimline/schema';
import { markStarted } from './parse-deadline';
import type { WorkerTask } from './parse-pool';

/** Runs in a worker thread: parses one article off the request path, marking when it starts for the deadline. */
export default function parseTask(task: WorkerTask): ParseResult {
  markStarted(task.started);
  return parseArticle(task.raw, task.meta);
}
