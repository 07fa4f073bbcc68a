import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUCK, STUCK_WORKER } from '../test/stuck-parse-worker';
import { createTestApi, type TestApi } from '../test/test-app';
import { createParsePool } from './parse-pool';

const stuck = { text: `${STUCK}a text the parser never finishes`, outlet: 'Wire' };
const good = (n: number) => ({ text: `Report ${n}\n\n"The harbour will reopen," said Maria Lopez.`, outlet: 'Wire' });
const post = (api: TestApi, procedure: string, body: unknown) =>
  api.app.request(`/trpc/${procedure}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

// A real pool of one worker whose parse of STUCK text never ends, as parses did with the catastrophic pattern.
const withStuckParser = () => createTestApi({ parser: createParsePool(1, { timeoutMs: 1000, worker: STUCK_WORKER }) });

describe('ingest past the parse deadline', { timeout: 120_000 }, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await withStuckParser();
  }, 120_000);
  afterAll(() => api.close());

  // Regression: two such ingests took both parse workers; every ingest after them answered 504.
  it('should answer 422 that the text is too complex to parse, and serve the next ingest', async () => {
    const error = await api.caller.articles.ingest(stuck).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'UNPROCESSABLE_CONTENT' });
    expect((error as TRPCError).message).toMatch(/^text is too complex to parse: the parser gave up after 1 s; split the article/);
    expect((await post(api, 'articles.ingest', stuck)).status).toBe(422);
    // (A short article: the worker that replaces the stopped one parses it cold, and a long one on a busy machine had run
    // past the test's 1 s deadline itself.)
    expect(await api.caller.articles.ingest(good(0))).toMatchObject({ status: 'created' });
  });

  it('should answer the item of a batch that runs past the deadline by its index, and store the others', async () => {
    const { results } = await api.caller.articles.ingestMany({ articles: [good(1), stuck, good(2)] });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    expect(failed).toMatchObject({ index: 1, ok: false, error: { code: 'UNPROCESSABLE_CONTENT' } });
    expect(failed?.ok === false && failed.error.message).toMatch(/too complex to parse/);
  });
});

describe('ingest while the server shuts down', { timeout: 120_000 }, () => {
  // Regression: SIGTERM mid-batch answered articles not yet parsed "BAD_REQUEST: the parser could not read this text".
  it('should answer the articles not yet parsed 503, retry the request, never BAD_REQUEST', async () => {
    const api = await withStuckParser();
    try {
      const batch = api.caller.articles.ingestMany({ articles: [stuck, good(1), good(2)] });
      await expect.poll(() => api.parser.running(), { timeout: 60_000 }).toBe(1);
      const closed = api.parser.close();
      const { results } = await batch;
      expect(results[0]).toMatchObject({ index: 0, ok: false, error: { code: 'UNPROCESSABLE_CONTENT' } });
      for (const index of [1, 2]) {
        expect(results[index]).toEqual({
          index,
          ok: false,
          error: { code: 'SERVICE_UNAVAILABLE', message: 'the server is shutting down: retry the request' },
        });
      }
      await closed;
      await expect(api.caller.articles.ingest(good(3))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect((await post(api, 'articles.ingest', good(3))).status).toBe(503);
    } finally {
      await api.close();
    }
  });
});
