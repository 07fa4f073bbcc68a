import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '@claimline/parser';
import { rows } from '../db/rows';
import { seedArticle } from '../test/corpus';
import { createTestApi, type TestApi } from '../test/test-app';
import { reparseMany } from './reparse';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('reparseMany', () => {
  it('should reparse only articles stored by another parser version, as on start after an upgrade', async () => {
    const { articleId, quoteCount } = await api.caller.articles.ingest({
      text: seedArticle(),
      outlet: 'Reuters',
      publishedAt: '2024-05-24',
    });
    await api.caller.articles.ingest({ text: 'Other\n\n"All is well," said Maria Lopez.', outlet: 'Wire' });
    expect(await reparseMany({ db: api.database.db, parser: api.parser }, false)).toBe(0);

    // As if the seed article had been stored by an older parser, with its quotes lost.
    await api.database.db.execute(sql`UPDATE articles SET parser_version = '0.0.0-old' WHERE id = ${articleId}`);
    await api.database.db.execute(sql`DELETE FROM quotes WHERE article_id = ${articleId}`);
    expect(await reparseMany({ db: api.database.db, parser: api.parser }, false)).toBe(1);

    const detail = await api.caller.articles.byId({ id: articleId });
    expect(detail.article.parserVersion).toBe(PARSER_VERSION);
    expect(detail.quotes).toHaveLength(quoteCount);
    const [version] = await rows<{ value: string }>(api.database.db, sql`SELECT value FROM meta WHERE key = 'parser_version'`);
    expect(version?.value).toBe(PARSER_VERSION);
  });

  it('should answer NOT_FOUND when reparsing an unknown article', async () => {
    await expect(api.caller.articles.reparse({ id: 'art_nope' })).rejects.toThrow(
      'no article with id art_nope: take ids from articles.list',
    );
  });
});
