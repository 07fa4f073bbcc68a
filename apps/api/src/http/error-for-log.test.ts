import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';
import { errorForLog, MAX_LOGGED_MESSAGE } from './error-for-log';

const api = useTestApi();

describe('errorForLog', () => {
  it('should leave the article text of a failed query out of the log line', async () => {
    const article = `ARTICLE-BODY ${'the harbour will reopen, said Maria Lopez. '.repeat(20_000)}`;
    const error = await api.database.db.execute(sql`SELECT ${article}::int`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toContain('ARTICLE-BODY'); // Drizzle puts the parameters in its message
    const line = errorForLog(error);
    expect(line).not.toContain('ARTICLE-BODY');
    expect(line).toMatch(/Failed query: select \$1::int/i);
    expect(line).toMatch(/invalid input syntax for type integer/);
    expect(line.length).toBeLessThan(4 * (MAX_LOGGED_MESSAGE + 300));
  });

  it('should clip a long message and say how long it was', () => {
    const line = errorForLog(new Error(`bad: ${'x'.repeat(5_000)}`));
    expect(line).toMatch(/^Error: bad: x+… \(5005 chars\) \(at /);
    expect(line.length).toBeLessThan(MAX_LOGGED_MESSAGE + 300);
  });
});
