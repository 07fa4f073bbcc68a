import { sql } from 'drizzle-orm';
import type { Tx } from './upsert-sources';

/**
 * Tells the articles insert trigger that this transaction counts its new articles itself
 * (countArticles, migration 0019): the trigger's upsert would row-lock the outlet's counts from the
 * article merge, an ingest's first write, to its commit, and a second batch of the same outlet
 * would wait there for the whole of the first. Local to the transaction.
 */
export async function countArticlesLater(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT set_config('claimline.articles_counted_later', 'on', true)`);
}

/**
 * Adds new articles to their outlets' counts (`outlet_counts.articles`), as the insert trigger
 * would have (no outlet counts as ''), in the trigger's order of outlets. Called last in
 * the transaction, so the outlet rows stay locked only from there to the commit.
 */
export async function countArticles(tx: Tx, outlets: readonly (string | null)[]): Promise<void> {
  if (outlets.length === 0) return;
  const byOutlet = new Map<string, number>();
  for (const outlet of outlets) byOutlet.set(outlet ?? '', (byOutlet.get(outlet ?? '') ?? 0) + 1);
  const counted = [...byOutlet].map(([outlet, n]) => ({ outlet, n }));
  await tx.execute(sql`INSERT INTO outlet_counts AS c (outlet, articles, quotes)
    SELECT outlet, n, 0 FROM jsonb_to_recordset(${JSON.stringify(counted)}::jsonb) AS x(outlet text, n int) ORDER BY 1
    ON CONFLICT (outlet) DO UPDATE SET articles = c.articles + excluded.articles`);
}
