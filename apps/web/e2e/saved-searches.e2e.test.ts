import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { artifacts, trpcMutation, useBrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { corpus } from './support/seed-corpus';

// A real CBS News story (recovery-2020) in which Governor Cuomo asks "That is the big question": it
// arrives after the search is saved, as the next ingest an analyst coming back would find.
const later = JSON.parse(
  corpus('recovery-2020.jsonl')
    .split('\n')
    .find((line) => line.includes('"recovery-0348"')) ?? '{}',
) as { text: string; title: string };

describe.runIf(chromiumAvailable())('saved searches in Chromium', () => {
  const session = useBrowserSession({ seed: 10 });

  it('should save a search, count the claims a later ingest brings, reset the count on opening, and serve its Atom feed', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/quotes?q=${encodeURIComponent('big question')}`);
    // None of the seeded articles has the words yet.
    await page.getByRole('heading', { name: 'No quotes match' }).waitFor();
    await page.getByLabel('Name this search').fill('The big question');
    await page.getByRole('button', { name: 'Save this search' }).click();
    await page.getByText('Saved as The big question').waitFor();
    const saved = page.getByRole('navigation', { name: 'Saved searches' });
    const link = saved.getByRole('link', { name: /^The big question/ });
    await link.waitFor();
    expect(await saved.getByTestId('new-count').count()).toBe(0);

    await trpcMutation(server, 'articles.ingest', { text: later.text, title: later.title, outlet: 'CBS News', publishedAt: '2020-05-18' });
    const listed = (await (await fetch(`${server.url}/trpc/savedSearches.list`)).json()) as {
      result: { data: { items: { newCount: number }[] } };
    };
    const expected = listed.result.data.items[0]?.newCount ?? 0;
    expect(expected).toBeGreaterThan(0);

    // Coming back: a fresh load shows the count beside the saved search in the navigation.
    await page.goto(`${server.url}/`);
    const badge = saved.getByTestId('new-count');
    await badge.waitFor();
    expect(await badge.textContent()).toBe(`${expected} new`);
    await page.screenshot({ path: join(artifacts, 'saved-search-new-count.png'), fullPage: true });

    // Opening it shows its quotes and marks it opened: the count is gone, also after a reload.
    await link.click();
    await page.waitForURL((url) => url.pathname === '/quotes' && url.searchParams.get('q') === 'big question');
    await page
      .getByRole('region', { name: 'Matching quotes' })
      .getByText(/big question/i)
      .first()
      .waitFor();
    await badge.waitFor({ state: 'detached' });
    await page.reload();
    await link.waitFor();
    expect(await saved.getByTestId('new-count').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'saved-search-opened.png'), fullPage: true });
    const report = await seriousViolations(page);
    expect(report.serious).toEqual([]);

    // Its Atom feed, as a feed reader fetches and parses it.
    const href = await saved.getByRole('link', { name: 'Atom feed of The big question' }).getAttribute('href');
    const res = await fetch(`${server.url}${href}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = parseFeed(await res.text());
    expect(feed.title).toBe('Claimline: The big question');
    expect(feed.items.length).toBeGreaterThanOrEqual(expected);
    // The title carries the first words only; the content carries the whole quote.
    const question = feed.items.find((i) => /big question/i.test(i.content ?? ''));
    expect(question?.title).toMatch(/^[A-Z][^:]+: /);
    expect(question?.url).toMatch(new RegExp(`^${server.url}/articles/art_[0-9a-f]+\\?quote=`));
    await page.goto(question?.url ?? '');
    await page.locator('mark[data-selected="true"]').filter({ hasText: 'big question' }).first().waitFor();
    await page.screenshot({ path: join(artifacts, 'saved-search-feed-entry.png'), fullPage: true });

    // Forgotten after a confirmation; "Keep" first leaves it where it was.
    await saved.getByRole('button', { name: 'Forget the saved search The big question' }).click();
    await saved.getByRole('group', { name: 'Confirm forgetting The big question' }).getByRole('button', { name: 'Keep' }).click();
    await saved.getByRole('button', { name: 'Forget the saved search The big question' }).click();
    await saved.getByRole('group', { name: 'Confirm forgetting The big question' }).getByRole('button', { name: 'Forget' }).click();
    await saved.getByRole('link', { name: 'The big question', exact: true }).waitFor({ state: 'detached' });
    expect((await fetch(`${server.url}${href}`)).status).toBe(404);
  });

  it("should link a speaker's page to the speaker's Atom feed", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/speakers`);
    await page.locator('main a[href^="/speakers/"]').first().click();
    await page.waitForURL((url) => /^\/speakers\/./.test(url.pathname));
    const feedLink = page.getByRole('link', { name: /^Atom feed of .+'s quotes$/ });
    await feedLink.waitFor();
    const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(await feedLink.textContent()).toBe(`Atom feed of ${name}'s quotes`);
    const res = await fetch(`${server.url}${await feedLink.getAttribute('href')}`);
    const feed = parseFeed(await res.text());
    expect(feed.title).toBe(`Claimline: ${name}`);
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((i) => i.title?.startsWith(`${name}: `))).toBe(true);
    await page.screenshot({ path: join(artifacts, 'speaker-feed-link.png'), fullPage: true });
  });
});
