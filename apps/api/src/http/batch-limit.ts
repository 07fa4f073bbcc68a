import { createMiddleware } from 'hono/factory';
import { trpcError } from './trpc-error';

/** Most procedure calls one batched tRPC request may carry (the web app and @claimline/client batch at most this many). */
export const MAX_BATCH_SIZE = 10;

/** The procedure paths a /trpc request calls: "stats.timeline,health" -> ["stats.timeline", "health"]. */
export function trpcPaths(pathname: string): string[] {
  const rest = pathname.replace(/^.*?\/trpc\//, '');
  return decodeURIComponent(rest)
    .split(',')
    .filter((p) => p !== '');
}

/**
 * Refuses a batch of more than `max` calls before any of them runs: one GET carrying 135
 * stats.timeline calls had kept the server busy for 26 s while health waited behind it.
 */
export function batchLimit(max = MAX_BATCH_SIZE) {
  return createMiddleware(async (c, next) => {
    const calls = trpcPaths(c.req.path).length;
    if (calls > max) {
      return trpcError(
        'BAD_REQUEST',
        `a batch may carry at most ${max} calls and this one carries ${calls}: send them in several requests (httpBatchLink maxItems: ${max})`,
      );
    }
    await next();
  });
}
