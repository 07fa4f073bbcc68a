import { afterAll, describe, expect, it } from 'vitest';
import { seedArticle } from '../test/corpus';
import { createParsePool } from './parse-pool';

const pool = createParsePool(2);
afterAll(async () => {
  await pool.close();
});

describe('createParsePool', () => {
  it('should parse in worker threads from the bundled parser', async () => {
    const before = pool.completed();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        pool.parse({ raw: seedArticle(), meta: { outlet: 'Reuters', ingestedAt: '2024-05-24T00:00:00.000Z' } }),
      ),
    );
    expect(pool.completed() - before).toBe(4);
    expect(results[0]?.article.outlet).toBe('Reuters');
    expect(results[0]?.quotes.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.article.contentHash)).size).toBe(1);
  });
});
