import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/api-server';
import { seriousViolations } from './support/axe';
import { ensureWebBuild, webDist, webRoot } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { seedCorpus } from './support/seed-corpus';

const artifacts = join(webRoot, 'artifacts');

describe.runIf(chromiumAvailable())('every view passes axe-core in Chromium (no serious or critical violations)', () => {
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  let speakerId = '';
  let articleId = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    server = await startApiServer(webDist);
    await seedCorpus(server.url, 40);
    const get = async <T>(path: string, input: unknown): Promise<T> => {
      const res = await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
      return ((await res.json()) as { result: { data: T } }).result.data;
    };
    speakerId = (await get<{ items: { id: string }[] }>('sources.list', { limit: 1 })).items[0]?.id ?? '';
    articleId =
      (await get<{ items: { id: string; quoteCount: number }[] }>('articles.list', { limit: 20 })).items.find((a) => a.quoteCount > 0)
        ?.id ?? '';
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const views: [string, () => string, (page: Page) => Promise<void>][] = [
    ['overview', () => '/', (p) => p.getByRole('group', { name: /^Claims per week/ }).waitFor()],
    [
      'overview-compare',
      () => `/?pick=${speakerId}&measure=share&speaker=${speakerId}`,
      (p) => p.getByRole('list', { name: 'Chosen speakers' }).waitFor(),
    ],
    ['speakers', () => '/speakers', (p) => p.getByRole('table').waitFor()],
    ['speaker', () => `/speakers/${speakerId}`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
    ['articles', () => '/articles', (p) => p.getByRole('table').waitFor()],
    ['article', () => `/articles/${articleId}`, (p) => p.locator('mark').first().waitFor()],
    ['quotes', () => '/quotes?q=virus', (p) => p.getByRole('region', { name: 'Matching quotes' }).waitFor()],
    ['add', () => '/add', (p) => p.getByLabel('Article text').waitFor()],
    ['feeds', () => '/feeds', (p) => p.getByLabel('Feed link').waitFor()],
  ];

  for (const [name, path, ready] of views) {
    it(`should have no serious or critical violations on ${name}`, async () => {
      await page.goto(`${server.url}${path()}`);
      await ready(page);
      // Let the last queries settle, so axe sees the page the user sees, not a spinner.
      await page.waitForLoadState('networkidle');
      const report = await seriousViolations(page);
      await page.screenshot({ path: join(artifacts, `a11y-${name}.png`), fullPage: true });
      expect(report.serious).toEqual([]);
      expect(report.passed).toBeGreaterThan(10);
    });
  }
});
