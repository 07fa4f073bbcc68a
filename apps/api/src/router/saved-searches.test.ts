import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

const harbour = { text: 'A\n\n"The harbour will reopen in June," said Maria Lopez.', outlet: 'Wire', publishedAt: '2024-05-01' };
const grain = { text: 'B\n\n"Grain exports are rising," said John Carter.', outlet: 'Post', publishedAt: '2024-05-02' };
const harbourAgain = {
  text: 'C\n\n"The harbour needs new cranes before it can reopen," Maria Lopez told reporters.',
  outlet: 'Post',
  publishedAt: '2024-05-03',
};

describe('savedSearches', () => {
  it('should create, list, open and remove a saved search', async () => {
    const created = await api.caller.savedSearches.create({ name: '  Harbour  ', filters: { q: 'harbour', kinds: ['direct'] } });
    expect(created).toMatchObject({ name: 'Harbour', filters: { q: 'harbour', kinds: ['direct'] }, newCount: 0 });
    await api.caller.savedSearches.create({ name: 'All grain', filters: { q: 'grain' } });
    const { items } = await api.caller.savedSearches.list();
    expect(items.map((s) => s.name)).toEqual(['All grain', 'Harbour']);

    const opened = await api.caller.savedSearches.open({ id: created.id });
    expect(opened.id).toBe(created.id);
    expect(Date.parse(opened.lastOpenedAt)).toBeGreaterThanOrEqual(Date.parse(created.lastOpenedAt));

    expect(await api.caller.savedSearches.remove({ id: created.id })).toEqual({ removed: true });
    expect(await api.caller.savedSearches.remove({ id: created.id })).toEqual({ removed: false });
    expect((await api.caller.savedSearches.list()).items.map((s) => s.name)).toEqual(['All grain']);
  });

  it('should count the matching quotes of articles ingested since the search was last opened, and reset on open', async () => {
    await api.caller.articles.ingestMany({ articles: [harbour, grain] });
    const search = await api.caller.savedSearches.create({ name: 'Harbour', filters: { q: 'harbour' } });
    expect(search.newCount).toBe(0);

    await api.caller.articles.ingest(harbourAgain);
    const [listed] = (await api.caller.savedSearches.list()).items;
    expect(listed?.newCount).toBe(1);
    // The same filters over every article find both harbour quotes: "new" is only the second ingest.
    expect((await api.caller.quotes.list({ q: 'harbour' })).items).toHaveLength(2);

    const opened = await api.caller.savedSearches.open({ id: search.id });
    expect(opened.newCount).toBe(0);
    expect((await api.caller.savedSearches.list()).items[0]?.newCount).toBe(0);
  });

  it('should refuse an empty or a duplicate name with what to do', async () => {
    await expect(api.caller.savedSearches.create({ name: '   ', filters: {} })).rejects.toThrow(/name is empty: give the search a name/);
    await api.caller.savedSearches.create({ name: 'Harbour', filters: {} });
    await expect(api.caller.savedSearches.create({ name: 'Harbour', filters: { q: 'x' } })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/already called "Harbour": choose another name/) as unknown,
    });
  });

  it('should answer NOT_FOUND when opening an unknown id', async () => {
    await expect(api.caller.savedSearches.open({ id: 'search_nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('should refuse writes without the write token', async () => {
    await expect(api.anonymousCaller.savedSearches.create({ name: 'Harbour', filters: {} })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('should list over HTTP', async () => {
    await api.caller.savedSearches.create({ name: 'Harbour', filters: { outlets: ['Wire'] } });
    const response = await api.app.request('/trpc/savedSearches.list');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { items: { name: string; filters: unknown }[] } } };
    expect(body.result.data.items).toMatchObject([{ name: 'Harbour', filters: { outlets: ['Wire'] } }]);
  });
});
