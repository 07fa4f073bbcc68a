import { and, desc, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ArticleFilters, ArticlePage } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { toInstant, toIso, toIsoOrNull } from './convert';
import { decodeCursor, toPage } from './cursor';

/** The WHERE conditions on `articles` for the articles.list filters; stats.articleCount counts the same rows. */
export function articleFilterSql(f: ArticleFilters): SQL | undefined {
  return and(
    f.q ? sql`${articles.search} @@ websearch_to_tsquery('english', ${f.q})` : undefined,
    f.outlets?.length ? inArray(articles.outlet, f.outlets) : undefined,
    f.from ? gte(articles.sortAt, toInstant(f.from)) : undefined,
    f.to ? lt(articles.sortAt, toInstant(f.to)) : undefined,
  );
}

/** articles.list: newest first (published, else dateline, else ingested), with search over title and body. */
export async function listArticles(
  db: Db,
  input: ArticleFilters & { limit: number; cursor?: string | null | undefined },
): Promise<ArticlePage> {
  const after = decodeCursor(input.cursor);
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      authors: articles.authors,
      publishedAt: articles.publishedAt,
      ingestedAt: articles.ingestedAt,
      language: articles.language,
      sortAt: articles.sortAt,
      excerpt: sql<string>`left(${articles.text}, 280)`,
      // Spelled out: Drizzle renders ${articles.id} unqualified here, which would bind to q.id.
      quoteCount: sql<number>`(SELECT count(*)::int FROM quotes q WHERE q.article_id = "articles"."id")`,
      sourceCount: sql<number>`(SELECT count(DISTINCT q.source_id)::int FROM quotes q WHERE q.article_id = "articles"."id")`,
    })
    .from(articles)
    .where(
      and(articleFilterSql(input), after ? sql`(${articles.sortAt}, ${articles.id}) < (${after[0]}::timestamptz, ${after[1]})` : undefined),
    )
    .orderBy(desc(articles.sortAt), desc(articles.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (r) => [toIso(r.sortAt), r.id],
    ({ sortAt: _sortAt, ...r }) => ({ ...r, publishedAt: toIsoOrNull(r.publishedAt), ingestedAt: toIso(r.ingestedAt) }),
  );
}
