import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, type z } from 'zod';
import type { Db } from './db/client';
import type { ParsePool } from './ingest/parse-pool';
import type { JobQueue } from './jobs/job-queue';

/** What every procedure can reach: the database, the parser pool and whether the caller may read and write. */
export interface Context {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  parser: ParsePool;
  /** The job queue this process runs (feeds, reparses); absent in tests that run the handlers themselves. */
  jobs?: JobQueue | undefined;
  /** True when writes need a token (CLAIMLINE_API_TOKEN is set). */
  authRequired: boolean;
  /** True when the caller may write: no token is configured, or it sent `Authorization: Bearer <CLAIMLINE_API_TOKEN>`. */
  authorized: boolean;
  /** True when the caller may read: no CLAIMLINE_READ_TOKEN is configured, or it sent the read or the write token. */
  canRead: boolean;
}

/** Turns zod issues into one line a person can act on: "text: text is empty: paste the article body". */
export function describeZodError(error: ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Wraps a zod schema for `.input()` so a validation failure reads "limit: limit is over 200: ..."
 * for every caller (HTTP clients and server-side callers alike) instead of zod's JSON issue list.
 * tRPC takes it as a Standard Schema, so the client still sees the schema's input type.
 */
export function readable<S extends z.ZodType>(schema: S): Pick<S, '~standard'> {
  return {
    '~standard': {
      ...schema['~standard'],
      validate: async (value: unknown) => {
        // A GET without ?input= (curl /trpc/articles.list) means "no filters".
        const result = await schema.safeParseAsync(value ?? {});
        return result.success ? { value: result.data } : { issues: [{ message: describeZodError(result.error) }] };
      },
    },
  };
}

const t = initTRPC.context<Context>().create({
  // Clients get a code and a message that says what to fix, never a stack trace.
  isDev: false,
  errorFormatter({ shape, error }) {
    const message =
      error.cause instanceof ZodError
        ? describeZodError(error.cause)
        : error.code === 'INTERNAL_SERVER_ERROR'
          ? 'internal error: the server logged it; try again or report it'
          : shape.message;
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path } };
  },
});

/** Builds routers. */
export const router = t.router;

/** Makes a server-side caller from a router (used by tests and the export routes). */
export const createCallerFactory = t.createCallerFactory;

/** Procedures anyone who can reach the server may call, whatever the tokens (health). */
export const openProcedure = t.procedure;

/** Procedures that read: they need a token when CLAIMLINE_READ_TOKEN is set (the read or the write token). */
export const publicProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.canRead) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'this server needs a token for reads: send the header Authorization: Bearer <CLAIMLINE_READ_TOKEN or CLAIMLINE_API_TOKEN>',
    });
  }
  return next();
});

/** Procedures that change data: they need the bearer token when one is configured. */
export const writeProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.authRequired && !ctx.authorized) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'this server needs a token for writes: send the header Authorization: Bearer <CLAIMLINE_API_TOKEN>',
    });
  }
  return next();
});
