import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createApp, type AppOptions } from '../app';
import { openDatabase, type Database } from '../db/client';
import { createParsePool, type ParsePool } from '../ingest/parse-pool';
import { appRouter } from '../router/index';
import { createCallerFactory, type Context } from '../trpc';
import './pglite-template';

const createCaller = createCallerFactory(appRouter);

/** A new, empty database on the PostgreSQL server at `serverUrl`, and how to drop it again. */
export async function createEmptyDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `claimline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  };
  return { url: url.toString(), drop };
}

/** The initialized cluster the pglite project's global setup wrote, so a test database skips initdb. */
async function pgliteTemplate(): Promise<Blob | undefined> {
  const path = inject('pgliteTemplate');
  return path ? new Blob([await readFile(path)]) : undefined;
}

/**
 * A fresh database with the real migrations: in-memory PGlite, or, when TEST_DATABASE_URL is set
 * (CI), a new database on that PostgreSQL server, dropped again on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory://', pgliteTemplate: await pgliteTemplate() });
  const empty = await createEmptyDatabase(serverUrl);
  const database = await openDatabase({ url: empty.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await empty.drop();
    },
  };
}

/** Everything a test needs: the database, the parser pool, a tRPC caller and the Hono app. */
export interface TestApi {
  database: Database;
  parser: ParsePool;
  /** A caller with write access (as if it sent the right token). */
  caller: ReturnType<typeof createCaller>;
  /** A caller without the token, for the auth rules. */
  anonymousCaller: ReturnType<typeof createCaller>;
  app: ReturnType<typeof createApp>;
  /** What createApp needs at the least, to build an app with other settings on the same database. */
  appOptions: Pick<AppOptions, 'db' | 'dbKind' | 'parser'>;
  /** Empties every table, so each test starts from nothing without paying for a new database. */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** Opens a fresh database and parser pool (or uses `parser`, which it then closes); `token` turns on the auth rules for the HTTP app. */
export async function createTestApi(options: { token?: string; parser?: ParsePool } = {}): Promise<TestApi> {
  const database = await openTestDatabase();
  const parser = options.parser ?? createParsePool(1);
  const base: Omit<Context, 'authorized'> = { db: database.db, dbKind: database.kind, parser, authRequired: true, canRead: true };
  return {
    database,
    parser,
    caller: createCaller({ ...base, authorized: true }),
    anonymousCaller: createCaller({ ...base, authorized: false }),
    app: createApp({ db: database.db, dbKind: database.kind, parser, token: options.token }),
    appOptions: { db: database.db, dbKind: database.kind, parser },
    reset: async () => {
      await database.db.execute(
        sql`TRUNCATE articles, sources, quotes, quote_corrections, source_day_counts, source_days, source_month_counts, source_totals, source_articles, outlet_counts, day_counts, counters, meta, source_aliases, source_distinct, source_merges, claims, claim_outlets, claim_texts, claim_bands, saved_searches`,
      );
    },
    close: async () => {
      await parser.close();
      await database.close();
    },
  };
}

/**
 * Registers the hooks most API test files need: one test API for the file (opened in beforeAll),
 * emptied before each test and closed after the last. Its members may be read inside tests and hooks.
 */
export function useTestApi(options: { token?: string } = {}): TestApi {
  let current: TestApi | undefined;
  const open = (): TestApi => {
    if (current === undefined) throw new Error('the test API opens in beforeAll: use it inside a test or a hook');
    return current;
  };
  beforeAll(async () => {
    current = await createTestApi(options);
  });
  beforeEach(async () => {
    await open().reset();
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get database() {
      return open().database;
    },
    get parser() {
      return open().parser;
    },
    get caller() {
      return open().caller;
    },
    get anonymousCaller() {
      return open().anonymousCaller;
    },
    get app() {
      return open().app;
    },
    get appOptions() {
      return open().appOptions;
    },
    reset: () => open().reset(),
    close: () => open().close(),
  };
}
