import { and, desc, eq, sql } from 'drizzle-orm';
import type { QuoteFilters, QuoteListItem, QuotePage } from '@claimline/schema';
import type { Db } from '../db/client';
import { quoteColumns } from '../db/columns';
import { articles, quotes, sources } from '../db/schema';
import { toIso, toIsoOrNull, toQuote, toSource } from './convert';
import { decodeCursor, toPage } from './cursor';
import { quoteFilterSql } from './quote-filters';

type Row = {
  quote: Omit<typeof quotes.$inferSelect, 'search'>;
  source: typeof sources.$inferSelect | null;
  article: { id: string; title: string | null; outlet: string | null; publishedAt: string | null };
};

function toItem(row: Row): QuoteListItem {
  return {
    ...toQuote(row.quote),
    source: row.source ? toSource(row.source) : null,
    article: { ...row.article, publishedAt: toIsoOrNull(row.article.publishedAt) },
  };
}

/**
 * Fetches `limit + 1` quotes after `cursor`, newest first (by timeline time, then id). The page is
 * chosen on `quotes` alone, so PostgreSQL walks the (source_id, time_at, id) index and stops after
 * one page; joined first, it read every quote of the source and sorted them (4.7 ms at 2k quotes).
 */
export async function fetchQuotes(db: Db, filters: QuoteFilters, limit: number, cursor: string | null | undefined): Promise<Row[]> {
  const after = decodeCursor(cursor);
  const page = db
    .select({ id: quotes.id })
    .from(quotes)
    .where(
      and(quoteFilterSql(filters), after ? sql`(${quotes.timeAt}, ${quotes.id}) < (${after[0]}::timestamptz, ${after[1]})` : undefined),
    )
    .orderBy(desc(quotes.timeAt), desc(quotes.id))
    .limit(limit + 1)
    .as('page');
  return db
    .select({
      quote: quoteColumns,
      source: sources,
      article: { id: articles.id, title: articles.title, outlet: articles.outlet, publishedAt: articles.publishedAt },
    })
    .from(page)
    .innerJoin(quotes, eq(quotes.id, page.id))
    .innerJoin(articles, eq(articles.id, quotes.articleId))
    .leftJoin(sources, eq(sources.id, quotes.sourceId))
    .orderBy(desc(quotes.timeAt), desc(quotes.id));
}

/** quotes.list: a page of quotes matching the filters, each with its source and article. */
export async function listQuotes(db: Db, input: QuoteFilters & { limit: number; cursor?: string | null | undefined }): Promise<QuotePage> {
  const rows = await fetchQuotes(db, input, input.limit, input.cursor);
  return toPage(rows, input.limit, (r) => [toIso(r.quote.timeAt), r.quote.id], toItem);
}

/** Maps a fetched row to a list item (shared with the export routes). */
export { toItem as toQuoteListItem };
