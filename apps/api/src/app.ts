import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { Db } from './db/client';
import { exportRoutes } from './export/export-routes';
import { logError } from './log-error';
import type { ParsePool } from './ingest/parse-pool';
import { appRouter } from './router/index';
import type { Context } from './trpc';

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What the app is built from; everything but db and parser has a local default. */
export interface AppOptions {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  parser: ParsePool;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** The only browser origin CORS admits (default: the Vite dev server). */
  webOrigin?: string | undefined;
  /** A built web app to serve (production); absent: the API only. */
  webDist?: string | undefined;
  /** Requests taking longer are answered 504 (default 30 s). */
  timeoutMs?: number | undefined;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** A tRPC-shaped error body, so typed clients read limits as they read procedure errors. */
function trpcErrorBody(code: string, httpStatus: number, message: string) {
  return { error: { message, code: httpStatus === 413 ? -32600 : -32603, data: { code, httpStatus } } };
}

/** Wires the API: tRPC at /trpc, exports at /export, limits, CORS, auth and (optionally) the web app. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const origin = options.webOrigin ?? 'http://localhost:5173';
  app.use('*', cors({ origin, allowHeaders: ['Content-Type', 'Authorization', 'trpc-accept'], allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          trpcErrorBody('PAYLOAD_TOO_LARGE', 413, 'request body is over the 2 MB limit: send fewer or smaller articles per request'),
          413,
        ),
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
    if (error instanceof HTTPException) return c.json(trpcErrorBody('TIMEOUT', error.status, error.message), error.status);
    logError(`${c.req.method} ${c.req.path}`, error);
    return c.json(trpcErrorBody('INTERNAL_SERVER_ERROR', 500, 'internal error: the server logged it; try again or report it'), 500);
  });

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      createContext: (_opts, c): Context & Record<string, unknown> => ({
        db: options.db,
        dbKind: options.dbKind,
        parser: options.parser,
        authRequired: options.token !== undefined,
        authorized: options.token !== undefined && bearerMatches(c.req.header('Authorization'), options.token),
      }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') logError(`trpc ${path ?? '?'}`, error.cause ?? error);
      },
    }),
  );
  app.route('/export', exportRoutes(options.db));

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
