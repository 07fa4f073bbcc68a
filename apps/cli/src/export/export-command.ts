import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '@claimline/api/db/client';
import { exportRoutes } from '@claimline/api/export/export-routes';
import { readCliEnv } from '../env';
import { embeddedLocation } from '../ingest/embedded-target';
import { userPath } from '../user-path';
import { trimEnd } from '@claimline/schema';

/** Options of `claimline export`: the quotes.list filters, the format, where to write and which database. */
export interface ExportOptions {
  format: 'csv' | 'ndjson';
  out?: string | undefined;
  url?: string | undefined;
  token?: string | undefined;
  q?: string | undefined;
  sourceIds?: string[] | undefined;
  sourceKinds?: string[] | undefined;
  kinds?: string[] | undefined;
  outlets?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The filters as the export routes read them (?kinds=direct,mixed&from=2024-05-01). */
export function exportQuery(options: ExportOptions): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['q', 'from', 'to'] as const) if (options[key]) query.set(key, options[key]);
  for (const key of ['sourceIds', 'sourceKinds', 'kinds', 'outlets'] as const) {
    const values = options[key];
    if (values && values.length > 0) query.set(key, values.join(','));
  }
  return query;
}

/**
 * `claimline export`: every quote matching the filters as CSV or NDJSON. The API's own export
 * routes answer it (the same columns, filters and messages as GET /export/quotes.csv): over HTTP
 * with --url, else in this process on the embedded database.
 */
export async function exportCommand(options: ExportOptions): Promise<void> {
  const env = readCliEnv();
  const url = options.url ?? env.CLAIMLINE_URL;
  const path = `/quotes.${options.format}?${exportQuery(options).toString()}`;
  let close = () => Promise.resolve();
  let response: Response;
  if (url) {
    const token = options.token ?? env.CLAIMLINE_API_TOKEN;
    response = await fetch(`${trimEnd(url, '/')}/export${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } else {
    const location = embeddedLocation(env);
    const database = await openDatabase({ url: location.url, dataDir: location.dataDir });
    close = database.close;
    response = await exportRoutes(database.db).request(path);
  }
  try {
    if (!response.ok || !response.body) {
      const body = await response.text();
      const message = (() => {
        try {
          return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? body;
        } catch {
          return body;
        }
      })();
      process.stderr.write(`claimline export: ${message || `the server answered ${response.status}`}\n`);
      process.exitCode = 2;
      return;
    }
    const output: Writable = options.out ? createWriteStream(userPath(options.out)) : process.stdout;
    await pipeline(Readable.fromWeb(response.body), output, { end: output !== process.stdout });
  } finally {
    await close();
  }
}
