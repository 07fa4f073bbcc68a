import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/api-server';
import { ensureWebBuild, webDist, webRoot } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';

const artifacts = join(webRoot, 'artifacts');

const article = (n: number, speaker: string, day: string) => ({
  title: `Briefing ${n}`,
  text: `Briefing ${n}\n\n"We are doing everything we can for the city (${n})," said ${speaker}.\n\nThe briefing ended late.`,
  outlet: n % 2 ? 'Wire' : 'Post',
  publishedAt: day,
});

describe.runIf(chromiumAvailable())('speaker identity in Chromium', () => {
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    server = await startApiServer(webDist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // Hillary and Bill Clinton both fit a bare "Clinton": it stays apart and becomes a suggestion.
    const articles = [
      article(1, 'Hillary Clinton', '2020-04-01'),
      article(2, 'Bill Clinton', '2020-04-02'),
      article(3, 'Mr. Clinton', '2020-04-03'),
    ];
    const res = await fetch(`${server.url}/trpc/articles.ingestMany`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should review a suggested duplicate: confirm the merge, see it applied, undo it', async () => {
    await page.goto(`${server.url}/speakers`);
    const queue = page.getByRole('list', { name: 'Possible duplicates' });
    await queue.waitFor({ timeout: 30_000 });
    expect(await queue.getByRole('listitem').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select Clinton into Bill Clinton' }).check();
    await page.getByRole('button', { name: 'Merge selected…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm review' });
    await confirm.getByText('Merge 1 pair?').waitFor();
    await shot('identity-01-review-confirm');
    await confirm.getByRole('button', { name: 'Merge 1 pair' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor({ timeout: 30_000 });
    const billRow = page.getByRole('row', { name: /Bill Clinton/ });
    await billRow.getByRole('cell', { name: '2', exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('rowheader', { name: 'Clinton', exact: true }).count()).toBe(0);
    await shot('identity-02-merged');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('rowheader', { name: 'Clinton', exact: true }).waitFor({ timeout: 30_000 });
    await billRow.getByRole('cell', { name: '1', exact: true }).waitFor({ timeout: 30_000 });
  });

  it('should mark a suggestion as different people: it leaves the queue, and the one person left who fits takes the name', async () => {
    await page.goto(`${server.url}/speakers`);
    await page.getByRole('list', { name: 'Possible duplicates' }).waitFor({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: 'Select Clinton into Hillary Clinton' }).check();
    await page.getByRole('button', { name: 'Not the same…' }).click();
    await page.getByRole('group', { name: 'Confirm review' }).getByRole('button', { name: 'Keep 1 pair apart' }).click();
    // Hillary ruled out, only Bill Clinton fits a bare "Clinton": resolution links it as it would at ingest (and
    // sources.split undoes it), so no pair is left to review.
    await page.getByRole('list', { name: 'Possible duplicates' }).waitFor({ state: 'detached', timeout: 30_000 });
    await page
      .getByRole('row', { name: /Bill Clinton/ })
      .getByRole('cell', { name: '2', exact: true })
      .waitFor({ timeout: 30_000 });
    await page
      .getByRole('row', { name: /Hillary Clinton/ })
      .getByRole('cell', { name: '1', exact: true })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('rowheader', { name: 'Clinton', exact: true }).count()).toBe(0);
    await shot('identity-03-queue-after-distinct');
  });
});
