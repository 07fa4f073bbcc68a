import { eq } from 'drizzle-orm';
import type { ParseResult } from '@claimline/schema';
import { quoteCorrections, quotes } from '../db/schema';
import { quoteId } from './ids';
import { CHUNK, type Tx } from './upsert-sources';

type QuoteRow = typeof quotes.$inferInsert;
type Correction = typeof quoteCorrections.$inferSelect;

/**
 * The quote rows of one parsed article with their stored source ids, with the analyst's
 * corrections (keyed by span) applied so they survive a reparse; duplicates spans are dropped.
 */
export function quoteRows(
  article: { id: string; outlet: string | null },
  parsed: ParseResult,
  sourceIds: Map<string, string>,
  corrections: Correction[] = [],
): QuoteRow[] {
  const correctionAt = new Map(corrections.map((c) => [`${c.spanStart}:${c.spanEnd}`, c]));
  const rows: QuoteRow[] = [];
  const seen = new Set<string>();
  for (const q of parsed.quotes) {
    const spanKey = `${q.span.start}:${q.span.end}`;
    const correction = correctionAt.get(spanKey);
    if (seen.has(spanKey) || correction?.notAQuote) continue;
    seen.add(spanKey);
    const parsedSource = q.sourceId === null ? null : (sourceIds.get(q.sourceId) ?? null);
    rows.push({
      id: quoteId(article.id, q.span.start, q.span.end),
      articleId: article.id,
      sourceId: correction?.setSource ? correction.sourceId : parsedSource,
      viaSourceId: q.viaSourceId === null ? null : (sourceIds.get(q.viaSourceId) ?? null),
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

/** Inserts quote rows in chunks; the day-count triggers run once per chunk. */
export async function insertQuoteRows(tx: Tx, rows: QuoteRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(quotes).values(rows.slice(i, i + CHUNK)).onConflictDoNothing();
  }
}

/** Re-inserts one article's quotes after a reparse, with its stored corrections re-applied. */
export async function insertQuotes(
  tx: Tx,
  article: { id: string; outlet: string | null },
  parsed: ParseResult,
  sourceIds: Map<string, string>,
): Promise<QuoteRow[]> {
  const corrections = await tx.select().from(quoteCorrections).where(eq(quoteCorrections.articleId, article.id));
  const rows = quoteRows(article, parsed, sourceIds, corrections);
  await insertQuoteRows(tx, rows);
  return rows;
}
