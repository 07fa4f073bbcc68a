import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/api-server';
import { ensureWebBuild, webDist, webRoot } from './support/build-web';
import { chromiumAvailable, launchChromium } from './support/chromium';
import { seedCorpus } from './support/seed-corpus';

const artifacts = join(webRoot, 'artifacts');

interface Speaker {
  id: string;
  name: string;
}

describe.runIf(chromiumAvailable())('comparing speakers on the overview in Chromium', () => {
  let server: ApiServer;
  let browser: Browser;
  let page: Page;
  let pair: [Speaker, Speaker];

  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  const tooltip = () => page.getByRole('tooltip');

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ensureWebBuild();
    server = await startApiServer(webDist);
    await seedCorpus(server.url, 120);
    // Two of the most quoted people of the sample: the pair an analyst would put side by side.
    const res = await fetch(
      `${server.url}/trpc/sources.list?input=${encodeURIComponent(JSON.stringify({ sourceKinds: ['person'], limit: 2 }))}`,
    );
    const { result } = (await res.json()) as { result: { data: { items: Speaker[] } } };
    const [a, b] = result.data.items;
    if (!a || !b) throw new Error('the seeded corpus has fewer than two people quoted');
    pair = [a, b];
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should put two chosen speakers side by side, alone with the others row, from the search field to the URL', async () => {
    await page.goto(`${server.url}/?top=0&bucket=month`);
    for (const speaker of pair) {
      await page.getByLabel('Add a speaker').fill(speaker.name);
      await page
        .getByRole('button', { name: `Add ${speaker.name}`, exact: false })
        .first()
        .click();
      await page.getByRole('list', { name: 'Chosen speakers' }).getByText(speaker.name, { exact: true }).waitFor();
    }
    await page.waitForURL((url) => url.searchParams.get('pick') === `${pair[0].id},${pair[1].id}`);
    await page.getByRole('group', { name: 'Claims per month for 2 speakers and all others' }).waitFor();
    for (const speaker of pair) await page.getByRole('button', { name: new RegExp(`^${speaker.name}: \\d+ claims?$`) }).waitFor();
    // The rows add up: the note's parts sum to the claims in view in the header.
    const note = await page.getByText(/^Claims in view: /).innerText();
    const numbers = (note.match(/[\d,]+(?= (claims? by|by others|with no speaker|in all))/g) ?? []).map((n) =>
      Number(n.replaceAll(',', '')),
    );
    const inAll = numbers.pop() ?? -1;
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(inAll);
    expect(await page.getByText('Claims in view').locator('xpath=following-sibling::dd').innerText()).toBe(inAll.toLocaleString('en'));
    await shot('c1-compare-two-speakers');

    await page.getByRole('radio', { name: 'Share of coverage' }).check();
    await page.waitForURL((url) => url.searchParams.get('measure') === 'share');
    await page.getByRole('button', { name: new RegExp(`^${pair[0].name}: [\\d.<]+% of claims in view$`) }).waitFor();
    await shot('c2-compare-share');
  });

  it('should show a dot’s speaker, period and count in a tooltip on hover and on keyboard focus', async () => {
    await page.goto(`${server.url}/?top=5&bucket=month&pick=${pair[0].id}`);
    const firstDot = page.getByRole('button', { name: new RegExp(`^${pair[0].name}, \\w+ \\d{4}: \\d+ claims?`) }).first();
    await firstDot.waitFor();
    await expect.poll(() => tooltip().count()).toBe(0);
    await firstDot.hover();
    await tooltip().waitFor();
    const hovered = await tooltip().innerText();
    expect(hovered).toContain(pair[0].name);
    expect(hovered).toMatch(/[A-Z][a-z]+ \d{4}/);
    expect(hovered).toMatch(/\d+ claims?/);
    await shot('c3-tooltip-hover');

    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip().count()).toBe(0);
    const lane = page.getByRole('button', { name: new RegExp(`^${pair[0].name}: \\d+ claims?$`) });
    await lane.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused.startsWith(`${pair[0].name}, `)).toBe(true);
    const period = focused.slice(pair[0].name.length + 2).split(':')[0] ?? '';
    await tooltip().waitFor();
    expect(await tooltip().innerText()).toContain(period);
    await shot('c4-tooltip-keyboard');

    // Enter on the focused dot lists its quotes and brings them into view.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('speaker') === pair[0].id && url.searchParams.has('at'));
    const drill = page.getByRole('region', { name: new RegExp(`^Quotes by ${pair[0].name}`) });
    await drill.getByRole('listitem').first().waitFor();
    await expect.poll(async () => (await page.locator('.drill').boundingBox())?.y ?? 9999).toBeLessThan(900);
    await shot('c5-dot-quotes-in-view');
  });
});
