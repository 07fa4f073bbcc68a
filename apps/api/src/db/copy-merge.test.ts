import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app';
import type { Database } from './client';
import { columnList, copyMerge } from './copy-merge';
import { articles, sources } from './schema';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const article = (id: string, text: string): typeof articles.$inferInsert => ({
  id,
  contentHash: `hash-${id}`,
  text,
  title: 'Tabs\tand\\backslashes',
  outlet: 'Wire',
  url: null,
  authors: ['Ann "Quote" O\'Neil', 'Tab\tBy'],
  publishedAt: '2024-05-24T00:00:00.000Z',
  dateline: null,
  language: 'en',
  removed: [{ text: 'Reporting by\nAnn\r\n\\N', reason: 'credit', at: 40 }],
  parserVersion: '1',
  ingestedAt: '2024-05-25T10:00:00.000Z',
  raw: text,
  input: { outlet: 'Wire' },
  sortAt: '2024-05-24T00:00:00.000Z',
});

const insertArticles = (stage: ReturnType<typeof sql.raw>) =>
  sql`INSERT INTO articles (${columnList(articles)}) SELECT ${columnList(articles)} FROM ${stage} ON CONFLICT DO NOTHING RETURNING id`;

describe('copyMerge', () => {
  it('should store rows through COPY exactly as sent: escapes, JSON, nulls and generated columns', async () => {
    const rows = [article('c1', 'Ports "reopen"\ttoday \\ \\N\nnext line\u00e9 \u{1F600}'), article('c2', 'Second text')];
    const returned = await database.db.transaction((tx) => copyMerge<typeof articles, { id: string }>(tx, articles, rows, insertArticles));
    expect(returned.map((r) => r.id).sort()).toEqual(['c1', 'c2']);
    const [stored] = await database.db.select().from(articles).where(eq(articles.id, 'c1'));
    if (!stored) throw new Error('the row was not stored');
    const { search, ...fields } = stored;
    expect(fields).toEqual({
      ...rows[0],
      publishedAt: expect.any(String) as string,
      ingestedAt: expect.any(String) as string,
      sortAt: expect.any(String) as string,
    });
    expect(new Date(fields.sortAt).toISOString()).toBe('2024-05-24T00:00:00.000Z');
    expect(search).toContain('reopen');
  });

  it('should merge twice in one transaction and return only what the merge returned', async () => {
    const returned = await database.db.transaction(async (tx) => {
      const first = await copyMerge<typeof articles, { id: string }>(tx, articles, [article('c3', 'Third')], insertArticles);
      const again = await copyMerge<typeof articles, { id: string }>(
        tx,
        articles,
        [article('c3', 'Third'), article('c4', 'Fourth')],
        insertArticles,
      );
      return [...first, ...again].map((r) => r.id);
    });
    expect(returned).toEqual(['c3', 'c4']);
  });

  it('should leave nothing behind when the transaction fails after the merge', async () => {
    const attempt = database.db.transaction(async (tx) => {
      await copyMerge(tx, articles, [article('c5', 'Fifth')], insertArticles);
      await copyMerge(
        tx,
        sources,
        [{ id: 's1', key: 'k', name: 'Ann', kind: 'person', roles: [], aliases: [] }],
        (stage) => sql`SELECT * FROM ${stage}`,
      );
    });
    // The source row leaves out NOT NULL columns: COPY refuses it, and the article goes with it.
    await expect(attempt).rejects.toThrow();
    expect(await database.db.$count(articles, eq(articles.id, 'c5'))).toBe(0);
    expect(await database.db.$count(articles)).toBe(4);
  });
});
