import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { Db } from './db/client';
import { exportRoutes } from './export/export-routes';
import { feedRoutes } from './saved-searches/feed-routes';
import { auth, type Access, type AuthEnv } from './http/auth';
import { batchLimit, MAX_BATCH_SIZE } from './http/batch-limit';
import { errorForLog } from './http/error-for-log';
import { hostCheck } from './http/host-check';
import { originCheck } from './http/origin-check';
import { rateLimit } from './http/rate-limit';
import { appSecureHeaders } from './http/secure-headers';
import { trpcError } from './http/trpc-error';
import type { ParsePool } from './ingest/parse-pool';
import type { JobQueue } from './jobs/job-queue';
import { appRouter } from './router/index';
import type { Context } from './trpc';

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What the app is built from; everything but db and parser has a local default. */
export interface AppOptions {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  parser: ParsePool;
  /** The job queue (feeds, reparses) this process runs, if any. */
  jobs?: JobQueue | undefined;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** When set, reads and exports need `Authorization: Bearer <readToken or token>`. */
  readToken?: string | undefined;
  /** Browser origins CORS admits and writes may come from besides the app's own (default: none). */
  webOrigins?: readonly string[] | undefined;
  /** Host names served besides loopback (default: none). */
  allowedHosts?: readonly string[] | undefined;
  /** Expensive calls per client per minute (default: no limit). */
  rateLimit?: number | undefined;
  /** A built web app to serve (production); absent: the API only. */
  webDist?: string | undefined;
  /** Requests taking longer are answered 504 (default 30 s). */
  timeoutMs?: number | undefined;
}

/** Wires the API: tRPC at /trpc, exports at /export, Atom feeds at /feeds, the perimeter (src/http), limits and (optionally) the web app. */
export function createApp(options: AppOptions): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  // The perimeter, in order: headers on every answer, who is calling, to which host, from where.
  app.use('*', appSecureHeaders());
  app.use('*', auth({ write: options.token, read: options.readToken }));
  app.use('*', hostCheck(options.allowedHosts));
  const origins = [...(options.webOrigins ?? [])];
  app.use(
    '*',
    cors({ origin: origins, allowHeaders: ['Content-Type', 'Authorization', 'trpc-accept'], allowMethods: ['GET', 'POST', 'OPTIONS'] }),
  );
  app.use('*', originCheck(origins));
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => trpcError('PAYLOAD_TOO_LARGE', 'request body is over the 2 MB limit: send fewer or smaller articles per request'),
    }),
  );
  app.use(
    '*',
    timeout(
      options.timeoutMs ?? 30_000,
      () => new HTTPException(504, { message: 'the request took too long and was stopped: narrow the filters or send a smaller batch' }),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 504) return trpcError('GATEWAY_TIMEOUT', error.message);
    console.error(`${c.req.method} ${c.req.path.slice(0, 200)} failed: ${errorForLog(error)}`);
    return trpcError('INTERNAL_SERVER_ERROR', 'internal error: the server logged it; try again or report it');
  });
  app.use('/trpc/*', batchLimit(MAX_BATCH_SIZE));
  if (options.rateLimit) app.use('*', rateLimit(options.rateLimit));

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: (_opts, c): Context & Record<string, unknown> => {
        const access = c.get('access') as Access;
        return {
          db: options.db,
          dbKind: options.dbKind,
          parser: options.parser,
          jobs: options.jobs,
          authRequired: options.token !== undefined,
          authorized: access.write,
          canRead: access.read,
        };
      },
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`trpc ${path ?? '?'} failed: ${errorForLog(error.cause ?? error)}`);
      },
    }),
  );
  // Only the Atom routes under /feeds: the web app's own /feeds page (followed feeds) stays a static file.
  for (const [prefix, what] of [
    ['/export', 'exports'],
    ['/feeds/searches', 'feeds'],
    ['/feeds/speakers', 'feeds'],
  ] as const) {
    app.use(`${prefix}/*`, async (c, next) => {
      if (!c.get('access').read) {
        return trpcError(
          'UNAUTHORIZED',
          `this server needs a token for ${what}: send the header Authorization: Bearer <CLAIMLINE_READ_TOKEN>`,
        );
      }
      await next();
    });
  }
  app.route('/export', exportRoutes(options.db));
  // Atom feeds of saved searches and speakers; a feed reader sends the read token as a bearer header.
  app.route('/feeds', feedRoutes(options.db));

  if (options.webDist !== undefined) {
    const dist = options.webDist;
    if (existsSync(join(dist, 'index.html'))) {
      app.use('*', serveStatic({ root: dist }));
      // SPA fallback: client-side routes (/articles/abc) get index.html.
      app.get('*', serveStatic({ root: dist, path: 'index.html' }));
    } else {
      app.get('*', (c) => c.text(`The web app is not built (no ${dist}/index.html): run pnpm build first, then pnpm start.`, 503));
    }
  }
  return app;
}
