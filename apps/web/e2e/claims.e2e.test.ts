import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { artifacts, trpcMutation, useBrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { corpus } from './support/seed-corpus';

// A real CBS News story (recovery-2020) as three outlets carried it: the original, a wire rewrite with
// its own headline and no last paragraph, and a copy with typographic quotation marks.
const story = JSON.parse(
  corpus('recovery-2020.jsonl')
    .split('\n')
    .find((line) => line.includes('"recovery-0348"')) ?? '{}',
) as { text: string; title: string };
const carried = [
  { text: story.text, title: story.title, outlet: 'CBS News', publishedAt: '2020-05-18' },
  {
    text: `Cuomo expects cases to rise as regions reopen\n\n${story.text.slice(0, story.text.lastIndexOf('\n\n'))}`,
    title: 'Cuomo expects cases to rise as regions reopen',
    outlet: 'Reuters',
    publishedAt: '2020-05-19',
  },
  { text: story.text.replace(/"([^"]*)"/g, '\u201C$1\u201D'), title: story.title, outlet: 'Yahoo! News', publishedAt: '2020-05-20' },
];

describe.runIf(chromiumAvailable())('claims across outlets in Chromium', () => {
  const session = useBrowserSession({
    seed: 20,
    prepare: (server) => trpcMutation(server, 'articles.ingestMany', { articles: carried }).then(() => undefined),
  });

  it('should show a claim three outlets carried once, with its three appearances, and lead to each sentence', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/claims`);
    await page.getByRole('checkbox', { name: 'Only claims carried by two or more outlets' }).check();
    await page.waitForURL((url) => url.searchParams.get('spread') !== null);
    const list = page.getByRole('region', { name: 'Claims' });
    const item = list.getByRole('listitem').filter({ hasText: 'That is the big question' });
    await item.waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('3 appearances in 3 outlets');
    expect(await item.textContent()).toContain('first seen 18 May 2020 in CBS News');
    await page.screenshot({ path: join(artifacts, 'claims-three-outlets.png'), fullPage: true });

    await item.getByRole('link', { name: /Where and when it spread/ }).click();
    const rows = page.getByRole('table').getByRole('row');
    await page.getByRole('heading', { name: 'How it spread, earliest first' }).waitFor();
    await rows.nth(3).waitFor();
    expect(await rows.count()).toBe(4);
    const outletsInOrder = await Promise.all([1, 2, 3].map((i) => rows.nth(i).getByRole('cell').nth(1).textContent()));
    expect(outletsInOrder).toEqual(['CBS News', 'Reuters', 'Yahoo! News']);
    await page.screenshot({ path: join(artifacts, 'claim-spread.png'), fullPage: true });
    const report = await seriousViolations(page);
    expect(report.serious).toEqual([]);

    await rows.nth(2).getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/articles/') && url.searchParams.get('quote') !== null);
    await page.locator('mark[data-selected="true"]').filter({ hasText: 'big question' }).first().waitFor();
  });

  it('should pass axe on the claims list', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/claims?q=question`);
    await page.getByRole('region', { name: 'Claims' }).waitFor();
    await page.waitForLoadState('networkidle');
    const report = await seriousViolations(page);
    expect(report.serious).toEqual([]);
    expect(report.passed).toBeGreaterThan(10);
  });
});
