import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../db/rows';
import { corpusPath } from '../test/corpus';
import { useTestApi } from '../test/test-app';
import { backfillClaimKeys } from './backfill-claim-keys';
import { claimsDrift } from './claims-drift';

const api = useTestApi();

// A real CBS News story (recovery-2020) with three direct quotes of Andrew Cuomo.
const story = (JSON.parse(
  readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8')
    .split('\n')
    .find((line) => line.includes('"recovery-0348"')) ?? 'null',
) ?? { text: '' }) as { text: string; title: string };
const QUESTION = 'How are they going to act when they come out? That is the big question';
const SPIKE = `"You're going to see an increase in the numbers, but you don't want to see a spike,"`;

// The story as three outlets carried it: the original; a wire rewrite with its own headline and no
// last paragraph; a copy with typographic quotation marks and doubled spaces.
const carried = [
  { text: story.text, title: story.title, outlet: 'CBS News', publishedAt: '2020-05-18' },
  {
    text: `Cuomo expects cases to rise as regions reopen\n\n${story.text.slice(0, story.text.lastIndexOf('\n\n'))}`,
    outlet: 'Reuters',
    publishedAt: '2020-05-19',
  },
  {
    text: story.text.replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/ Cuomo said/g, '  Cuomo  said'),
    outlet: 'Yahoo! News',
    publishedAt: '2020-05-20',
  },
];

const ingestAll = async (articles: { text: string; outlet: string; publishedAt: string }[]) => {
  const { results } = await api.caller.articles.ingestMany({ articles });
  expect(results.every((r) => r.ok)).toBe(true);
  return results.map((r) => (r.ok ? r.result.articleId : ''));
};

