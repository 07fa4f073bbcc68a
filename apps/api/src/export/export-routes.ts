import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { QuoteFiltersSchema, type QuoteFilters, type QuoteListItem } from '@claimline/schema';
import type { Db } from '../db/client';
import { listQuotes } from '../queries/list-quotes';
import { describeZodError } from '../trpc';
import { csvHeader, csvLine } from './quotes-csv';

const LIST_PARAMS = ['sourceIds', 'sourceKinds', 'kinds', 'outlets'] as const;

/** Reads the quotes.list filters from a query string; lists may repeat or be comma-separated (?kinds=direct,mixed). */
export function filtersFromQuery(url: URL): ReturnType<typeof QuoteFiltersSchema.safeParse> {
  const raw: Record<string, unknown> = {};
  for (const key of ['q', 'from', 'to'] as const) {
    const value = url.searchParams.get(key);
    if (value) raw[key] = value;
  }
  for (const key of LIST_PARAMS) {
    const values = url.searchParams
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter((v) => v !== '');
    if (values.length > 0) raw[key] = values;
  }
  return QuoteFiltersSchema.safeParse(raw);
}

const PAGE = 1000;

async function* allQuotes(db: Db, filters: QuoteFilters): AsyncGenerator<QuoteListItem> {
  let cursor: string | null = null;
  do {
    const page = await listQuotes(db, { ...filters, limit: PAGE, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/** GET /export/quotes.csv and /export/quotes.ndjson: every quote matching the filters, streamed a page at a time. */
export function exportRoutes(db: Db): Hono {
  const app = new Hono();
  for (const format of ['csv', 'ndjson'] as const) {
    app.get(`/quotes.${format}`, (c) => {
      const filters = filtersFromQuery(new URL(c.req.url));
      if (!filters.success) return c.json({ error: { message: describeZodError(filters.error) } }, 400);
      c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="claimline-quotes.${format}"`);
      return stream(c, async (out) => {
        if (format === 'csv') await out.write(csvHeader);
        for await (const quote of allQuotes(db, filters.data)) {
          await out.write(format === 'csv' ? csvLine(quote) : JSON.stringify(quote) + '\n');
        }
      });
    });
  }
  return app;
}
