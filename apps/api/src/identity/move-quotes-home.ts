import { sql } from 'drizzle-orm';
import type { Tx } from '../ingest/upsert-sources';
import { textArray } from './text-array';

/**
 * Moves the quotes stored under each of `ids` (their origin) that now sit at `from` back to where
 * that record belongs now (itself, or the root it is linked to). Used by undo and split.
 */
export async function moveQuotesHome(tx: Tx, ids: string[], from: string): Promise<void> {
  if (ids.length === 0) return;
  const home = sql`(SELECT coalesce(s.merged_into_id, s.id) FROM sources s WHERE s.id = q.origin_source_id)`;
  await tx.execute(
    sql`UPDATE quotes q SET source_id = ${home} WHERE q.origin_source_id = ANY(${textArray(ids)}) AND q.source_id = ${from}`,
  );
  const viaHome = sql`(SELECT coalesce(s.merged_into_id, s.id) FROM sources s WHERE s.id = q.via_origin_id)`;
  await tx.execute(
    sql`UPDATE quotes q SET via_source_id = ${viaHome} WHERE q.via_origin_id = ANY(${textArray(ids)}) AND q.via_source_id = ${from}`,
  );
}
