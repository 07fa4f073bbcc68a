/**
 * Starts Claimline: one process serving the API at /trpc and, in production, the built web app.
 * Configuration comes from the environment (see env.ts), e.g. `PORT=3000 pnpm start`.
 */
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { reparseMany } from './corrections/reparse';
import { openDatabase } from './db/client';
import { readEnv } from './env';
import { createParsePool } from './ingest/parse-pool';

const env = readEnv();
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.CLAIMLINE_DATA_DIR });
const parser = createParsePool(env.CLAIMLINE_PARSE_THREADS, { timeoutMs: env.CLAIMLINE_PARSE_TIMEOUT_MS });
const app = createApp({
  db: database.db,
  dbKind: database.kind,
  parser,
  token: env.CLAIMLINE_API_TOKEN,
  webOrigin: env.CLAIMLINE_WEB_ORIGIN,
  webDist: env.NODE_ENV === 'production' ? env.CLAIMLINE_WEB_DIST : undefined,
  timeoutMs: env.CLAIMLINE_REQUEST_TIMEOUT_MS,
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${env.CLAIMLINE_DATA_DIR}`;
  console.log(`Claimline listening on http://${info.address}:${info.port} (${where})`);
});

// Longer than the usual 60 s idle timeout of proxies and clients, so a kept-alive connection is
// never closed by us at the moment a client reuses it ("other side closed" on a batch ingest).
if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;

// Articles stored by an older parser are brought up to date in the background after a deploy.
reparseMany({ db: database.db, parser }, false)
  .then((n) => n > 0 && console.log(`reparsed ${n} articles with the current parser`))
  .catch((error: unknown) => console.error('reparse on start failed:', error));

async function shutdown() {
  server.close();
  await parser.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
