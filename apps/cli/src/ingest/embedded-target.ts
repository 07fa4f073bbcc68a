import { fileURLToPath } from 'node:url';
import { openDatabase } from '@claimline/api/db/client';
import { ingestMany } from '@claimline/api/ingest/ingest-article';
import { createParsePool } from '@claimline/api/ingest/parse-pool';
import type { CliEnv } from '../env';
import { userPath } from '../user-path';
import type { IngestTarget } from './ingest-target';

/** The server's own data folder (it runs in apps/api with CLAIMLINE_DATA_DIR=./data): the CLI's default. */
const SERVER_DATA_DIR = fileURLToPath(new URL('../../../api/data', import.meta.url));

/** Where the embedded path writes: DATABASE_URL when set, else PGlite in CLAIMLINE_DATA_DIR (default: the server's folder). */
export function embeddedLocation(env: CliEnv): { url?: string; dataDir?: string; name: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, name: 'PostgreSQL (DATABASE_URL)' };
  const dataDir = env.CLAIMLINE_DATA_DIR ? userPath(env.CLAIMLINE_DATA_DIR) : SERVER_DATA_DIR;
  return { dataDir, name: `PGlite in ${dataDir}` };
}

/**
 * The database in this process, with the API's own ingest (the parse pool, the same dedupe by
 * content hash, the same transaction per batch). PGlite is one process's: stop the server first,
 * or send to it with --url.
 */
export async function embeddedTarget(env: CliEnv): Promise<IngestTarget> {
  const location = embeddedLocation(env);
  const database = await openDatabase({ url: location.url, dataDir: location.dataDir });
  const parser = createParsePool();
  return {
    name: location.name,
    ingestMany: (articles) => ingestMany({ db: database.db, parser }, articles),
    close: async () => {
      await parser.close();
      await database.close();
    },
  };
}
