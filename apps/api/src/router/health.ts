import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { PARSER_VERSION } from '@claimline/parser';
import { HealthSchema } from '@claimline/schema';
import { errorForLog } from '../http/error-for-log';
import { openProcedure } from '../trpc';

/** How long health waits for the database's answer before it reports the database down. */
export const HEALTH_DB_TIMEOUT_MS = 5_000;

/** Runs `SELECT 1`; rejects when the database errs or does not answer within the bound. */
async function ping(run: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_DB_TIMEOUT_MS / 1000} s`)), HEALTH_DB_TIMEOUT_MS);
  });
  try {
    await Promise.race([run(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** health: the server answers and its database runs `SELECT 1` (503 SERVICE_UNAVAILABLE when it does not); open to all. */
export const health = openProcedure.output(HealthSchema).query(async ({ ctx }) => {
  try {
    await ping(() => ctx.db.execute(sql`SELECT 1`));
  } catch (error) {
    console.error(`health: the database is down: ${errorForLog(error)}`);
    let root = error;
    while (root instanceof Error && root.cause instanceof Error) root = root.cause;
    const why = root instanceof Error ? root.message.slice(0, 200) : 'no answer';
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: `the database (${ctx.dbKind}) is down (${why}): check that it is running and reachable`,
    });
  }
  return { ok: true as const, database: ctx.dbKind, parserVersion: PARSER_VERSION };
});
