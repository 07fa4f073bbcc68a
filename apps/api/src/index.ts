/**
 * Starts Claimline: one process serving the API at /trpc and, in production, the built web app.
 * Configuration comes from the environment (see env.ts), e.g. `PORT=3000 pnpm start`.
 *
 * Order matters: bind the port (a taken port fails here, before the data directory is touched),
 * lock and open the database, then serve. SIGTERM/SIGINT drain: stop taking requests (new ones get
 * 503), let those in flight finish for CLAIMLINE_SHUTDOWN_TIMEOUT_MS, answer what is left 503
 * (retryable), then close the parse pool and, once the handlers have returned, the database.
 */
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app';
import { backfillClaimKeys } from './claims/backfill-claim-keys';
import { reparseMany } from './corrections/reparse';
import { openDatabase, type Database } from './db/client';
import { readEnv, type Env } from './env';
import { errorForLog } from './http/error-for-log';
import { createServerGate } from './http/server-gate';
import { fetchOptionsFromEnv } from './fetch/ingest-url';
import { createParsePool } from './ingest/parse-pool';
import { startJobQueue, type JobQueue } from './jobs/job-queue';

function fail(message: string): never {
  console.error(`Claimline cannot start: ${message}`);
  process.exit(1);
}

function listen(server: Server, env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

let env: Env;
try {
  env = readEnv();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const gate = createServerGate();
const server = createAdaptorServer({ fetch: gate.fetch }) as Server;
gate.attach(server);
// Longer than the usual 60 s idle timeout of proxies and clients, so a kept-alive connection is
// never closed by us at the moment a client reuses it ("other side closed" on a batch ingest).
server.keepAliveTimeout = 65_000;
await listen(server, env).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `${env.HOST}:${env.PORT} is already in use (another Claimline server?): stop it, or set PORT to a free port`
      : `cannot listen on ${env.HOST}:${env.PORT} (${error.message})`,
  ),
);

let database: Database;
try {
  database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.CLAIMLINE_DATA_DIR,
    connectTimeoutMs: env.CLAIMLINE_DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.CLAIMLINE_REQUEST_TIMEOUT_MS,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const parser = createParsePool(env.CLAIMLINE_PARSE_THREADS, { timeoutMs: env.CLAIMLINE_PARSE_TIMEOUT_MS });
// The job queue starts after the port answers (creating its schema takes seconds on PGlite); until
// then feeds.add only stores the feed, and the first sweep polls it.
let queue: JobQueue | undefined;
const jobs: JobQueue = {
  pollDue: async () => queue?.pollDue(),
  reparseOutdated: async () => queue?.reparseOutdated(),
  stop: async () => queue?.stop(),
};
gate.open(
  createApp({
    db: database.db,
    dbKind: database.kind,
    parser,
    jobs,
    token: env.CLAIMLINE_API_TOKEN,
    readToken: env.CLAIMLINE_READ_TOKEN,
    webOrigins: env.CLAIMLINE_WEB_ORIGIN,
    allowedHosts: env.CLAIMLINE_ALLOWED_HOSTS,
    rateLimit: env.CLAIMLINE_RATE_LIMIT,
    webDist: env.NODE_ENV === 'production' ? env.CLAIMLINE_WEB_DIST : undefined,
    timeoutMs: env.CLAIMLINE_REQUEST_TIMEOUT_MS,
  }),
);
const address = server.address();
const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${env.CLAIMLINE_DATA_DIR}`;
const port = typeof address === 'object' && address ? address.port : env.PORT;
const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
console.log(`Claimline listening on http://${host}:${port} (${where}, pid ${process.pid})`);

// Feeds are polled and articles stored by an older parser reparsed as jobs, shared by every process on one PostgreSQL.
// CLAIMLINE_REPARSE_ON_START=0 leaves them: the scale bench's store marks its 1.7 million synthetic articles parser 'bench'.
const reparseOnStart = env.CLAIMLINE_REPARSE_ON_START === '1';
const started = startJobQueue({
  database,
  parser,
  fetchOptions: fetchOptionsFromEnv(),
  feedIntervalMs: env.CLAIMLINE_FEED_INTERVAL_MINUTES * 60_000,
}).then(
  async (running) => {
    queue = running;
    if (reparseOnStart) await running.reparseOutdated();
    await running.pollDue();
  },
  (error: unknown) => {
    console.error(
      `the job queue could not start (${errorForLog(error)}): feeds are not polled${reparseOnStart ? '; reparsing here instead' : ''}`,
    );
    if (!reparseOnStart) return;
    return reparseMany({ db: database.db, parser }, false).then((n) => void (n > 0 && console.log(`reparsed ${n} articles`)));
  },
);
// Quotes stored before claims existed are filed into claims, also in the background.
backfillClaimKeys(database.db)
  .then((n) => n > 0 && console.log(`filed ${n} earlier quotes into claims`))
  .catch((error: unknown) => console.error(`claim backfill on start failed: ${errorForLog(error)}`));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: draining: no new requests; waiting up to ${env.CLAIMLINE_SHUTDOWN_TIMEOUT_MS} ms for those in flight`);
  server.close();
  server.closeIdleConnections();
  const left = await gate.drain(env.CLAIMLINE_SHUTDOWN_TIMEOUT_MS);
  if (left > 0) {
    console.log(`${signal}: ${left} requests still running after ${env.CLAIMLINE_SHUTDOWN_TIMEOUT_MS} ms are answered 503 (retryable)`);
    gate.cutOff();
  }
  // Jobs in hand finish (or are given back to the queue) before the parser and the database go.
  await started.catch(() => undefined);
  await jobs.stop().catch((error: unknown) => console.error(`${signal}: stopping the job queue failed: ${errorForLog(error)}`));
  // What still waits for the parser fails now; the handlers that were cut off end unheard.
  await parser.close();
  await gate.handlersDone(5_000);
  await gate.settled(2_000);
  server.closeAllConnections();
  await database.close();
  console.log(`${signal}: stopped`);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
