import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { trpcPaths } from './batch-limit';
import { trpcError } from './trpc-error';

/** Procedures that cost the server seconds of work per call; each call in a batch counts. */
export const EXPENSIVE_PROCEDURES: ReadonlySet<string> = new Set([
  'stats.timeline',
  'stats.overview',
  'articles.ingestMany',
  'articles.reparse',
]);

/** How many expensive calls a request makes: its expensive procedures, or 1 for an export or an Atom feed. */
export function expensiveCalls(pathname: string): number {
  if (pathname.startsWith('/export/') || /^\/feeds\/(searches|speakers)\//.test(pathname)) return 1;
  if (!pathname.startsWith('/trpc/')) return 0;
  return trpcPaths(pathname).filter((p) => EXPENSIVE_PROCEDURES.has(p)).length;
}

/** The client's address as the socket saw it (behind a reverse proxy: the proxy's; in app.request tests: "local"). */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Lets each client address make `perMinute` expensive calls a minute; past that, 429 with
 * Retry-After. Cheap calls (health, lists, byId, ingest of one article) are never counted.
 */
export function rateLimit(perMinute: number) {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return createMiddleware(async (c, next) => {
    const cost = expensiveCalls(c.req.path);
    if (cost === 0) return next();
    try {
      await limiter.consume(clientAddress(c), cost);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      return trpcError(
        'TOO_MANY_REQUESTS',
        `too many expensive calls (stats, batch ingest, reparse, exports, feeds): at most ${perMinute} a minute per client; retry in ${seconds} s`,
        { 'Retry-After': String(seconds) },
      );
    }
    await next();
  });
}
