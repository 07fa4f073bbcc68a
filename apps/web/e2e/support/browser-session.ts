import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApiServer, type ApiServer } from './api-server';
import { ensureWebBuild, webDist, webRoot } from './build-web';
import { launchChromium } from './chromium';
import { seedCorpus } from './seed-corpus';

/** Where the e2e tests leave their screenshots. */
export const artifacts = join(webRoot, 'artifacts');

/** The API process serving the built app, and one Chromium page on a 1360x900 window; set in beforeAll. */
export interface BrowserSession {
  server: ApiServer;
  browser: Browser;
  page: Page;
}

/**
 * Registers the beforeAll/afterAll of one e2e file: build the app if needed, start a real API
 * server on a fresh embedded database, seed it with the first `seed` recovery-2020 articles, run
 * `prepare` (more data the file needs), then launch Chromium; stop both afterwards.
 */
export function useBrowserSession(options: { seed?: number; prepare?: (server: ApiServer) => Promise<void> } = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    session.server = await startApiServer(webDist);
    if (options.seed) await seedCorpus(session.server.url, options.seed);
    await options.prepare?.(session.server);
    session.browser = await launchChromium();
    session.page = await session.browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

/** A tRPC query over HTTP, as the client sends it; throws with the status and body when refused. */
export async function trpcQuery<T>(server: ApiServer, path: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!res.ok) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** A tRPC mutation over HTTP (no token: the test server has none); throws with the status and body when refused. */
export async function trpcMutation<T>(server: ApiServer, path: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}
