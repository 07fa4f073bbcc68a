import { TRPCError } from '@trpc/server';
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Claim, ClaimListInput, ClaimPage, ClaimSort, QuoteFilters } from '@claimline/schema';
import type { Db } from '../db/client';
import { claims, sources } from '../db/schema';
import { toIso, toInstant, toSource } from '../queries/convert';
import { quoteFilterSql } from '../queries/quote-filters';
import { reviewFilterSql } from '../review/review-filters';
import { claimAppearances } from './claim-appearances';
import { decodeClaimCursor, encodeClaimCursor, type ClaimCursor } from './claim-cursor';

/** Appearances a claims.list item carries; claims.byId gives all (up to BY_ID_APPEARANCES). */
export const LIST_APPEARANCES = 10;
const BY_ID_APPEARANCES = 1000;

/**
 * The claim columns a page needs, all in `claims_source_spread_cover_idx` (key and INCLUDE), so a
 * page of one source is an Index Only Scan: read from the heap, each claim cost a random page.
 */
const pageColumns = {
  id: claims.id,
  claimKey: claims.claimKey,
  sourceId: claims.sourceId,
  appearances: claims.appearances,
  outlets: claims.outlets,
  firstAt: claims.firstAt,
  lastAt: claims.lastAt,
};

type ClaimRow = Pick<typeof claims.$inferSelect, keyof typeof pageColumns>;
type Input = Omit<ClaimListInput, 'limit' | 'sort'> & { limit: number; sort: ClaimSort };

/**
 * Conditions on `claims` for the quote filters: speakers and speaker kinds on the claim row, the
 * period as "seen in it", and the filters of single appearances (words, kinds, outlets) as "one of
 * its appearances matches", an EXISTS through quotes_source_claim_idx.
 */
function claimFilterSql(f: Input): SQL | undefined {
  const perQuote: QuoteFilters = { q: f.q, kinds: f.kinds, outlets: f.outlets, from: f.from, to: f.to };
  const needsQuotes = Boolean(f.q || f.kinds?.length || f.outlets?.length || f.statuses?.length || f.tags?.length);
  return and(
    f.sourceIds?.length ? inArray(claims.sourceId, f.sourceIds) : undefined,
    f.sourceKinds?.length
      ? sql`${claims.sourceId} IN (SELECT ${sources.id} FROM ${sources} WHERE ${inArray(sources.kind, f.sourceKinds)})`
      : undefined,
    f.from ? gte(claims.lastAt, toInstant(f.from)) : undefined,
    f.to ? lt(claims.firstAt, toInstant(f.to)) : undefined,
    f.minOutlets ? gte(claims.outlets, f.minOutlets) : undefined,
    needsQuotes
      ? sql`EXISTS (SELECT 1 FROM quotes WHERE quotes.claim_key = ${claims.claimKey} AND quotes.source_id = ${claims.sourceId} AND ${and(quoteFilterSql(perQuote), reviewFilterSql(f)) ?? sql`true`})`
      : undefined,
  );
}

function afterSql(c: ClaimCursor | null): SQL | undefined {
  if (!c) return undefined;
  return c.sort === 'spread'
    ? sql`(${claims.outlets}, ${claims.lastAt}, ${claims.id}) < (${c.outlets}, ${c.lastAt}::timestamptz, ${c.id})`
    : sql`(${claims.lastAt}, ${claims.id}) < (${c.lastAt}::timestamptz, ${c.id})`;
}

/** Claim rows as the API's Claim, with their sources and first appearances (two more statements per page). */
async function toClaims(db: Db, found: ClaimRow[], appearances: number): Promise<Claim[]> {
  if (found.length === 0) return [];
  const [byClaim, speakers] = await Promise.all([
    claimAppearances(db, found, appearances),
    db
      .select()
      .from(sources)
      .where(inArray(sources.id, [...new Set(found.map((c) => c.sourceId))])),
  ]);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return found.flatMap((c): Claim[] => {
    const source = byId.get(c.sourceId);
    const seen = byClaim.get(c.id) ?? [];
    const first = seen[0];
    if (!source || !first) return [];
    return [
      {
        id: c.id,
        text: first.text,
        source: toSource(source),
        appearanceCount: c.appearances,
        outletCount: c.outlets,
        firstSeen: toIso(c.firstAt),
        lastSeen: toIso(c.lastAt),
        firstOutlet: first.article.outlet,
        appearances: seen,
      },
    ];
  });
}

/**
 * claims.list: a page of claims (one speaker, the same words across articles) read from the
 * `claims` rollup by index in the order asked — most outlets first, or most recently seen — each
 * with its first appearances. Never groups quotes at read time.
 */
export async function listClaims(db: Db, input: Input): Promise<ClaimPage> {
  const after = decodeClaimCursor(input.cursor, input.sort);
  const order =
    input.sort === 'spread' ? [desc(claims.outlets), desc(claims.lastAt), desc(claims.id)] : [desc(claims.lastAt), desc(claims.id)];
  const found = await db
    .select(pageColumns)
    .from(claims)
    .where(and(claimFilterSql(input), afterSql(after)))
    .orderBy(...order)
    .limit(input.limit + 1);
  const page = found.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    found.length > input.limit && last
      ? encodeClaimCursor(
          input.sort === 'spread'
            ? { sort: 'spread', outlets: last.outlets, lastAt: toIso(last.lastAt), id: last.id }
            : { sort: 'recent', lastAt: toIso(last.lastAt), id: last.id },
        )
      : null;
  return { items: await toClaims(db, page, LIST_APPEARANCES), nextCursor };
}

/** claims.byId: one claim with its appearances, earliest first; NOT_FOUND names where ids come from. */
export async function claimById(db: Db, id: string): Promise<Claim> {
  const found = await db.select(pageColumns).from(claims).where(eq(claims.id, id));
  const [claim] = await toClaims(db, found, BY_ID_APPEARANCES);
  if (!claim) throw new TRPCError({ code: 'NOT_FOUND', message: `no claim with id ${id}: take ids from claims.list` });
  return claim;
}
