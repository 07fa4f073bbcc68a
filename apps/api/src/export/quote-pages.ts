import type { QuoteFilters, QuoteListItem, ReviewFilters } from '@claimline/schema';
import type { Db } from '../db/client';
import { listQuotes } from '../queries/list-quotes';

/** How an export pages through the quotes. */
export interface QuotePagesOptions {
  /** Quotes fetched per query (default 1000). */
  pageSize?: number | undefined;
  /** Aborted when the client goes away: no page is fetched after that. */
  signal: AbortSignal;
  /** Awaited after each page is fetched, before it is sent (tests watch the query loop here). */
  onPage?: ((page: number, signal: AbortSignal) => void | Promise<void>) | undefined;
}

/**
 * Every quote matching the filters, a page at a time, newest first. Checks the signal before each
 * query and after each page: an export of a million quotes whose client left must stop querying,
 * not run to the end into a closed socket.
 */
export async function* quotePages(
  db: Db,
  filters: QuoteFilters & ReviewFilters,
  options: QuotePagesOptions,
): AsyncGenerator<QuoteListItem[]> {
  const { signal, pageSize = 1000 } = options;
  let cursor: string | null = null;
  let page = 0;
  do {
    if (signal.aborted) return;
    const result = await listQuotes(db, { ...filters, limit: pageSize, cursor });
    page += 1;
    await options.onPage?.(page, signal);
    if (signal.aborted) return;
    yield result.items;
    cursor = result.nextCursor;
  } while (cursor !== null);
}
