import { eq } from 'drizzle-orm';
import type { ParseResult } from '@claimline/schema';
import { quoteCorrections, quotes } from '../db/schema';
import { quoteId } from './ids';
import type { Tx } from './upsert-sources';

/**
 * Inserts an article's parsed quotes with their stored source ids, re-applying the analyst's
 * corrections (keyed by span) so they survive a reparse. Returns how many quotes are stored.
 */
export async function insertQuotes(
  tx: Tx,
  article: { id: string; outlet: string | null },
  parsed: ParseResult,
  sourceIds: Map<string, string>,
): Promise<number> {
  const corrections = await tx.select().from(quoteCorrections).where(eq(quoteCorrections.articleId, article.id));
  const correctionAt = new Map(corrections.map((c) => [`${c.spanStart}:${c.spanEnd}`, c]));
  const rows: (typeof quotes.$inferInsert)[] = [];
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
  if (rows.length === 0) return 0;
  await tx.insert(quotes).values(rows).onConflictDoNothing();
  return rows.length;
}
