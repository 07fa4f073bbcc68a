import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/api-server';
import { ensureWebBuild, webDist } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { seedCorpus } from './support/seed-corpus';

const runBrowser = chromiumAvailable();

describe.runIf(runBrowser)('the dashboard in Chromium against a server whose reads and exports need a token', () => {
  const writeToken = 'e2e-write-token-0123456789abcdef';
  const readToken = 'e2e-read-token-0123456789abcdef';
  let server: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startApiServer(webDist, { apiToken: writeToken, env: { CLAIMLINE_READ_TOKEN: readToken } });
    await seedCorpus(server.url, 0, writeToken);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    // CI shares a 2-core machine with other work: Playwright's 30 s default can pass for a slow machine, not a broken page.
    page.setDefaultTimeout(90_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should ask for the read token, then show the quotes and export them with it', async () => {
    await page.goto(`${server.url}/quotes`);
    const refused = page.getByRole('alert').filter({ hasText: 'This server asks for a token to read.' });
    await refused.getByLabel(/CLAIMLINE_READ_TOKEN/).fill(readToken);
    await refused.getByRole('button', { name: 'Save token in this browser' }).click();
    // Every query refetches with the token: the seed article's quotes are listed.
    await page.getByText('Dmitry Peskov').first().waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('claimline-quotes.csv');
    const body = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(body.split('\n')[0]).toMatch(/^id,/);
    expect(body).toContain('Peskov');

    // Without the token (cleared storage), the export is refused and the field offered; saving it downloads the file.
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('link', { name: 'NDJSON' }).click();
    await page.getByText('This server asks for a token to export.').waitFor();
    await page.getByLabel(/CLAIMLINE_READ_TOKEN/).fill(readToken);
    const [ndjson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save token in this browser' }).click(),
    ]);
    expect(ndjson.suggestedFilename()).toBe('claimline-quotes.ndjson');
    const first = JSON.parse(readFileSync((await ndjson.path()) ?? '', 'utf8').split('\n')[0] ?? '{}') as { id?: unknown };
    expect(typeof first.id).toBe('string');
  });
});
