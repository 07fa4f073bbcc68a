import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

/** The Drizzle database the API runs on, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A connected, migrated database and how to close it. */
export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Raw SQL on the same connection(s), for the job queue (pg-boss): without values the text may hold several statements. */
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  close: () => Promise<void>;
}

/** Where to connect: a postgres:// URL, or a PGlite data directory (`memory://` keeps it in memory). */
export interface DatabaseOptions {
  url?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL: how long to wait for a connection from the server (default 5 s). */
  connectTimeoutMs?: number | undefined;
  /**
   * PostgreSQL: statement_timeout of every pooled connection, so a request stopped by the request
   * timeout does not leave its query running (default 30 s, the request timeout). PGlite has no
   * timer to cancel a query with: there a slow query runs to its end behind the 504.
   */
  statementTimeoutMs?: number | undefined;
  /**
   * In-memory PGlite: a data directory (PGlite's dumpDataDir tarball) to start from instead of
   * running initdb, which takes seconds; the tests open one database a file from one template.
   */
  pgliteTemplate?: Blob | undefined;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any fixed number: every API process takes this lock while migrating so that several processes
// starting against one PostgreSQL database do not run the same migration twice.
const MIGRATION_LOCK = 4_242_001;

/** Opens the database and applies the committed migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  const dataDir = options.dataDir ?? 'memory://';
  if (dataDir.startsWith('memory://')) {
    return openPglite(new PGlite(dataDir, { loadDataDir: options.pgliteTemplate }), () => undefined);
  }
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
    throw new Error(`CLAIMLINE_DATA_DIR ${resolve(dataDir)} is a file, not a directory: point it at a directory`);
  }
  // One process per directory: a second PGlite on the same files corrupts them.
  const lock = lockDataDir(dataDir);
  try {
    return await openPglite(await openPgliteDir(dataDir), lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPglite(client: PGlite, afterClose: () => void): Promise<Database> {
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  const close = async () => {
    await client.close();
    afterClose();
  };
  // PGlite's query() takes one statement with parameters; exec() takes a script (pg-boss sends BEGIN; ...; COMMIT).
  const executeSql = async (text: string, values?: unknown[]) =>
    values && values.length > 0 ? client.query(text, values) : ((await client.exec(text)).at(-1) ?? { rows: [] });
  return { db: db as unknown as Db, kind: 'pglite', executeSql, close };
}

/** Opens PGlite on a directory, turning WebAssembly's "Aborted()" on damaged files into what to do about it. */
async function openPgliteDir(dataDir: string): Promise<PGlite> {
  const dir = resolve(dataDir);
  try {
    const client = new PGlite(dir);
    await client.query('SELECT 1');
    return client;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the PGlite database in ${dir} could not be opened (${why}): its files are damaged, incomplete or not a PGlite database. ` +
        `Restore the directory from a backup, or move it aside (mv ${dir} ${dir}.damaged) to start with an empty database.`,
      { cause: error },
    );
  }
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  const lockClient = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000 });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder });
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lockClient.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    // A transaction left open by a crashed request must not hold its locks for ever.
    idle_in_transaction_session_timeout: 60_000,
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.error(`postgres: idle connection lost (${error.message}); it will be replaced`));
  const db = drizzlePg(pool, { schema });
  const executeSql = (text: string, values?: unknown[]) => pool.query(text, values);
  return { db: db as unknown as Db, kind: 'postgres', executeSql, close: () => pool.end() };
}
