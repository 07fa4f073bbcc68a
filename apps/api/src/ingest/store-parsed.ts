import { count, countDistinct, inArray, sql } from 'drizzle-orm';
import type { ArticleInput, IngestResult, ParseResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { columnList, copyMerge } from '../db/copy-merge';
import { articles, quotes } from '../db/schema';
import { assignClaimKeys } from '../claims/assign-claim-keys';
import { claimTexts, type ClaimText } from '../claims/claim-text';
import { countArticles, countArticlesLater } from './count-articles';
import { articleId } from './ids';
import { copyQuoteRows, quoteRows } from './insert-quotes';
import { lockBlocks } from '../identity/resolve-identities';
import { retryTransaction } from '../db/retry-transaction';
import { sourceBlocks, upsertSources, type Tx } from './upsert-sources';

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
 * The transaction has two parts. First what locks only rows no other batch of other articles
 * writes: the batch's new articles (their outlet counted at the end: countArticlesLater) and
 * their quotes' claim keys (new claim texts and bands). Then, under the identity blocks' advisory
 * locks (every writer of sources takes them before any source row), the sources, their resolution
 * and the quotes with their rollup and claim triggers. Two batches of one feed so overlap: the
 * next writes its articles and claim texts while the previous holds the blocks. Rows are written
 * sorted by key, so batches cannot deadlock on each other; a deadlock PostgreSQL still reports (a
 * reparse holding its blocks writes a claim text a waiting batch has just written) is retried: the
 * transaction wrote nothing.
 */
export async function storeParsedMany(db: Db, items: ParsedItem[]): Promise<IngestResult[]> {
  const prepared = prepareBatch(items);
  return retryTransaction(() => storeOnce(db, items, prepared));
}

/** What a batch's transaction needs that depends on the batch alone (see prepareBatch). */
interface PreparedBatch {
  /** The identity blocks of each item's sources (sourceBlocks), by item. */
  blocks: string[][];
  rows: ReturnType<typeof articleRow>[];
  claimTexts: Map<string, ClaimText>;
}

/**
 * The pure work of a batch, done before its transaction takes any lock: while one batch holds the
 * blocks' locks (two batches of one feed wait for each other there), the next one computes its
 * article rows, blocks and claim texts instead of doing so under them.
 */
function prepareBatch(items: ParsedItem[]): PreparedBatch {
  return {
    blocks: items.map((item) => sourceBlocks([item.parsed])),
    rows: items.map((item) => articleRow(item.parsed, item.raw, item.input)),
    claimTexts: claimTexts(items.flatMap((item) => item.parsed.quotes.map((q) => q.text))),
  };
}

/** The claim key of each quote text of `parses` (assignClaimKeys over the texts in quote order, as the quote rows would give them). */
async function claimKeysOf(tx: Tx, parses: ParseResult[], prepared: ReadonlyMap<string, ClaimText>): Promise<Map<string, string | null>> {
  const texts = parses.flatMap((parsed) => parsed.quotes.map((q) => ({ text: q.text, claimKey: null as string | null })));
  await assignClaimKeys(tx, texts, prepared);
  return new Map(texts.map((t) => [t.text, t.claimKey]));
}

async function storeOnce(db: Db, items: ParsedItem[], prepared: PreparedBatch): Promise<IngestResult[]> {
  return db.transaction(async (tx) => {
    await countArticlesLater(tx);
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
      return item && row ? [{ item, row, blocks: prepared.blocks[k] ?? [] }] : [];
    });
    const parses = freshItems.map((f) => f.item.parsed);
    // Claims do not depend on who said them: keyed before the blocks are locked.
    const claimKeys = await claimKeysOf(tx, parses, prepared.claimTexts);
    const existing = await storedCounts(
      tx,
      rows.filter((r) => !createdIds.has(r.id)).map((r) => r.id),
    );

    await lockBlocks(tx, [...new Set(freshItems.flatMap((f) => f.blocks))].sort());
    const sourceIds = await upsertSources(tx, parses);
    const stored = new Map(freshItems.map(({ item, row }) => [row.id, quoteRows(row, item.parsed, sourceIds)]));
    const quoteList = [...stored.values()].flat();
    for (const q of quoteList) q.claimKey = claimKeys.get(q.text) ?? null;
    await copyQuoteRows(tx, quoteList);
    await countArticles(
      tx,
      freshItems.map((f) => f.row.outlet),
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
