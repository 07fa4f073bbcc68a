import { afterAll, describe, expect, it } from 'vitest';
import { seedArticle } from '../test/corpus';
import { STUCK, STUCK_WORKER, THROWS } from '../test/stuck-parse-worker';
import { createParsePool } from './parse-pool';
import { ParsePoolClosingError, ParseTimeoutError } from './parse-pool-errors';

const META = { outlet: 'Reuters', ingestedAt: '2024-05-24T00:00:00.000Z' };
/**
 * The deadline of the pools with a stuck worker: the parse after a replaced worker runs in a worker just started, which
 * loads the parser first (a fifth of a second here, past a second on a busy CI machine running the other suites).
 */
const DEADLINE_MS = 4000;
const pool = createParsePool(2);
afterAll(async () => {
  await pool.close();
});

describe('createParsePool', { timeout: 120_000 }, () => {
  it('should parse in worker threads from the bundled parser', async () => {
    const before = pool.completed();
    const results = await Promise.all(Array.from({ length: 4 }, () => pool.parse({ raw: seedArticle(), meta: META })));
    expect(pool.completed() - before).toBe(4);
    expect(results[0]?.article.outlet).toBe('Reuters');
    expect(results[0]?.quotes.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.article.contentHash)).size).toBe(1);
  });

  // A megabyte of real text takes the parser far longer than 1 ms on any machine: the deadline stops the real parse.
  it('should stop a parse that runs past its deadline with ParseTimeoutError', async () => {
    const strict = createParsePool(1, { timeoutMs: 1 });
    try {
      const long = seedArticle().repeat(Math.ceil(1_000_000 / seedArticle().length));
      await expect(strict.parse({ raw: long, meta: META })).rejects.toEqual(new ParseTimeoutError(1));
    } finally {
      await strict.close();
    }
  });

  // Regression: two articles that hung the parser took both workers, and every ingest after them timed out.
  it('should replace a worker held past the deadline and serve the next parse', async () => {
    const stuck = createParsePool(1, { timeoutMs: DEADLINE_MS, worker: STUCK_WORKER });
    try {
      const held = stuck.parse({ raw: `${STUCK}text`, meta: META });
      const next = stuck.parse({ raw: seedArticle(), meta: META });
      await expect(held).rejects.toBeInstanceOf(ParseTimeoutError);
      expect((await next).quotes.length).toBeGreaterThan(0);
      expect((await stuck.parse({ raw: seedArticle(), meta: META })).article.outlet).toBe('Reuters');
    } finally {
      await stuck.close();
    }
  });

  // Articles go to the workers several to a task: one article failing must not fail the others of its task.
  it('should answer each article of a batch on its own when one times out and one throws', async () => {
    const mixed = createParsePool(1, { timeoutMs: DEADLINE_MS, worker: STUCK_WORKER });
    try {
      const raws = [seedArticle(), `${STUCK}text`, seedArticle(), `${THROWS}text`, seedArticle()];
      const answers = await mixed.parseMany(raws.map((raw) => ({ raw, meta: META })));
      expect(answers.map((a) => a.ok)).toEqual([true, false, true, false, true]);
      expect(answers[1]).toEqual({ ok: false, error: new ParseTimeoutError(DEADLINE_MS) });
      expect(answers[3]).toMatchObject({ ok: false, error: { message: 'a parser bug' } });
      expect(answers[4]?.ok && answers[4].parsed.article.outlet).toBe('Reuters');
    } finally {
      await mixed.close();
    }
  });

  // Regression: SIGTERM mid-batch answered the articles not yet parsed as if their text were bad.
  it('should answer tasks not yet parsed with ParsePoolClosingError when the pool closes', async () => {
    const closing = createParsePool(1, { timeoutMs: DEADLINE_MS, worker: STUCK_WORKER });
    const held = closing.parse({ raw: `${STUCK}text`, meta: META });
    const queued = Array.from({ length: 3 }, () => closing.parse({ raw: seedArticle(), meta: META }));
    // The first task holds the only worker before the pool closes; the others wait in the queue.
    await expect.poll(() => closing.running(), { timeout: 60_000 }).toBe(1);
    const closed = closing.close();
    for (const task of queued) await expect(task).rejects.toBeInstanceOf(ParsePoolClosingError);
    await expect(closing.parse({ raw: seedArticle(), meta: META })).rejects.toBeInstanceOf(ParsePoolClosingError);
    await expect(held).rejects.toBeInstanceOf(ParseTimeoutError);
    await closed;
  });
});
