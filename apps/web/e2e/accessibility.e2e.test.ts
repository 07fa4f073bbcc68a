import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { artifacts, trpcQuery, useBrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';

describe.runIf(chromiumAvailable())('every view passes axe-core in Chromium (no serious or critical violations)', () => {
  let speakerId = '';
  let articleId = '';
  const session = useBrowserSession({
    seed: 40,
    prepare: async (server) => {
      speakerId = (await trpcQuery<{ items: { id: string }[] }>(server, 'sources.list', { limit: 1 })).items[0]?.id ?? '';
      const listed = await trpcQuery<{ items: { id: string; quoteCount: number }[] }>(server, 'articles.list', { limit: 20 });
      articleId = listed.items.find((a) => a.quoteCount > 0)?.id ?? '';
    },
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
      const { page, server } = session;
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
