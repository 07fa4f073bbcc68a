import { count, countDistinct, eq } from 'drizzle-orm';
import type { ArticleInput, IngestResult, ParseResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles, quotes } from '../db/schema';
import { articleId } from './ids';
import { insertQuotes } from './insert-quotes';
import { upsertSources } from './upsert-sources';

/** The article row a parse result becomes; shared by ingest and reparse. */
export function articleRow(parsed: ParseResult, raw: string, input: Omit<ArticleInput, 'text'>) {
  const a = parsed.article;
  return {
    id: articleId(a.contentHash),
    contentHash: a.contentHash,
    text: a.text,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    authors: a.authors,
    publishedAt: a.publishedAt,
    dateline: a.dateline,
    language: a.language,
    removed: a.removed,
    parserVersion: a.parserVersion,
    ingestedAt: a.ingestedAt,
    raw,
    input,
    sortAt: a.publishedAt ?? a.dateline?.date ?? a.ingestedAt,
  } satisfies typeof articles.$inferInsert;
}

/** How many quotes and distinct speakers an article has stored. */
export async function articleCounts(db: Pick<Db, 'select'>, id: string) {
  const [row] = await db
    .select({ quoteCount: count(), sourceCount: countDistinct(quotes.sourceId) })
    .from(quotes)
    .where(eq(quotes.articleId, id));
  return { quoteCount: row?.quoteCount ?? 0, sourceCount: row?.sourceCount ?? 0 };
}

/**
 * Stores a parsed article, its sources and quotes in one transaction. The unique content hash
 * with ON CONFLICT DO NOTHING (no target: the id, derived from the hash, is unique too and a
 * conflict on either must count as "exists" when 50 ingests race) decides, inside the database, which of several concurrent ingests
 * of the same text creates the article; the others wait for it and report it as existing.
 */
export async function storeParsed(db: Db, parsed: ParseResult, raw: string, input: Omit<ArticleInput, 'text'>): Promise<IngestResult> {
  return db.transaction(async (tx) => {
    const row = articleRow(parsed, raw, input);
    const inserted = await tx.insert(articles).values(row).onConflictDoNothing().returning({ id: articles.id });
    if (inserted.length === 0) {
      const [existing] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, row.contentHash));
      const id = existing?.id ?? row.id;
      return { articleId: id, status: 'existing' as const, ...(await articleCounts(tx, id)) };
    }
    const sourceIds = await upsertSources(tx, parsed);
    await insertQuotes(tx, row, parsed, sourceIds);
    return { articleId: row.id, status: 'created' as const, ...(await articleCounts(tx, row.id)) };
  });
}