describe('claims.list', { timeout: 120_000 }, () => {
  it('should show a statement three outlets carried as one claim with its three appearances, earliest first', async () => {
    expect(story.text).toContain(QUESTION);
    const ids = await ingestAll(carried);
    const { items } = await api.caller.claims.list({ q: 'big question' });
    expect(items).toHaveLength(1);
    const [claim] = items;
    expect(claim?.source.name).toBe('Andrew Cuomo');
    expect(claim?.text).toContain(QUESTION);
    expect(claim).toMatchObject({ appearanceCount: 3, outletCount: 3, firstOutlet: 'CBS News', firstSeen: '2020-05-18T00:00:00.000Z' });
    expect(claim?.appearances.map((a) => a.article.outlet)).toEqual(['CBS News', 'Reuters', 'Yahoo! News']);
    expect(claim?.appearances.map((a) => a.article.id)).toEqual(ids);
    // Each appearance points at its own place in its own article.
    for (const a of claim?.appearances ?? []) {
      const { article } = await api.caller.articles.byId({ id: a.article.id });
      expect(article.text.slice(a.span.start, a.span.end)).toBe(a.text);
    }
    expect(await claimsDrift(api.database.db)).toBe(0);
  });

  it('should join a copy that changed a few words and keep a different statement apart', async () => {
    await ingestAll(carried.slice(0, 1));
    const edited = story.text.replace(SPIKE, `"You're going to see a rise in the numbers, but you don't want a spike,"`);
    expect(edited).not.toBe(story.text);
    await ingestAll([{ text: edited, outlet: 'NPR', publishedAt: '2020-05-21' }]);
    const spike = await api.caller.claims.list({ q: 'spike' });
    expect(spike.items).toHaveLength(1);
    expect(spike.items[0]).toMatchObject({ appearanceCount: 2, outletCount: 2 });
    expect(new Set(spike.items[0]?.appearances.map((a) => a.text)).size).toBe(2);
    // The other Cuomo statements are claims of their own.
    const all = await api.caller.claims.list({ minOutlets: 2 });
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.items.map((c) => c.id)).size).toBe(all.items.length);
  });

  it('should stay right after a reparse, a correction, a speaker merge and a deleted article', async () => {
    const ids = await ingestAll(carried);
    const before = await api.caller.claims.list({ limit: 200 });
    await api.caller.articles.reparse({ id: ids[1] ?? '' });
    expect((await api.caller.claims.list({ limit: 200 })).items).toEqual(before.items);
    expect(await claimsDrift(api.database.db)).toBe(0);

    const question = (await api.caller.claims.list({ q: 'big question' })).items[0];
    const moved = question?.appearances[2]?.quoteId ?? '';
    await api.caller.quotes.update({ id: moved, sourceId: null });
    expect((await api.caller.claims.list({ q: 'big question' })).items[0]).toMatchObject({ appearanceCount: 2, outletCount: 2 });
    // The correction survives a reparse, and the claim with it.
    await api.caller.articles.reparse({ id: ids[2] ?? '' });
    expect((await api.caller.claims.list({ q: 'big question' })).items[0]).toMatchObject({ appearanceCount: 2 });

    await api.caller.articles.delete({ id: ids[0] ?? '' });
    const after = (await api.caller.claims.list({ q: 'big question' })).items[0];
    expect(after).toMatchObject({ appearanceCount: 1, outletCount: 1, firstOutlet: 'Reuters', firstSeen: '2020-05-19T00:00:00.000Z' });
    expect(await claimsDrift(api.database.db)).toBe(0);
  });

  it('should count the outlets of a claim created in one batch, and those it gains later', async () => {
    const [cbs, reuters, yahoo] = carried;
    if (!cbs || !reuters || !yahoo) throw new Error('the three carried copies are missing');
    // Copies of the CBS story under other texts: one more from CBS News, and one that names no outlet.
    const copy = (note: string, outlet?: string) => ({ text: `${story.text}\n\n${note}`, publishedAt: '2020-05-22', outlet });
    // One batch creates the claim: two outlets, one of them twice, and a copy without an outlet.
    const { results } = await api.caller.articles.ingestMany({
      articles: [cbs, reuters, copy('Second CBS copy.', 'CBS News'), copy('No outlet.')],
    });
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await api.caller.claims.list({ q: 'big question' })).items[0]).toMatchObject({ appearanceCount: 4, outletCount: 2 });
    expect(await claimsDrift(api.database.db)).toBe(0);
    // A later batch: Yahoo! News is new to the claim, CBS News is not.
    await ingestAll([yahoo, { ...copy('Third CBS copy.'), outlet: 'CBS News' }]);
    expect((await api.caller.claims.list({ q: 'big question' })).items[0]).toMatchObject({ appearanceCount: 6, outletCount: 3 });
    expect(await claimsDrift(api.database.db)).toBe(0);
  });

  it('should filter by speaker, outlet and period, sort by recency and page with a cursor', async () => {
    await ingestAll(carried);
    const cuomo = (await api.caller.claims.list({ q: 'big question' })).items[0]?.source.id ?? '';
    const mine = await api.caller.claims.list({ sourceIds: [cuomo], limit: 200 });
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((c) => c.source.id === cuomo)).toBe(true);
    const spread = mine.items.map((c) => c.outletCount);
    expect(spread).toEqual([...spread].sort((a, b) => b - a));
    expect((await api.caller.claims.list({ outlets: ['Nobody Daily'] })).items).toEqual([]);
    expect((await api.caller.claims.list({ to: '2020-05-18' })).items).toEqual([]);

    const recent = await api.caller.claims.list({ sort: 'recent', limit: 200 });
    const seen = recent.items.map((c) => c.lastSeen);
    expect(seen).toEqual([...seen].sort().reverse());
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.caller.claims.list>> = await api.caller.claims.list({ limit: 2, cursor });
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual((await api.caller.claims.list({ limit: 200 })).items.map((c) => c.id));
    await expect(api.caller.claims.list({ cursor: 'bm9wZQ' })).rejects.toThrow('cursor is not one this API gave out');
  });

  // A page of one speaker is read from claims_source_spread_cover_idx alone (migration 0020).
  it("should page one speaker's claims with a cursor in the order of a single page, with every field", async () => {
    await ingestAll(carried);
    const cuomo = (await api.caller.claims.list({ q: 'big question' })).items[0]?.source.id ?? '';
    const whole = await api.caller.claims.list({ sourceIds: [cuomo], limit: 200 });
    const paged: typeof whole.items = [];
    let cursor: string | null = null;
    do {
      const page: typeof whole = await api.caller.claims.list({ sourceIds: [cuomo], limit: 1, cursor });
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.items);
    expect(whole.items[0]).toMatchObject({ outletCount: 3, source: { id: cuomo } });
    expect(await api.caller.claims.byId({ id: whole.items[0]?.id ?? '' })).toEqual(whole.items[0]);
  });

  it('should answer claims.byId with every appearance, NOT_FOUND for an unknown id, and over HTTP', async () => {
    await ingestAll(carried);
    const [first] = (await api.caller.claims.list({ q: 'big question' })).items;
    const claim = await api.caller.claims.byId({ id: first?.id ?? '' });
    expect(claim.appearances).toHaveLength(3);
    await expect(api.caller.claims.byId({ id: 'nope' })).rejects.toThrow('no claim with id nope: take ids from claims.list');
    const response = await api.app.request(`/trpc/claims.list?input=${encodeURIComponent(JSON.stringify({ minOutlets: 3 }))}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { items: { outletCount: number }[] } } };
    expect(body.result.data.items.length).toBeGreaterThan(0);
    expect(body.result.data.items.every((c) => c.outletCount === 3)).toBe(true);
  });
});

describe('backfillClaimKeys', { timeout: 120_000 }, () => {
  it('should group the same claims whether articles come in batches or one at a time', async () => {
    const articles = readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 150)
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const { text, title, outlet, publishedAt } = JSON.parse(line) as {
          text: string;
          title: string;
          outlet: string;
          publishedAt: string;
        };
        return { text, title, outlet, publishedAt };
      });
    // Each claim as the sorted texts of its quotes: ids differ between the two stores, groups must not.
    const groups = async () => {
      const found = await rows<{ claim_key: string; text: string }>(api.database.db, sql`SELECT claim_key, text FROM quotes ORDER BY text`);
      const byClaim = new Map<string, string[]>();
      for (const row of found) {
        byClaim.set(row.claim_key, [...(byClaim.get(row.claim_key) ?? []), row.text]);
      }
      return [...byClaim.values()].map((texts) => texts.join('\u0000')).sort();
    };
    for (let i = 0; i < articles.length; i += 50) await ingestAll(articles.slice(i, i + 50));
    const batch = await groups();
    await api.reset();
    for (const article of articles) await ingestAll([article]);
    const single = await groups();
    expect(batch.length).toBeGreaterThan(1000);
    expect(single).toEqual(batch);
  });

  it('should file quotes stored before claim keys existed into the same claims an ingest makes', async () => {
    await ingestAll(carried);
    const ingested = await api.caller.claims.list({ limit: 200 });
    await api.database.db.execute(sql`UPDATE quotes SET claim_key = NULL`);
    expect((await api.caller.claims.list({})).items).toEqual([]);
    await api.database.db.execute(sql`TRUNCATE claim_texts, claim_bands`);
    expect(await backfillClaimKeys(api.database.db, 7)).toBeGreaterThan(20);
    expect((await api.caller.claims.list({ limit: 200 })).items).toEqual(ingested.items);
    expect(await claimsDrift(api.database.db)).toBe(0);
  });
});
