import { sql } from 'drizzle-orm';
import type { ClaimAppearance, QuoteKind, ReviewStatus, TimeBasis } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { toIso, toIsoOrNull } from '../queries/convert';

interface Row {
  claim_id: string;
  quote_id: string;
  text: string;
  span_start: number;
  span_end: number;
  kind: string;
  time_at: string | Date;
  time_basis: string;
  article_id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published_at: string | Date | null;
  review_status: string | null;
  note: string | null;
  tags: string[] | null;
}

/** A claim as its appearances are found: its id, and the speaker and claim key its quotes carry. */
export interface ClaimKeys {
  id: string;
  claimKey: string;
  sourceId: string;
}

/**
 * The first `limit` appearances of each claim, earliest first, with their articles: one statement
 * whose LATERAL reads each claim's quotes through quotes_source_claim_idx and stops at `limit`. The
 * claims come with their keys, as the caller read them: looked up again by id, each cost a random
 * leaf of claims_pkey (ten million claims at ten million quotes).
 */
export async function claimAppearances(
  db: Pick<Db, 'execute'>,
  claims: readonly ClaimKeys[],
  limit: number,
): Promise<Map<string, ClaimAppearance[]>> {
  const byClaim = new Map<string, ClaimAppearance[]>();
  if (claims.length === 0) return byClaim;
  const keys = JSON.stringify(claims.map((c) => ({ id: c.id, claim_key: c.claimKey, source_id: c.sourceId })));
  const found = await rows<Row>(
    db,
    sql`SELECT c.id AS claim_id, q.id AS quote_id, q.text, q.span_start, q.span_end, q.kind, q.time_at, q.time_basis,
          a.id AS article_id, a.title, a.outlet, a.url, a.published_at, r.review_status, r.note, r.tags
        FROM jsonb_to_recordset(${keys}::jsonb) AS c(id text, claim_key text, source_id text)
        CROSS JOIN LATERAL (SELECT * FROM quotes q WHERE q.claim_key = c.claim_key AND q.source_id = c.source_id
                            ORDER BY q.time_at, q.id LIMIT ${limit}) q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN quote_corrections r ON r.article_id = q.article_id AND r.span_start = q.span_start AND r.span_end = q.span_end
        ORDER BY c.id, q.time_at, q.id`,
  );
  for (const r of found) {
    const appearance: ClaimAppearance = {
      quoteId: r.quote_id,
      text: r.text,
      span: { start: r.span_start, end: r.span_end },
      kind: r.kind as QuoteKind,
      time: { at: toIso(r.time_at), basis: r.time_basis as TimeBasis },
      article: { id: r.article_id, title: r.title, outlet: r.outlet, url: r.url, publishedAt: toIsoOrNull(r.published_at) },
      review: { status: (r.review_status ?? 'unreviewed') as ReviewStatus, note: r.note, tags: r.tags ?? [] },
    };
    byClaim.set(r.claim_id, [...(byClaim.get(r.claim_id) ?? []), appearance]);
  }
  return byClaim;
}
