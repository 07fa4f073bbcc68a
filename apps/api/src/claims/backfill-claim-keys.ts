import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { quotes } from '../db/schema';
import { assignClaimKeys } from './assign-claim-keys';

/**
 * Gives claim keys to quotes stored before they existed (migration 0010), `page` quotes a
 * transaction, found through quotes_claim_missing_idx; the update trigger then files each into its
 * claim. Run in the background on start; returns how many quotes it keyed.
 */
export async function backfillClaimKeys(db: Db, page = 1000): Promise<number> {
  let done = 0;
  for (;;) {
    const keyed = await db.transaction(async (tx) => {
      const missing = await tx
        .select({ id: quotes.id, text: quotes.text, articleId: quotes.articleId })
        .from(quotes)
        .where(isNull(quotes.claimKey))
        .orderBy(quotes.id)
        .limit(page)
        .for('update', { skipLocked: true });
      const rows = missing.map((q) => ({ ...q, claimKey: null as string | null }));
      await assignClaimKeys(tx, rows);
      const keys = rows.map((r) => ({ id: r.id, claim_key: r.claimKey }));
      if (keys.length > 0) {
        await tx.execute(sql`UPDATE quotes q SET claim_key = x.claim_key
          FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS x(id text, claim_key text) WHERE q.id = x.id`);
      }
      return keys.length;
    });
    done += keyed;
    if (keyed < page) return done;
  }
}
