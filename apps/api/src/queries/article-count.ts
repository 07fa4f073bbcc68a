import { sql } from 'drizzle-orm';
import type { ArticleCount, ArticleFilters } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { articleFilterSql } from './list-articles';

/** stats.articleCount: how many stored articles articles.list would page through with these filters. */
export async function articleCount(db: Db, filters: ArticleFilters): Promise<ArticleCount> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(articles)
    .where(articleFilterSql(filters));
  return { count: Number(row?.count ?? 0) };
}
