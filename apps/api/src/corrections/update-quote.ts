import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { QuoteUpdateInput, QuoteUpdateResult, Review, ReviewStatus } from '@claimline/schema';
import type { Db } from '../db/client';
import { quoteColumns } from '../db/columns';
import { quoteCorrections, quotes, sources } from '../db/schema';
import { toQuote } from '../queries/convert';
import { quoteKey } from './match-corrections';

const toReview = (c: { reviewStatus: string | null; note: string | null; tags: string[] | null }): Review => ({
  status: (c.reviewStatus ?? 'unreviewed') as ReviewStatus,
  note: c.note,
  tags: c.tags ?? [],
});

/**
 * quotes.update: reassign the speaker, change the kind, mark "not a quote", or review it (status,
 * note, tags). The correction is recorded by article, span and the quote's text key, so a reparse
 * re-applies it (and keeps the review) even if the span moved; the quote row changes in the same transaction.
 */
export async function updateQuote(db: Db, input: QuoteUpdateInput): Promise<QuoteUpdateResult> {
  return db.transaction(async (tx) => {
    const [quote] = await tx.select(quoteColumns).from(quotes).where(eq(quotes.id, input.id));
    if (!quote) throw new TRPCError({ code: 'NOT_FOUND', message: `no quote with id ${input.id}: take ids from quotes.list` });
    let sourceId = input.sourceId;
    if (sourceId) {
      const [source] = await tx
        .select({ id: sources.id, mergedIntoId: sources.mergedIntoId })
        .from(sources)
        .where(eq(sources.id, sourceId));
      if (!source) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${sourceId}: take ids from sources.list` });
      sourceId = source.mergedIntoId ?? source.id;
    }
    const correction = {
      ...(sourceId !== undefined ? { setSource: true, sourceId } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.notAQuote !== undefined ? { notAQuote: input.notAQuote } : {}),
      ...(input.status !== undefined ? { reviewStatus: input.status } : {}),
      ...(input.note !== undefined ? { note: input.note === '' ? null : input.note } : {}),
      ...(input.tags !== undefined ? { tags: [...new Set(input.tags)] } : {}),
    };
    if (Object.keys(correction).length === 0) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'nothing to change: pass sourceId, kind, notAQuote, status, note or tags' });
    }
    const [stored] = await tx
      .insert(quoteCorrections)
      .values({
        articleId: quote.articleId,
        spanStart: quote.spanStart,
        spanEnd: quote.spanEnd,
        quoteKey: quoteKey(quote.text),
        ...correction,
      })
      .onConflictDoUpdate({
        target: [quoteCorrections.articleId, quoteCorrections.spanStart, quoteCorrections.spanEnd],
        set: { ...correction, quoteKey: quoteKey(quote.text) },
      })
      .returning();
    if (input.notAQuote) {
      await tx.delete(quotes).where(eq(quotes.id, quote.id));
      return { quote: null, review: null };
    }
    const review = stored ? toReview(stored) : null;
    // The origin follows the analyst's choice, so identity resolution never moves the quote off it.
    const changes = {
      ...(sourceId !== undefined ? { sourceId, originSourceId: sourceId } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
    };
    if (Object.keys(changes).length === 0) return { quote: toQuote(quote), review };
    const [updated] = await tx.update(quotes).set(changes).where(eq(quotes.id, quote.id)).returning(quoteColumns);
    return { quote: updated ? toQuote(updated) : null, review };
  });
}
