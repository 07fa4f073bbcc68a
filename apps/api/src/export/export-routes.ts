import { Hono } from 'hono';
import { QuoteFiltersSchema, ReviewFiltersSchema, type QuoteListItem } from '@claimline/schema';
import type { Db } from '../db/client';
import { describeZodError } from '../trpc';
import { exportStream } from './export-stream';
import { quotePages, type QuotePagesOptions } from './quote-pages';
import { csvHeader, csvLine } from './quotes-csv';

const LIST_PARAMS = ['sourceIds', 'sourceKinds', 'kinds', 'outlets', 'statuses', 'tags'] as const;
const ExportFiltersSchema = QuoteFiltersSchema.extend(ReviewFiltersSchema.shape);

/** Reads the quotes.list filters from a query string; lists may repeat or be comma-separated (?kinds=direct,mixed). */
export function filtersFromQuery(url: URL): ReturnType<typeof ExportFiltersSchema.safeParse> {
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
  return ExportFiltersSchema.safeParse(raw);
}

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', header: csvHeader, line: csvLine },
  ndjson: { type: 'application/x-ndjson; charset=utf-8', header: '', line: (q: QuoteListItem) => JSON.stringify(q) + '\n' },
} as const;

/** How the export routes page (tests shrink the page and watch the loop). */
export type ExportOptions = Pick<QuotePagesOptions, 'pageSize' | 'onPage'>;

/**
 * GET /export/quotes.csv and /export/quotes.ndjson: every quote matching the filters, streamed a
 * page at a time. The first page is fetched before the answer starts, so a database that fails at
 * once answers 500; one that fails later aborts the download (see exportStream).
 */
export function exportRoutes(db: Db, options: ExportOptions = {}): Hono {
  const app = new Hono();
  for (const [format, { type, header, line }] of Object.entries(FORMATS)) {
    app.get(`/quotes.${format}`, async (c) => {
      const filters = filtersFromQuery(new URL(c.req.url));
      if (!filters.success) return c.json({ error: { message: describeZodError(filters.error) } }, 400);
      const abort = new AbortController();
      c.req.raw.signal.addEventListener('abort', () => abort.abort(), { once: true });
      const pages = quotePages(db, filters.data, { ...options, signal: abort.signal });
      async function* chunks(): AsyncGenerator<string> {
        let first = header;
        for await (const page of pages) {
          yield first + page.map(line).join('');
          first = '';
        }
        if (first !== '') yield first;
      }
      const body = chunks();
      const first = await body.next();
      const rest = (async function* () {
        if (!first.done) yield first.value;
        yield* body;
      })();
      return c.body(exportStream(rest, abort, `export quotes.${format}`), 200, {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="claimline-quotes.${format}"`,
      });
    });
  }
  return app;
}
