import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorForLog } from '../http/error-for-log';
import { createTestApi, type TestApi } from '../test/test-app';
import { exportRoutes, type ExportOptions } from './export-routes';

// The export routes behind a real Node HTTP server (as index.ts serves them) on a real database,
// paging one quote at a time so that a few articles make many pages.
let api: TestApi;
let databaseOpen = true;
let onPage: ExportOptions['onPage'];
let base = '';
let server: ReturnType<typeof serve>;

beforeAll(async () => {
  api = await createTestApi();
  await api.caller.articles.ingestMany({
    articles: ['Maria Lopez', 'John Carter', 'Ana Diaz', 'Li Wei', 'Omar Haddad', 'Eva Novak'].map((name, i) => ({
      text: `Port ${i}\n\n"The harbour will reopen in ${i + 2} weeks," said ${name}.`,
      outlet: 'Wire',
      publishedAt: `2024-05-0${i + 1}`,
    })),
  });
  const app = new Hono().route('/export', exportRoutes(api.database.db, { pageSize: 1, onPage: (page, signal) => onPage?.(page, signal) }));
  // As app.ts answers a failure: logged without the query's parameters.
  app.onError((error, c) => {
    console.error(`GET ${c.req.path} failed: ${errorForLog(error)}`);
    return c.text('internal error', 500);
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  if (databaseOpen) await api.database.close();
  await api.parser.close();
});

describe('export streaming', () => {
  // Regression: the export wrote into a closed socket (hono's stream() ignores failed writes) and
  // queried page after page to the end.
  it('should stop querying when the client goes away', async () => {
    const pagesOf = new Map<AbortSignal, number[]>();
    const client = httpRequest(`${base}/export/quotes.csv`);
    client.on('error', () => undefined);
    let first: AbortSignal | undefined;
    onPage = async (page, signal) => {
      pagesOf.set(signal, [...(pagesOf.get(signal) ?? []), page]);
      if (first !== undefined && signal !== first) return;
      first = signal;
      // The client hangs up after the first page; the export must see it before its next query.
      client.destroy();
      if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    };
    client.end();
    // A second, complete export on the same database: on PGlite its queries queue behind any the
    // first one would still make, so once it is read to the end the first has shown what it does.
    const full = await fetch(`${base}/export/quotes.csv`);
    const lines = (await full.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(7); // the header and six quotes
    const second = [...pagesOf.keys()].find((s) => s !== first);
    if (first === undefined || second === undefined) throw new Error('both exports should have fetched pages');
    expect(pagesOf.get(second)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(first.aborted).toBe(true);
    expect(pagesOf.get(first)).toEqual([1]);
  });

  // Regression: a database that failed part-way ended the download cleanly with 200 and a short file.
  it('should abort the download, not end it cleanly, when the database fails part-way', async () => {
    onPage = async (page) => {
      if (page !== 2) return;
      databaseOpen = false;
      await api.database.close();
    };
    const response = await fetch(`${base}/export/quotes.ndjson`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it('should answer 500, not an empty 200, when the database fails before the first page', async () => {
    onPage = undefined;
    const response = await fetch(`${base}/export/quotes.csv`);
    expect(response.status).toBe(500);
  });
});
