import { and, eq, sql } from 'drizzle-orm';
import type { ParseResult } from '@claimline/schema';
import { assignClaimKeys } from '../claims/assign-claim-keys';
import { matchCorrections, quoteKey, type Correction } from '../corrections/match-corrections';
import { columnList, copyMerge } from '../db/copy-merge';
import { quoteCorrections, quotes } from '../db/schema';
import { quoteId } from './ids';
import type { SourceIds, Tx } from './upsert-sources';

type QuoteRow = typeof quotes.$inferInsert;

/**
 * The quote rows of one parsed article with their stored source ids, with the analyst's
 * corrections applied so they survive a reparse (matched by span, or by the quote's text when the
 * span moved: matchCorrections); duplicate spans are dropped.
 */
export function quoteRows(
  article: { id: string; outlet: string | null },
  parsed: ParseResult,
  sourceIds: SourceIds,
  corrections: Correction[] = [],
): QuoteRow[] {
  const matched = matchCorrections(parsed.quotes, corrections);
  const rows: QuoteRow[] = [];
  const seen = new Set<string>();
  for (const [i, q] of parsed.quotes.entries()) {
    const spanKey = `${q.span.start}:${q.span.end}`;
    const correction = matched.get(i);
    if (seen.has(spanKey) || correction?.notAQuote) continue;
    seen.add(spanKey);
    const parsedSource = q.sourceId === null ? null : (sourceIds.root.get(q.sourceId) ?? null);
    const parsedOrigin = q.sourceId === null ? null : (sourceIds.origin.get(q.sourceId) ?? null);
    rows.push({
      id: quoteId(article.id, q.span.start, q.span.end),
      articleId: article.id,
      sourceId: correction?.setSource ? correction.sourceId : parsedSource,
      viaSourceId: q.viaSourceId === null ? null : (sourceIds.root.get(q.viaSourceId) ?? null),
      // The name's own record, so a split or an undone link can move the quote back to it.
      originSourceId: correction?.setSource ? correction.sourceId : parsedOrigin,
      viaOriginId: q.viaSourceId === null ? null : (sourceIds.origin.get(q.viaSourceId) ?? null),
      text: q.text,
      spanStart: q.span.start,
      spanEnd: q.span.end,
      kind: correction?.kind ?? q.kind,
      cue: q.cue,
      speaker: q.speaker,
      confidence: q.confidence,
      timeAt: q.time.at,
      timeBasis: q.time.basis,
      outlet: article.outlet,
    });
  }
  return rows;
}

/** Inserts quote rows whose claim keys are set: one COPY and one merge statement, so the count and claim triggers run once a batch. */
export async function copyQuoteRows(tx: Tx, rows: QuoteRow[]): Promise<void> {
  await copyMerge(
    tx,
    quotes,
    rows,
    (stage) => sql`INSERT INTO quotes (${columnList(quotes)}) SELECT ${columnList(quotes)} FROM ${stage} ON CONFLICT DO NOTHING`,
  );
}

/**
 * Re-inserts one article's quotes after a reparse, with its stored corrections re-applied; a
 * correction found at a moved span is moved there (and its key refreshed) so it follows the quote.
 */
export async function insertQuotes(
  tx: Tx,
  article: { id: string; outlet: string | null },
  parsed: ParseResult,
  sourceIds: SourceIds,
): Promise<QuoteRow[]> {
  const corrections = await tx.select().from(quoteCorrections).where(eq(quoteCorrections.articleId, article.id));
  const rows = quoteRows(article, parsed, sourceIds, corrections);
  await assignClaimKeys(tx, rows);
  await copyQuoteRows(tx, rows);
  for (const [i, c] of matchCorrections(parsed.quotes, corrections)) {
    const q = parsed.quotes[i];
    if (!q || (q.span.start === c.spanStart && q.span.end === c.spanEnd && c.quoteKey !== null)) continue;
    const at = and(
      eq(quoteCorrections.articleId, c.articleId),
      eq(quoteCorrections.spanStart, c.spanStart),
      eq(quoteCorrections.spanEnd, c.spanEnd),
    );
    await tx.delete(quoteCorrections).where(at);
    const moved = { ...c, spanStart: q.span.start, spanEnd: q.span.end, quoteKey: quoteKey(q.text) };
    await tx
      .insert(quoteCorrections)
      .values(moved)
      .onConflictDoUpdate({ target: [quoteCorrections.articleId, quoteCorrections.spanStart, quoteCorrections.spanEnd], set: moved });
  }
  return rows;
}
