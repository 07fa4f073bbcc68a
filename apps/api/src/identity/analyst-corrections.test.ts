import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

let n = 0;
const said = (speaker: string, day = '2020-04-01', outlet = 'Wire') => ({
  title: `Update ${++n}`,
  text: `Update ${n}\n\n"We are doing everything we can (${n})," said ${speaker}.\n\nThe update ended late.`,
  outlet,
  publishedAt: day,
});

async function named(name: string) {
  const page = await api.caller.sources.list({ q: name, limit: 50 });
  return page.items.filter((s) => s.name === name);
}

describe('analyst corrections of identity', () => {
  it('should undo a merge, restoring the quotes it moved and forgetting the alias it taught', async () => {
    await api.caller.articles.ingestMany({ articles: [said('Dmitry Peskov'), said('Dmitri Peskov', '2020-04-02')] });
    const [into] = await named('Dmitry Peskov');
    const [variant] = await named('Dmitri Peskov');
    const merged = await api.caller.sources.merge({ intoId: into?.id ?? '', mergeIds: [variant?.id ?? ''] });
    expect(merged.quoteCount).toBe(2);
    const detail = await api.caller.sources.byId({ id: into?.id ?? '' });
    expect(detail.merges.map((m) => m.mergedNames)).toEqual([['Dmitri Peskov']]);
    expect(detail.members.map((m) => [m.name, m.linkKind, m.quoteCount])).toEqual([['Dmitri Peskov', 'analyst', 1]]);
    const undone = await api.caller.sources.undoMerge({ mergeId: merged.mergeId });
    expect(undone.quoteCount).toBe(1);
    expect((await named('Dmitri Peskov'))[0]?.quoteCount).toBe(1);
    await expect(api.caller.sources.undoMerge({ mergeId: merged.mergeId })).rejects.toThrow(/already undone/);
  });

  it('should teach the merged names: a later bare surname of that name follows the merge', async () => {
    await api.caller.articles.ingestMany({
      articles: [said('Hillary Clinton'), said('Bill Clinton', '2020-04-02'), said('Mr. Clinton', '2020-04-03')],
    });
    const [bare] = await named('Clinton');
    const [bill] = await named('Bill Clinton');
    await api.caller.sources.merge({ intoId: bill?.id ?? '', mergeIds: [bare?.id ?? ''] });
    await api.caller.articles.ingest(said('Mr. Clinton', '2020-04-04'));
    expect(await named('Clinton')).toEqual([]);
    expect((await named('Bill Clinton'))[0]?.quoteCount).toBe(3);
  });

  it('should split a linked name off, and never link it to that person again', async () => {
    await api.caller.articles.ingestMany({ articles: [said('Andrew Cuomo'), said('Gov. Cuomo', '2020-04-02')] });
    const [cuomo] = await named('Andrew Cuomo');
    expect(cuomo?.quoteCount).toBe(2);
    const { members } = await api.caller.sources.byId({ id: cuomo?.id ?? '' });
    expect(members.map((m) => [m.name, m.linkKind])).toEqual([['Cuomo', 'auto']]);
    const split = await api.caller.sources.split({ id: members[0]?.id ?? '' });
    expect(split).toMatchObject({ name: 'Cuomo', quoteCount: 1 });
    await api.caller.articles.ingest(said('Andrew M. Cuomo', '2020-04-03'));
    expect((await named('Cuomo'))[0]?.quoteCount).toBe(1);
    expect((await named('Andrew Cuomo'))[0]?.quoteCount).toBe(2);
    await expect(api.caller.sources.split({ id: cuomo?.id ?? '' })).rejects.toThrow(/nothing to split/);
  });

  it('should mark two records as different people: the link is undone and never suggested again', async () => {
    await api.caller.articles.ingestMany({ articles: [said('Chris Cuomo'), said('Mr. Cuomo', '2020-04-02')] });
    const [chris] = await named('Chris Cuomo');
    expect(chris?.quoteCount).toBe(2);
    const [member] = (await api.caller.sources.byId({ id: chris?.id ?? '' })).members;
    await api.caller.sources.markDistinct({ aId: chris?.id ?? '', bId: member?.id ?? '' });
    expect((await named('Chris Cuomo'))[0]?.quoteCount).toBe(1);
    expect((await named('Cuomo'))[0]?.quoteCount).toBe(1);
    expect((await api.caller.sources.suggestions({})).items).toEqual([]);
  });

  it('should teach the old name on a rename', async () => {
    await api.caller.articles.ingest(said('Responded Trump'));
    const [junk] = await named('Responded Trump');
    await api.caller.sources.update({ id: junk?.id ?? '', name: 'Donald Trump' });
    await api.caller.articles.ingest(said('Responded Trump', '2020-04-05'));
    expect((await named('Donald Trump')).map((s) => s.quoteCount)).toEqual([2]);
  });

  it('should import a reference list and prefer it: aliases, roles and Wikidata ids', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        said('Dr. Tedros'),
        said('Tedros Adhanom Ghebreyesus', '2020-04-02'),
        said('Donald Trump'),
        said('Ivanka Trump'),
        said('Mr. Trump'),
      ],
    });
    expect((await named('Trump'))[0]?.quoteCount).toBe(1);
    const csv =
      'name,kind,aliases,roles,wikidataId\n' +
      '"Tedros Adhanom Ghebreyesus",person,Tedros|Dr. Tedros,Director-General of the WHO,Q5545866\n' +
      'Donald Trump,person,Trump,President of the United States,Q22686\n';
    expect(await api.caller.sources.importReference({ format: 'csv', text: csv })).toEqual({ imported: 2, linked: 2 });
    const [tedros] = await named('Tedros Adhanom Ghebreyesus');
    expect(tedros).toMatchObject({ quoteCount: 2, wikidataId: 'Q5545866', roles: ['Director-General of the WHO'] });
    expect((await named('Donald Trump'))[0]).toMatchObject({ quoteCount: 2, wikidataId: 'Q22686' });
    await expect(api.caller.sources.importReference({ format: 'csv', text: 'who,what\nx,y' })).rejects.toThrow(/header row/);
    await expect(api.caller.sources.importReference({ format: 'json', text: '[{"name":"X","kind":"planet"}]' })).rejects.toThrow(/kind/);
  });
});
