import { drizzle } from 'drizzle-orm/node-postgres';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '@claimline/parser';
import { createApp } from '../app';
import type { Db } from '../db/client';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

describe('health', () => {
  it('should report the database kind and parser version', async () => {
    expect(await api.caller.health()).toEqual({ ok: true, database: api.database.kind, parserVersion: PARSER_VERSION });
  });

  it('should answer over HTTP at /trpc/health', async () => {
    const response = await api.app.request('/trpc/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { ok: true, database: api.database.kind, parserVersion: PARSER_VERSION } } });
  });

  it('should answer 503 when PostgreSQL does not answer (nothing listens where it should be)', async () => {
    // A real pool against a port nothing listens on: what health sees when the server is down.
    const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2_000 });
    try {
      const app = createApp({ ...api.appOptions, db: drizzle(pool) as unknown as Db, dbKind: 'postgres' });
      const response = await app.request('/trpc/health');
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { message: string; data: { code: string } } };
      expect(body.error.data.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.error.message).toMatch(
        /^the database \(postgres\) is down \(.*ECONNREFUSED.*\): check that it is running and reachable$/,
      );
    } finally {
      await pool.end();
    }
  });

  it('should answer 503 when the PGlite database is closed', async () => {
    const client = new PGlite('memory://');
    await client.close();
    const app = createApp({ ...api.appOptions, db: drizzlePglite(client) as unknown as Db, dbKind: 'pglite' });
    expect((await app.request('/trpc/health')).status).toBe(503);
  });
});
