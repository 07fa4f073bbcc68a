import { asc, eq, inArray } from 'drizzle-orm';
import type { ArticleDetail } from '@claimline/schema';
import type { Db } from '../db/client';
import { articleColumns, quoteColumns } from '../db/columns';
import { articles, quotes, sources } from '../db/schema';
import { toArticle, toQuote, toSource } from './convert';

/** articles.byId: the article with removed boilerplate, its quotes in text order and their sources; null when unknown. */
export async function articleDetail(db: Db, id: string): Promise<ArticleDetail | null> {
  const [article] = await db.select(articleColumns).from(articles).where(eq(articles.id, id));
  if (!article) return null;
  const quoteRows = await db
    .select(quoteColumns)
    .from(quotes)
    .where(eq(quotes.articleId, id))
    .orderBy(asc(quotes.spanStart), asc(quotes.spanEnd));
  const sourceIds = [...new Set(quoteRows.flatMap((q) => [q.sourceId, q.viaSourceId]).filter((s): s is string => s !== null))];
  const sourceRows = sourceIds.length > 0 ? await db.select().from(sources).where(inArray(sources.id, sourceIds)) : [];
  return { article: toArticle(article), quotes: quoteRows.map(toQuote), sources: sourceRows.map(toSource) };
}
