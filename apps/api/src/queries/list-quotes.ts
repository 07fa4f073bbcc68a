import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QuoteFilters, QuoteListItem, QuotePage, ReviewFilters, ReviewStatus } from '@claimline/schema';
import type { Db } from '../db/client';
import { quoteColumns } from '../db/columns';
import { articles, quoteCorrections, quotes, sources } from '../db/schema';
import { reviewFilterSql } from '../review/review-filters';
import { toIso, toIsoOrNull, toQuote, toSource } from './convert';
import { decodeCursor, toPage } from './cursor';
import { quoteFilterSql } from './quote-filters';
import { sentenceAround } from './sentence-around';

// Characters of article text read on each side of a quote, to find the sentence it sits in.
const CONTEXT = 300;
const via = alias(sources, 'via');

type Row = {
  quote: Omit<typeof quotes.$inferSelect, 'search'>;
  source: typeof sources.$inferSelect | null;
  via: { id: string; name: string } | null;
  article: { id: string; title: string | null; outlet: string | null; url: string | null; publishedAt: string | null };
  review: { status: string | null; note: string | null; tags: string[] | null } | null;
  context: { text: string; start: number };
};

function toItem(row: Row): QuoteListItem {
  const quote = toQuote(row.quote);
  return {
    ...quote,
    source: row.source ? toSource(row.source) : null,
    via: row.via?.id ? { id: row.via.id, name: row.via.name } : null,
    article: { ...row.article, publishedAt: toIsoOrNull(row.article.publishedAt) },
    review: {
      status: (row.review?.status ?? 'unreviewed') as ReviewStatus,
      note: row.review?.note ?? null,
      tags: row.review?.tags ?? [],
    },
    sentence: sentenceAround(row.context.text, quote.span.start - row.context.start, quote.span.end - row.context.start),
  };
}

/** The joined read of quotes chosen by `page` (a subquery of ids): source, relay, article, review and the text around it. */
function joined(db: Db) {
  return db
    .select({
      quote: quoteColumns,
      source: sources,
      via: { id: via.id, name: via.name },
      article: { id: articles.id, title: articles.title, outlet: articles.outlet, url: articles.url, publishedAt: articles.publishedAt },
      review: { status: quoteCorrections.reviewStatus, note: quoteCorrections.note, tags: quoteCorrections.tags },
      context: {
        text: sql<string>`substring(${articles.text} from greatest(1, ${quotes.spanStart} - ${CONTEXT} + 1) for ${quotes.spanEnd} - greatest(0, ${quotes.spanStart} - ${CONTEXT}) + ${CONTEXT})`,
        start: sql<number>`greatest(0, ${quotes.spanStart} - ${CONTEXT})::int`,
      },
    })
    .from(quotes);
}

function withJoins<T extends ReturnType<typeof joined>>(q: T) {
  return q
    .innerJoin(articles, eq(articles.id, quotes.articleId))
    .leftJoin(sources, eq(sources.id, quotes.sourceId))
    .leftJoin(via, eq(via.id, quotes.viaSourceId))
    .leftJoin(
      quoteCorrections,
      and(
        eq(quoteCorrections.articleId, quotes.articleId),
        eq(quoteCorrections.spanStart, quotes.spanStart),
        eq(quoteCorrections.spanEnd, quotes.spanEnd),
      ),
    );
}

/**
 * Fetches `limit + 1` quotes after `cursor`, newest first (by timeline time, then id). The page is
 * chosen on `quotes` alone, so PostgreSQL walks the (source_id, time_at, id) index and stops after
 * one page; joined first, it read every quote of the source and sorted them (4.7 ms at 2k quotes).
 */
export async function fetchQuotes(
  db: Db,
  filters: QuoteFilters & ReviewFilters,
  limit: number,
  cursor: string | null | undefined,
): Promise<Row[]> {
  const after = decodeCursor(cursor);
  const page = db
    .select({ id: quotes.id })
    .from(quotes)
    .where(
      and(
        quoteFilterSql(filters),
        reviewFilterSql(filters),
        after ? sql`(${quotes.timeAt}, ${quotes.id}) < (${after[0]}::timestamptz, ${after[1]})` : undefined,
      ),
    )
    .orderBy(desc(quotes.timeAt), desc(quotes.id))
    .limit(limit + 1);
  return await withJoins(joined(db)).where(inArray(quotes.id, page)).orderBy(desc(quotes.timeAt), desc(quotes.id));
}

/** The quotes with these ids, joined like a list page (order not kept: the caller orders them). */
export async function fetchQuotesByIds(db: Db, ids: readonly string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  return await withJoins(joined(db)).where(inArray(quotes.id, [...ids]));
}

/** quotes.list: a page of quotes matching the filters, each with its source, relay, article, review and sentence. */
export async function listQuotes(
  db: Db,
  input: QuoteFilters & ReviewFilters & { limit: number; cursor?: string | null | undefined },
): Promise<QuotePage> {
  const rows = await fetchQuotes(db, input, input.limit, input.cursor);
  return toPage(rows, input.limit, (r) => [toIso(r.quote.timeAt), r.quote.id], toItem);
}

/** Maps a fetched row to a list item (shared with the export routes). */
export { toItem as toQuoteListItem };
