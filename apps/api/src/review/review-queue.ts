import { TRPCError } from '@trpc/server';
import { and, asc, sql } from 'drizzle-orm';
import { hasUnsafeChars, type QuoteFilters, type QuotePage } from '@claimline/schema';
import { z } from 'zod';
import type { Db } from '../db/client';
import { quotes } from '../db/schema';
import { encodeCursor } from '../queries/cursor';
import { fetchQuotesByIds, toQuoteListItem } from '../queries/list-quotes';
import { quoteFilterSql } from '../queries/quote-filters';
import { unreviewedSql } from './review-filters';

const BAD_CURSOR = 'cursor is not one this API gave out: pass nextCursor from the previous page unchanged';
const KeySchema = z.tuple([
  z.number().min(0).max(1),
  z
    .string()
    .min(1)
    .max(200)
    .refine((id) => !hasUnsafeChars(id)),
]);

function decode(cursor: string | null | undefined): [number, string] | null {
  if (!cursor) return null;
  try {
    const key = KeySchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (key.success) return key.data;
  } catch {
    // Not base64url JSON: answered below like any other cursor this API did not give out.
  }
  throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_CURSOR });
}

/**
 * quotes.reviewQueue: quotes no analyst has given a status, the parser's least confident first (then
 * by id), with the quote filters. Walks quotes_confidence_idx and skips reviewed quotes by their
 * correction's primary key, so a page costs about its own size however large the store.
 */
export async function reviewQueue(db: Db, input: QuoteFilters & { limit: number; cursor?: string | null }): Promise<QuotePage> {
  const after = decode(input.cursor);
  const page = await db
    .select({ id: quotes.id, confidence: quotes.confidence })
    .from(quotes)
    .where(
      and(
        quoteFilterSql(input),
        unreviewedSql(),
        after ? sql`(${quotes.confidence}, ${quotes.id}) > (${after[0]}::real, ${after[1]})` : undefined,
      ),
    )
    .orderBy(asc(quotes.confidence), asc(quotes.id))
    .limit(input.limit + 1);
  const shown = page.slice(0, input.limit);
  const rows = await fetchQuotesByIds(
    db,
    shown.map((r) => r.id),
  );
  const byId = new Map(rows.map((r) => [r.quote.id, r]));
  const last = shown.at(-1);
  return {
    items: shown.flatMap((r) => {
      const row = byId.get(r.id);
      return row ? [toQuoteListItem(row)] : [];
    }),
    nextCursor: page.length > input.limit && last ? encodeCursor([last.confidence, last.id]) : null,
  };
}
