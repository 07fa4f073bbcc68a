import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { artifacts, useBrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';

describe.runIf(chromiumAvailable())('the review queue and statuses in Chromium', () => {
  const session = useBrowserSession({ seed: 10 });

  it('should set a status with one key, a status with a note and tags, and filter quotes on them', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/review`);
    const queue = page.getByRole('region', { name: 'Quotes to review' });
    const items = queue.locator('.review-item');
    await items.nth(1).waitFor();
    const report = await seriousViolations(page);
    expect(report.serious).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'review-queue.png'), fullPage: true });

    const [checked, words] = await Promise.all(
      [0, 1].map(async (i) => ((await items.nth(i).locator('blockquote').textContent()) ?? '').trim()),
    );
    await items.nth(0).focus();
    await page.keyboard.press('c');
    // Once saved, the quote leaves the queue.
    await queue.locator('.review-item', { hasText: checked ?? '' }).waitFor({ state: 'detached' });

    const second = queue.locator('.review-item', { hasText: words ?? '' });
    await second.getByLabel('Note').fill('two outlets disagree on this');
    await second.getByLabel('Tags (comma-separated)').fill('e2e, needs source');
    await second.getByRole('button', { name: /^Disputed/ }).click();
    await second.waitFor({ state: 'detached' });

    await page.goto(`${server.url}/quotes?statuses=disputed`);
    const list = page.getByRole('region', { name: 'Matching quotes' });
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    const item = list.getByRole('listitem').first();
    expect(((await item.locator('blockquote').textContent()) ?? '').trim()).toBe(words);
    expect(await item.textContent()).toContain('disputed');
    expect(await item.textContent()).toContain('#needs source');
    expect(await item.textContent()).toContain('Note: two outlets disagree on this');
    expect(await page.getByRole('checkbox', { name: 'disputed' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'review-status-filtered.png'), fullPage: true });

    await item.getByRole('link', { name: '#e2e' }).click();
    await page.waitForURL((url) => url.searchParams.get('tags') === 'e2e');
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
  });
});
