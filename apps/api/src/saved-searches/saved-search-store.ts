import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { SavedSearch, SavedSearchFilters } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles, quotes, savedSearches } from '../db/schema';
import { toIso } from '../queries/convert';
import { quoteFilterSql } from '../queries/quote-filters';
import { reviewFilterSql } from '../review/review-filters';

type Row = typeof savedSearches.$inferSelect;

/** Quotes matching `filters` whose article was ingested after `since` (articles_ingested_idx finds those articles). */
async function countNew(db: Db, filters: SavedSearchFilters, since: string): Promise<number> {
  const fresh = db.select({ id: articles.id }).from(articles).where(gt(articles.ingestedAt, since));
  const [row] = await db
    .select({ n: count() })
    .from(quotes)
    .where(and(inArray(quotes.articleId, fresh), quoteFilterSql(filters), reviewFilterSql(filters)));
  return row?.n ?? 0;
}

async function toSavedSearch(db: Db, row: Row): Promise<SavedSearch> {
  return {
    id: row.id,
    name: row.name,
    filters: row.filters,
    createdAt: toIso(row.createdAt),
    lastOpenedAt: toIso(row.lastOpenedAt),
    newCount: await countNew(db, row.filters, row.lastOpenedAt),
  };
}

/** savedSearches.list: every saved search by name, each with the count of quotes new since it was last opened. */
export async function listSavedSearches(db: Db): Promise<SavedSearch[]> {
  const found = await db.select().from(savedSearches).orderBy(asc(savedSearches.name), asc(savedSearches.id));
  return Promise.all(found.map((row) => toSavedSearch(db, row)));
}

/** One saved search by id, or undefined. */
export async function findSavedSearch(db: Db, id: string): Promise<SavedSearch | undefined> {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id));
  return row ? toSavedSearch(db, row) : undefined;
}

/** savedSearches.create: stores a search (opened now, so nothing is new yet); undefined when the name is taken. */
export async function createSavedSearch(db: Db, name: string, filters: SavedSearchFilters): Promise<SavedSearch | undefined> {
  const [row] = await db
    .insert(savedSearches)
    .values({ id: `search_${randomUUID()}`, name, filters, lastOpenedAt: new Date().toISOString() })
    .onConflictDoNothing({ target: savedSearches.name })
    .returning();
  return row ? toSavedSearch(db, row) : undefined;
}

// Both ends of "new" come from this process's clock: ingest stamps articles with new Date() too.
/** savedSearches.open: the analyst looked at it now, so its new count starts again from zero. */
export async function openSavedSearch(db: Db, id: string): Promise<SavedSearch | undefined> {
  const [row] = await db.update(savedSearches).set({ lastOpenedAt: new Date().toISOString() }).where(eq(savedSearches.id, id)).returning();
  return row ? toSavedSearch(db, row) : undefined;
}

/** savedSearches.remove: forgets a saved search; true when there was one. */
export async function removeSavedSearch(db: Db, id: string): Promise<boolean> {
  const removed = await db.delete(savedSearches).where(eq(savedSearches.id, id)).returning({ id: savedSearches.id });
  return removed.length > 0;
}
