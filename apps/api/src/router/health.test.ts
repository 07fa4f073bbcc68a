import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '@claimline/parser';
import { createTestApi, type TestApi } from '../test/test-app';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('health', () => {
  it('should report the database kind and parser version', async () => {
    expect(await api.caller.health()).toEqual({ ok: true, database: api.database.kind, parserVersion: PARSER_VERSION });
  });

  it('should answer over HTTP at /trpc/health', async () => {
    const response = await api.app.request('/trpc/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { ok: true, database: api.database.kind, parserVersion: PARSER_VERSION } } });
  });
});
