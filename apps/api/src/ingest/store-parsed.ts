import { count, countDistinct, inArray, sql } from 'drizzle-orm';
import type { ArticleInput, IngestResult, ParseResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { columnList, copyMerge } from '../db/copy-merge';
import { articles, quotes } from '../db/schema';
import { claimTexts, type ClaimText } from '../claims/claim-text';
import { articleId } from './ids';
import { insertQuoteRows, quoteRows } from './insert-quotes';
import { lockBlocks } from '../identity/resolve-identities';
import { retryTransaction } from '../db/retry-transaction';
import { sourceBlocks, upsertSources } from './upsert-sources';

/** One parsed article ready to store: the parse, the raw text and the metadata as sent. */
export interface ParsedItem {
  parsed: ParseResult;
  raw: string;
  input: Omit<ArticleInput, 'text'>;
}

/** The article row a parse result becomes; shared by ingest and reparse. */
export function articleRow(parsed: ParseResult, raw: string, input: Omit<ArticleInput, 'text'>) {
  const a = parsed.article;
  return {
    id: articleId(a.contentHash),
    contentHash: a.contentHash,
    text: a.text,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    authors: a.authors,
    publishedAt: a.publishedAt,
    dateline: a.dateline,
    language: a.language,
    removed: a.removed,
    parserVersion: a.parserVersion,
    ingestedAt: a.ingestedAt,
    raw,
    input,
    sortAt: a.publishedAt ?? a.dateline?.date ?? a.ingestedAt,
  } satisfies typeof articles.$inferInsert;
}

/** How many quotes and distinct speakers each stored article has. */
async function storedCounts(db: Pick<Db, 'select'>, ids: string[]) {
  if (ids.length === 0) return new Map<string, { quoteCount: number; sourceCount: number }>();
  const found = await db
    .select({ id: quotes.articleId, quoteCount: count(), sourceCount: countDistinct(quotes.sourceId) })
    .from(quotes)
    .where(inArray(quotes.articleId, ids))
    .groupBy(quotes.articleId);
  return new Map(found.map((r) => [r.id, { quoteCount: r.quoteCount, sourceCount: r.sourceCount }]));
}

/**
 * Stores parsed articles, their sources and quotes in ONE transaction: a failure leaves nothing
 * half-written. The unique content hash with ON CONFLICT DO NOTHING (no target: the id, derived
 * from the hash, is unique too, and a conflict on either must mean "exists" when ingests race)
 * decides inside the database which of several concurrent ingests of one text creates it; the
 * others wait for it and report it as existing. Each table is one COPY and one merge statement a batch (copyMerge).
 *
 * Locks are taken in one order by every ingest: the identity blocks of all its sources first (an
 * article row inserted before them let two processes storing the same feed item wait on each
 * other: one on the other's article, the other on the first's blocks), then rows sorted by key. A
 * deadlock PostgreSQL still reports (another kind of write in the same order the other way) is
 * retried: the transaction wrote nothing.
 */
export async function storeParsedMany(db: Db, items: ParsedItem[]): Promise<IngestResult[]> {
  const prepared = prepareBatch(items);
  return retryTransaction(() => storeOnce(db, items, prepared));
}

/** What a batch's transaction needs that depends on the batch alone (see prepareBatch). */
interface PreparedBatch {
  blocks: string[];
  rows: ReturnType<typeof articleRow>[];
  claimTexts: Map<string, ClaimText>;
}

/**
 * The pure work of a batch, done before its transaction takes any lock: while one batch holds the
 * blocks' locks and its outlets' counter rows (two batches of one feed wait for each other there),
 * the next one computes its article rows, blocks and claim texts instead of doing so under them.
 */
function prepareBatch(items: ParsedItem[]): PreparedBatch {
  return {
    blocks: sourceBlocks(items.map((item) => item.parsed)),
    rows: items.map((item) => articleRow(item.parsed, item.raw, item.input)),
    claimTexts: claimTexts(items.flatMap((item) => item.parsed.quotes.map((q) => q.text))),
  };
}

async function storeOnce(db: Db, items: ParsedItem[], prepared: PreparedBatch): Promise<IngestResult[]> {
  return db.transaction(async (tx) => {
    await lockBlocks(tx, prepared.blocks);
    const rows = prepared.rows;
    // Sorted by id so two concurrent batches with common articles lock them in the same order.
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const inserted = await copyMerge<typeof articles, { id: string }>(
      tx,
      articles,
      unique,
      (stage) =>
        sql`INSERT INTO articles (${columnList(articles)}) SELECT ${columnList(articles)} FROM ${stage} ORDER BY id ON CONFLICT DO NOTHING RETURNING id`,
    );
    const createdIds = new Set(inserted.map((r) => r.id));
    const fresh = new Map<string, number>();
    rows.forEach((row, k) => {
      if (createdIds.has(row.id) && !fresh.has(row.id)) fresh.set(row.id, k);
    });
    const freshItems = [...fresh.values()].flatMap((k) => {
      const item = items[k];
      const row = rows[k];
      return item && row ? [{ item, row }] : [];
    });
    const sourceIds = await upsertSources(
      tx,
      freshItems.map((f) => f.item.parsed),
    );
    const stored = new Map(freshItems.map(({ item, row }) => [row.id, quoteRows(row, item.parsed, sourceIds)]));
    await insertQuoteRows(tx, [...stored.values()].flat(), prepared.claimTexts);
    const existing = await storedCounts(
      tx,
      rows.filter((r) => !stored.has(r.id)).map((r) => r.id),
    );
    const reported = new Set<string>();
    return rows.map((row): IngestResult => {
      const own = stored.get(row.id);
      if (own && !reported.has(row.id)) {
        reported.add(row.id);
        const speakers = new Set(own.flatMap((q) => (q.sourceId ? [q.sourceId] : [])));
        return { articleId: row.id, status: 'created', quoteCount: own.length, sourceCount: speakers.size };
      }
      const counts = own
        ? { quoteCount: own.length, sourceCount: new Set(own.flatMap((q) => (q.sourceId ? [q.sourceId] : []))).size }
        : (existing.get(row.id) ?? { quoteCount: 0, sourceCount: 0 });
      return { articleId: row.id, status: 'existing', ...counts };
    });
  });
}

/** Stores one parsed article (see storeParsedMany). */
export async function storeParsed(db: Db, parsed: ParseResult, raw: string, input: Omit<ArticleInput, 'text'>): Promise<IngestResult> {
  const [result] = await storeParsedMany(db, [{ parsed, raw, input }]);
  if (!result) throw new Error('storeParsedMany returned no result for one article');
  return result;
}
