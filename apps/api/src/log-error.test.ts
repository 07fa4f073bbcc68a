import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from './test/test-app';
import { logError } from './log-error';

describe('logError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Regression: a failed ingest logged Drizzle's message, which lists every parameter: megabytes of article text.
  it('should log where and why a real query failed, never its parameters', async () => {
    const database = await openTestDatabase();
    const article = 'Peskov said the talks will go on. '.repeat(1000);
    let failure: unknown;
    try {
      await database.db.execute(sql`SELECT ${article}::text, 'not a number'::int`);
    } catch (error) {
      failure = error;
    } finally {
      await database.close();
    }
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
    logError('articles.ingest', failure);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^articles\.ingest failed:\n {2}\w*Error: query failed: SELECT \$1::text, 'not a number'::int\n {2}caused by \w+: invalid input syntax for type integer/,
    );
    expect(logged[0]).not.toContain('Peskov');
  });

  it('should cut a long message and say how long it was', () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
    logError('export quotes.csv', new Error('x'.repeat(5000)));
    expect(logged[0]).toContain(`Error: ${'x'.repeat(300)}... (5000 characters)`);
    expect(logged[0]).not.toContain('x'.repeat(301));
  });
});
