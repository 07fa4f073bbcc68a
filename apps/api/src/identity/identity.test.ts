import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

let n = 0;
const said = (speaker: string, day = '2020-04-01', outlet = 'Wire', quote = 'We will get through this') => ({
  title: `Briefing ${++n}`,
  text: `Briefing ${n}\n\n"${quote} (${n})," said ${speaker}.\n\nThe briefing ended late.`,
  outlet,
  publishedAt: day,
});

/** The people records with quotes, as "name: quotes", sorted. */
async function speakers(): Promise<string[]> {
  const page = await api.caller.sources.list({ limit: 200 });
  return page.items
    .filter((s) => s.quoteCount > 0)
    .map((s) => `${s.name}: ${s.quoteCount}`)
    .sort();
}

describe('identity across articles', () => {
  it('should join name variants and a bare surname to the one person of that surname', async () => {
    await api.caller.articles.ingestMany({
      articles: [
        said('Andrew Cuomo'),
        said('Andrew M. Cuomo', '2020-04-02'),
        said('Gov. Andrew Cuomo', '2020-04-03'),
        said('Cuomo', '2020-04-04'),
      ],
    });
    expect(await speakers()).toEqual(['Andrew Cuomo: 4']);
    const [cuomo] = (await api.caller.sources.list({ q: 'cuomo' })).items;
    expect(cuomo?.aliases).toEqual(expect.arrayContaining(['Andrew M. Cuomo', 'Cuomo']));
  });

  it('should link bare surnames stored before the full name arrives', async () => {
    await api.caller.articles.ingest(said('Vice President Pence', '2020-03-01'));
    await api.caller.articles.ingest(said('Mr. Pence', '2020-03-02'));
    expect(await speakers()).toEqual(['Pence: 1', 'Pence: 1']);
    await api.caller.articles.ingest(said('Mike Pence', '2020-03-03'));
    expect(await speakers()).toEqual(['Mike Pence: 3']);
  });

  it('should not merge Hillary and Bill Clinton, and leave a bare Clinton as a suggestion', async () => {
    await api.caller.articles.ingestMany({
      articles: [said('Hillary Clinton'), said('Bill Clinton', '2020-04-02'), said('Clinton', '2020-04-03')],
    });
    expect(await speakers()).toEqual(['Bill Clinton: 1', 'Clinton: 1', 'Hillary Clinton: 1']);
    const { items } = await api.caller.sources.suggestions({});
    expect(items.map((s) => `${s.merge.name} -> ${s.into.name}`).sort()).toEqual(['Clinton -> Bill Clinton', 'Clinton -> Hillary Clinton']);
    expect(items[0]?.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['surname', 'outlets', 'dates']));
  });

  it('should keep a father and his son apart', async () => {
    await api.caller.articles.ingestMany({ articles: [said('Donald Trump'), said('Donald Trump Jr.', '2020-04-02')] });
    expect(await speakers()).toEqual(['Donald Trump Jr.: 1', 'Donald Trump: 1']);
    expect((await api.caller.sources.suggestions({})).items).toEqual([]);
  });

  it('should keep two officials of one surname in one article apart', async () => {
    const text =
      'Ministers disagree\n\n"The schools must reopen," said Education Secretary Gavin Williamson.\n\n' +
      '"Not before the tests are ready," said Scottish Secretary Hugh Williamson.';
    await api.caller.articles.ingest({ title: 'Ministers disagree', text, outlet: 'Wire', publishedAt: '2020-05-01' });
    expect(await speakers()).toEqual(['Gavin Williamson: 1', 'Hugh Williamson: 1']);
  });

  it('should join an organization and its acronym', async () => {
    await api.caller.articles.ingestMany({
      articles: [said('the World Health Organization'), said('the WHO', '2020-04-02'), said('the W.H.O.', '2020-04-03')],
    });
    const orgs = await api.caller.sources.list({ sourceKinds: ['organization'] });
    expect(orgs.items.map((s) => `${s.name}: ${s.quoteCount}`)).toEqual(['World Health Organization: 3']);
  });
});
