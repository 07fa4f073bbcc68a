import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles, startNewsSite, type NewsSite } from '@claimline/api/test/news-site';
import { startApiServer, type ApiServer } from './support/api-server';
import { ensureWebBuild, webDist, webRoot } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';

const artifacts = join(webRoot, 'artifacts');
const runBrowser = chromiumAvailable();
// Real articles from ../shared/corpus/recovery-2020.jsonl: three in the RSS feed, one linked on its own.
const [a, b, c, single] = corpusArticles([2, 10, 68, 69]);

describe.runIf(runBrowser)('the Feeds view and Add by link in Chromium', () => {
  let server: ApiServer;
  let site: NewsSite;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!a || !b || !c || !single) throw new Error('the corpus lines the site serves are missing');
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    site = await startNewsSite([a, b, c], [single]);
    // The site is on 127.0.0.1, which the server fetches only with private addresses allowed.
    server = await startApiServer(webDist, { env: { CLAIMLINE_FETCH_ALLOW_PRIVATE: '1' } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // A loaded 2-core machine: the job queue starts, polls and fetches in its own time; the bound catches a hang.
    page.setDefaultTimeout(180_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  it('should follow an RSS feed and show its last poll, its new articles and their links', async () => {
    await page.goto(`${server.url}/feeds`);
    await page.getByText('No feeds followed yet').waitFor();
    await page.getByLabel('Feed link').fill(`${site.url}/rss.xml`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.getByText(/^Following .*rss\.xml: its first poll is queued\.$/).waitFor();
    const card = page.getByRole('listitem', { name: 'Recovery Wire' });
    await card.getByText('3 new articles').waitFor();
    await expect(card.getByText(/last poll: \d+ \w+, \d\d:\d\d UTC/).count()).resolves.toBe(1);
    await shot('20-feeds-following');
    for (const article of [a, b, c]) expect(site.hits(`/news/${article?.slug}.html`)).toBe(1);
    await card.getByRole('link', { name: c?.title }).click();
    await page.getByRole('heading', { name: c?.title }).waitFor();
  });

  it('should show why a link that is not a feed cannot be followed', async () => {
    await page.goto(`${server.url}/feeds`);
    await page.getByLabel('Feed link').fill(`${site.url}/front.html`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.getByText(/Could not be read: .*front\.html is not a feed \(text\/html\): give the link of an RSS or Atom feed/).waitFor();
    await shot('21-feeds-error');
    await page
      .getByRole('listitem', { name: `${site.url}/front.html` })
      .getByRole('button', { name: 'Stop following' })
      .click();
    await page.getByText(/Could not be read/).waitFor({ state: 'detached' });
  });

  it('should add an article by its link, and answer "already stored" for the same link again', async () => {
    await page.goto(`${server.url}/add`);
    const link = `${site.url}/news/${single?.slug}.html`;
    await page.getByLabel('Article link').fill(link);
    await page.getByRole('button', { name: 'Fetch and save' }).click();
    await page.getByText(new RegExp(`^Saved “${escapeRegExp(single?.title ?? '')}”: \\d+ quotes from \\d+ speakers\\.`)).waitFor();
    await shot('22-add-by-link');
    await page.getByRole('button', { name: 'Fetch and save' }).click();
    await page.getByText(/^Already stored “/).waitFor();
    expect(site.hits(`/news/${single?.slug}.html`)).toBe(1);
    await page.getByRole('link', { name: 'Open the article' }).click();
    await page.getByRole('heading', { name: single?.title }).waitFor();
  });

  it('should say what to fix for a link that is not http(s), before sending it', async () => {
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Article link').fill('ftp://example.com/story');
    await page.getByRole('button', { name: 'Fetch and save' }).click();
    await page.getByText(/^Not saved\. url must be an http:\/\/ or https:\/\/ link/).waitFor();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
