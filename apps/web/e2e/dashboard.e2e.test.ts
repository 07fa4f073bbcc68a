import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/api-server';
import { ensureWebBuild, webDist, webRoot } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../shared/corpus/${name}`, import.meta.url)), 'utf8');
const seedArticle = corpus('seed-article.txt');
const artifacts = join(webRoot, 'artifacts');
const runBrowser = chromiumAvailable();

describe.runIf(runBrowser)('the dashboard in Chromium', () => {
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  const goto = (path: string) => page.goto(`${server.url}${path}`);

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    server = await startApiServer(webDist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // CI shares a 2-core machine with other work: Playwright's 30 s default can pass for a slow machine, not a broken page.
    page.setDefaultTimeout(90_000);
    // Every dialog is recorded (the <script> test expects none); a confirm is accepted as a user would.
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void (dialog.type() === 'confirm' ? dialog.accept() : dialog.dismiss());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should invite the user to add an article when nothing is stored', async () => {
    await goto('/');
    await page.getByRole('heading', { name: 'Nothing stored yet' }).waitFor();
    await shot('01-overview-empty');
  });

  it('should preview Dmitry Peskov before saving the pasted seed article, then save it', async () => {
    await goto('/add');
    await page.getByLabel('Article text').fill(seedArticle);
    const found = page.getByRole('list', { name: 'Speakers found' });
    await found.getByText('Dmitry Peskov', { exact: true }).waitFor();
    // The preview parses in a Web Worker, off the main thread.
    expect(page.workers().some((w) => w.url().includes('preview-worker'))).toBe(true);
    await shot('02-add-preview');
    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByText(/^Saved: \d+ quotes from \d+ speakers/).waitFor();
    // Saved: the form is empty for the next article.
    expect(await page.getByLabel('Article text').inputValue()).toBe('');
    await shot('03-add-saved');
  });

  it('should find Dmitry Peskov on the speakers page, open his page and follow a quote to its highlighted sentence', async () => {
    await goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    const link = page.getByRole('link', { name: 'Dmitry Peskov', exact: true });
    await link.waitFor();
    await shot('04-speakers');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Dmitry Peskov' }).waitFor();
    expect(page.url()).toMatch(/\/speakers\/[^/?]+$/);
    const quotes = page.getByRole('region', { name: 'Quotes by Dmitry Peskov' });
    const firstQuote = quotes.getByRole('listitem').first();
    const quoteText = (await firstQuote.locator('blockquote').innerText()).trim();
    await shot('05-speaker');
    await firstQuote.locator('a.article-link').click();
    await page.mouse.move(0, 0);
    const selected = page.locator('mark[data-selected="true"]');
    await selected.waitFor();
    expect(page.url()).toMatch(/\/articles\/[^/?]+\?quote=/);
    const highlighted = (await page.locator('mark.selected').allInnerTexts()).join('');
    expect(highlighted.replace(/\s+/g, ' ').trim()).toBe(quoteText.replace(/\s+/g, ' '));
    await expect.poll(() => page.locator('.quote-panel').innerText()).toContain('Dmitry Peskov');
    await shot('06-article');
  });

  it('should filter the overview by date and change both the chart and the URL', async () => {
    await goto('/');
    const chart = page.getByRole('group', { name: /Claims per week for \d+ speakers/ });
    await chart.waitFor();
    const peskovLane = page.getByRole('button', { name: /^Dmitry Peskov: \d+ claims?$/ });
    await peskovLane.waitFor();
    await shot('07-overview');

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('From').fill(tomorrow);
    await page.waitForURL((url) => url.searchParams.get('from') === tomorrow);
    await page.getByRole('heading', { name: 'No claims in this range' }).waitFor();
    await shot('08-overview-filtered-empty');

    await page.getByLabel('From').fill(today);
    await page.waitForURL((url) => url.searchParams.get('from') === today);
    await peskovLane.waitFor();
    await page.getByRole('radio', { name: 'day' }).check();
    await page.waitForURL((url) => url.searchParams.get('bucket') === 'day');
    await page.getByRole('group', { name: /Claims per day/ }).waitFor();

    await peskovLane.click();
    await page.waitForURL((url) => url.searchParams.has('speaker'));
    await page.getByRole('region', { name: 'Quotes by Dmitry Peskov' }).getByRole('listitem').first().waitFor();
    await shot('09-overview-drilldown');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('speaker'));

    // The keyboard reaches the same: focus the lane, arrow to its first dot, Enter lists that day's quotes.
    await peskovLane.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Dmitry Peskov, \d+ \w+ \d{4}: \d+ claims?, [\d.]+% of that day$/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('speaker') && url.searchParams.get('at') === today);
  });

  it('should list quotes with export links that carry the filters', async () => {
    await goto('/quotes?kinds=direct');
    await page.getByRole('region', { name: 'Matching quotes' }).getByRole('listitem').first().waitFor();
    expect(await page.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/export/quotes.csv?kinds=direct');
    const res = await page.request.get(`${server.url}/export/quotes.ndjson?kinds=direct`);
    expect(res.ok()).toBe(true);
    expect((await res.text()).trim().split('\n').length).toBeGreaterThan(0);
    await shot('10-quotes');
  });

  it('should show an article holding <script> and HTML as characters and run nothing', async () => {
    const hostile = [
      'Hostile markup test',
      '',
      '<script>window.__pwned = true; alert("xss")</script>',
      '',
      'The minister said: "<img src=x onerror="window.__pwned=true"> we <b>will</b> stay." She added nothing.',
    ].join('\n');
    await goto('/add');
    await page.getByLabel('Article text').fill(hostile);
    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByRole('link', { name: 'Open the article' }).click();
    const body = page.locator('.article-text');
    await body.waitFor();
    // The article's own characters, without the speaker names the page sets beside each highlight.
    const articleChars = await body.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.speaker-tag, summary').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(articleChars).toContain('<script>window.__pwned = true; alert("xss")</script>');
    expect(articleChars).toContain('"<img src=x onerror="window.__pwned=true"> we <b>will</b> stay."');
    expect(await body.locator('script, img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('11-article-inert');
  });

  it('should upload a .jsonl file with a progress bar and a report line per article', async () => {
    const lines = corpus('recovery-2020.jsonl').split('\n').filter(Boolean).slice(0, 40);
    const content = [...lines, '{this is not json', JSON.stringify({ title: 'no body' })].join('\n');
    await goto('/add');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'recovery-sample.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(content) });
    const summary = page.getByText(/^\d+ added, \d+ skipped as duplicates, \d+ refused\.$/);
    await page.getByText('Sent 40 of 40 articles').waitFor({ timeout: 120_000 });
    const [added, duplicates] = ((await summary.innerText()).match(/\d+/g) ?? []).map(Number);
    const refusedRows = await page
      .getByRole('table', { name: /refused/ })
      .locator('tr.outcome-refused')
      .allInnerTexts();
    expect(refusedRows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'recovery-sample.jsonl:41 refused line is not JSON: write one {"text": "..."} object per line',
      'recovery-sample.jsonl:42 refused text: text must be a string: paste the article body (missing)',
    ]);
    expect((added ?? 0) + (duplicates ?? 0)).toBe(40);
    expect(await page.locator('#upload-progress').getAttribute('value')).toBe('40');
    const report = page.getByRole('table', { name: /refused/ });
    await report.getByText('line is not JSON: write one {"text": "..."} object per line').waitFor();
    await shot('12-upload-report');

    await goto('/?bucket=month');
    await page.getByRole('group', { name: /Claims per month/ }).waitFor();
    await shot('13-overview-monthly');
    // The strip sits under the chart, below the fold of a 900 px window: bring it into view to drag on it.
    await page.locator('.brush-track').scrollIntoViewIfNeeded();
    const track = await page.locator('.brush-track').boundingBox();
    if (!track) throw new Error('the overview has no brush strip');
    await page.mouse.move(track.x + track.width * 0.3, track.y + track.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.7, track.y + track.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
    const brushed = new URL(page.url()).searchParams;
    expect(brushed.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect((brushed.get('to') ?? '') > (brushed.get('from') ?? '')).toBe(true);
    // The brushed range may hold no claims (the sample spans 2020 and today), so wait on the caption, not the chart.
    const day = (iso: string | null) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    await page
      .getByText(`Claims by speaker per month, ${day(brushed.get('from'))} to ${day(brushed.get('to'))}.`, { exact: false })
      .waitFor();
    await shot('13b-overview-brushed');
    await goto('/speakers');
    await page.getByRole('table').waitFor();
    await shot('14-speakers-many');
  });

  it('should reassign a quote, merge two speakers and drop a false quote, each showing at once', async () => {
    await goto('/speakers?q=Peskov');
    await page.getByRole('link', { name: 'Dmitry Peskov', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dmitry Peskov' }).waitFor();
    const peskovQuotes = page.getByRole('region', { name: 'Quotes by Dmitry Peskov' }).getByRole('listitem');
    await peskovQuotes.first().waitFor();
    const before = await peskovQuotes.count();
    await peskovQuotes.first().locator('a.article-link').click();
    // Park the pointer off the text: hovering another highlight would show that quote instead.
    await page.mouse.move(0, 0);
    const panel = page.getByRole('complementary', { name: 'Quote details' });
    await panel.getByRole('link', { name: 'Dmitry Peskov' }).waitFor();

    await panel.getByLabel('Speaker', { exact: true }).selectOption({ label: 'Vladimir Putin' });
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await panel.getByText('Saved. Every view now shows the correction.').waitFor();
    await panel.getByRole('link', { name: 'Vladimir Putin' }).waitFor();
    await shot('15-correction-reassigned');
    await page.getByRole('region', { name: 'Speakers in this article' }).getByRole('link', { name: 'Dmitry Peskov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dmitry Peskov' }).waitFor();
    await expect.poll(() => peskovQuotes.count()).toBe(before - 1);

    await goto('/speakers?q=Vladimir%20Putin');
    await page.getByRole('link', { name: 'Vladimir Putin', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vladimir Putin' }).waitFor();
    const putinQuotes = page.getByRole('region', { name: 'Quotes by Vladimir Putin' }).getByRole('listitem');
    await putinQuotes.first().waitFor();
    const putinBefore = await putinQuotes.count();
    await page.getByText('Corrections: rename, change kind, merge a duplicate').click();
    await page.getByLabel('Find the duplicate').fill('Blinken');
    const pick = page.getByLabel('Duplicate', { exact: true });
    await pick.locator('option', { hasText: 'Anthony Blinken' }).waitFor({ state: 'attached' });
    await pick.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Merge into Vladimir Putin' }).click();
    // Merges are confirmed now (issue 9): the step names the duplicate and its quote count.
    await page
      .getByRole('group', { name: 'Confirm merge' })
      .getByRole('button', { name: /^Merge “/ })
      .click();
    await page.getByText('Merged: its quotes now belong here.').waitFor();
    await expect.poll(() => putinQuotes.count()).toBeGreaterThan(putinBefore);
    const afterMerge = await putinQuotes.count();
    await shot('16-correction-merged');

    await putinQuotes.first().locator('a.article-link').click();
    await page.mouse.move(0, 0);
    await panel.getByRole('button', { name: 'Not a quote' }).click();
    await expect.poll(() => dialogs.some((d) => d.startsWith('confirm: Mark this as not a quote'))).toBe(true);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Vladimir Putin' }).waitFor();
    await expect.poll(() => putinQuotes.count()).toBe(afterMerge - 1);

    // From a speaker page too: give one of Putin's quotes to a speaker found by search.
    const quote = putinQuotes.first();
    await quote.getByText('Correct this quote').click();
    await quote.getByLabel('Find another speaker').fill('Peskov');
    const speakerSelect = quote.getByLabel('Speaker', { exact: true });
    await speakerSelect.locator('option', { hasText: 'Dmitry Peskov' }).waitFor({ state: 'attached' });
    await speakerSelect.selectOption({ label: 'Dmitry Peskov (person)' });
    await quote.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => putinQuotes.count()).toBe(afterMerge - 2);
    await shot('17-correction-from-speaker-page');
  });
  it('should list the seed article, then delete a throwaway article and see it gone from the list', async () => {
    await goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles', exact: true }).click();
    const search = page.getByLabel('Search titles and text');
    await search.fill('Putin negotiations');
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/articles' && url.searchParams.get('q') === 'Putin negotiations');
    const seedLink = page.getByRole('table').getByRole('link', { name: /^Putin is ready to end the war against Ukraine/ });
    await seedLink.waitFor();
    await shot('18-articles');

    const title = 'Throwaway article to delete';
    await goto('/add');
    await page
      .getByLabel('Article text')
      .fill(`${title}\n\nThe caretaker said: "This article exists only to be deleted." Nobody objected.`);
    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByText(/^Saved: \d+ quotes? from \d+ speakers?/).waitFor();
    await goto('/articles');
    const rowLink = page.getByRole('table').getByRole('link', { name: title, exact: true });
    await rowLink.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Re-parse' }).click();
    await page.getByText(/^Re-parsed with parser [\w.-]+; the highlights below are current\.$/).waitFor();
    await page.locator('mark.hl').first().waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('group', { name: 'Confirm delete' }).getByText(`Delete “${title}” and its 1 quote?`).waitFor();
    await page.getByRole('button', { name: `Delete “${title}”` }).click();
    await page.waitForURL((url) => url.pathname === '/articles');
    await page.getByText(`Deleted “${title}” and its quotes.`).waitFor();
    await page
      .getByRole('table')
      .getByRole('link', { name: /^Putin is ready to end the war against Ukraine/ })
      .waitFor();
    expect(await rowLink.count()).toBe(0);
    // Not only the cached list: a fresh load of the page asks the server again.
    await page.reload();
    await page.getByRole('table').getByRole('link').first().waitFor();
    expect(await rowLink.count()).toBe(0);
    await shot('19-articles-after-delete');
  });
});

describe.runIf(runBrowser)('the dashboard in Chromium against a server with an API token', () => {
  const token = 'e2e-token-0123456789abcdef';
  let server: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    server = await startApiServer(webDist, { apiToken: token });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // CI shares a 2-core machine with other work: Playwright's 30 s default can pass for a slow machine, not a broken page.
    page.setDefaultTimeout(90_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const saveToken = async () => {
    await page.getByLabel(/ask whoever runs the server/).fill(token);
    await page.getByRole('button', { name: 'Save token in this browser' }).click();
    await page.getByText('Saved. Try again.').waitFor();
  };

  it('should ask for the token when a delete is refused, then delete with it', async () => {
    const title = 'Token-guarded article';
    await page.goto(`${server.url}/add`);
    await page.getByLabel('Article text').fill(`${title}\n\nThe guard said: "Nobody writes here without the token." He locked the door.`);
    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByText(/^Not saved: this server requires an API token/).waitFor();
    await saveToken();
    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByRole('link', { name: 'Open the article' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // The token is forgotten (another browser, or cleared storage): the delete is refused and the prompt offered.
    await page.evaluate(() => localStorage.clear());
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm delete' });
    await confirm.getByRole('button', { name: `Delete “${title}”` }).click();
    await confirm.getByText(/^Not deleted: this server requires an API token/).waitFor();
    await page.screenshot({ path: join(artifacts, '20-delete-needs-token.png'), fullPage: true });
    await saveToken();
    await confirm.getByRole('button', { name: `Delete “${title}”` }).click();
    await page.waitForURL((url) => url.pathname === '/articles');
    await page.getByRole('heading', { name: 'No articles stored yet' }).waitFor();
  });
});
