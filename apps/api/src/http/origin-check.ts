import { createMiddleware } from 'hono/factory';
import { trpcError } from './trpc-error';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes (every method but GET/HEAD/OPTIONS) must come from this server's own pages, one of
 * `webOrigins`, or no browser at all (no Origin header), and must be JSON: a form on another site
 * can post `multipart/form-data` or `text/plain` without a CORS preflight, so those are refused.
 */
export function originCheck(webOrigins: readonly string[] = []) {
  const allowed = new Set(webOrigins);
  return createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    if (origin !== undefined && !allowed.has(origin) && !sameOrigin(origin, c.req.header('Host'))) {
      return trpcError(
        'FORBIDDEN',
        `writes from another site are refused (Origin ${origin.slice(0, 100)}): call the API from the Claimline app, or list its origin in CLAIMLINE_WEB_ORIGIN`,
      );
    }
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return trpcError(
        'UNSUPPORTED_MEDIA_TYPE',
        `writes must be sent as Content-Type: application/json (got ${type ? type.slice(0, 100) : 'none'}); form posts are refused`,
      );
    }
    await next();
  });
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file://) or garbage
  }
}
