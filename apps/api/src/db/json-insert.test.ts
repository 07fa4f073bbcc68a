import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app';
import type { Database } from './client';
import { jsonInsert } from './json-insert';
import { articles } from './schema';

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
  title: null,
  outlet: 'Wire',
  url: null,
  authors: ['Ann "Quote" O\'Neil'],
  publishedAt: '2024-05-24T00:00:00.000Z',
  dateline: null,
  language: 'en',
  removed: [{ text: 'Reporting by\nAnn', reason: 'credit', at: 40 }],
  parserVersion: '1',
  ingestedAt: '2024-05-25T10:00:00.000Z',
  raw: text,
  input: { outlet: 'Wire' },
  sortAt: '2024-05-24T00:00:00.000Z',
});

describe('jsonInsert', () => {
  it('should store many rows from one JSON parameter exactly as Drizzle would, generated columns included', async () => {
    const rows = [article('a1', 'Ports "reopen" \\ today\u00e9'), article('a2', 'Second text')];
    await database.db.execute(sql`${jsonInsert(articles, rows)} ON CONFLICT DO NOTHING`);
    const [stored] = await database.db.select().from(articles).where(eq(articles.id, 'a1'));
    if (!stored) throw new Error('the row was not stored');
    const { search, ...fields } = stored;
    expect(fields).toEqual({
      ...rows[0],
      publishedAt: expect.any(String) as string,
      ingestedAt: expect.any(String) as string,
      sortAt: expect.any(String) as string,
    });
    expect(new Date(fields.publishedAt ?? '').toISOString()).toBe('2024-05-24T00:00:00.000Z');
    expect(search).toContain('reopen');
    expect(await database.db.$count(articles)).toBe(2);
  });
});
