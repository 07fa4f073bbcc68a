import { parseArticle } from '@claimline/parser';
import type { Claim } from '@claimline/schema';
import { cleanup, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';
import { claimsInput, parseClaimsSearch } from './claims-search';

// A real CBS News story (recovery-2020) as three outlets carried it, parsed by the real parser.
const story = JSON.parse(
  readFileSync(resolve(process.cwd(), '../../../shared/corpus/recovery-2020.jsonl'), 'utf8')
    .split('\n')
    .find((line) => line.includes('"recovery-0348"')) ?? '{}',
) as { text: string; title: string };
const outlets = ['CBS News', 'Reuters', 'Yahoo! News'];
const parsed = outlets.map((outlet, k) =>
  parseArticle(story.text, { outlet, publishedAt: `2020-05-${18 + k}`, ingestedAt: '2020-06-01T00:00:00Z' }),
);
const question = (k: number) => {
  const p = parsed[k];
  const q = p?.quotes.find((x) => x.text.includes('big question'));
  if (!p || !q) throw new Error('the story has no "big question" quote');
  return { p, q };
};
const { p: first, q: said } = question(0);
const speaker = first.sources.find((s) => s.id === said.sourceId);
const claim: Claim = {
  id: 'c1.src_cuomo',
  text: said.text,
  source: { ...(speaker ?? { id: 'x', name: 'x', kind: 'person', roles: [], aliases: [], descriptor: null }), id: 'src_cuomo' },
  appearanceCount: 3,
  outletCount: 3,
  firstSeen: '2020-05-18T00:00:00.000Z',
  lastSeen: '2020-05-20T00:00:00.000Z',
  firstOutlet: 'CBS News',
  appearances: outlets.map((outlet, k) => {
    const { q } = question(k);
    return {
      quoteId: `q${k}`,
      text: q.text,
      span: q.span,
      kind: q.kind,
      time: q.time,
      article: { id: `art_${k}`, title: story.title, outlet, url: null, publishedAt: q.time.at },
      review: { status: 'unreviewed' as const, note: null, tags: [] },
    };
  }),
};

describe('ClaimsPage', () => {
  afterEach(cleanup);

  it('should show a claim carried by three outlets once, with its spread and first reporter', async () => {
    const search = parseClaimsSearch({ spread: '1' });
    renderAppAt('/claims?spread=1', (trpc, set) =>
      set(trpc.claims.list.infiniteQueryKey({ ...claimsInput(search), limit: 25 }), {
        pages: [{ items: [claim], nextCursor: null }],
        pageParams: [null],
      }),
    );
    const list = await screen.findByRole('region', { name: 'Claims' });
    const [item, ...rest] = within(list).getAllByRole('listitem');
    expect(rest).toEqual([]);
    expect(item?.querySelector('blockquote')?.textContent).toBe(said.text);
    expect(item?.textContent).toContain('3 appearances in 3 outlets');
    expect(item?.textContent).toContain('first seen 18 May 2020 in CBS News');
    expect(item?.textContent).toContain('Carried by CBS News, Reuters, Yahoo! News');
    expect(
      within(item as HTMLElement)
        .getByRole('link', { name: /Where and when it spread/ })
        .getAttribute('href'),
    ).toBe('/claims/c1.src_cuomo');
    expect(screen.getByRole('checkbox', { name: 'Only claims carried by two or more outlets' })).toHaveProperty('checked', true);
  });
});

describe('ClaimPage', () => {
  afterEach(cleanup);

  it('should list every appearance earliest first, each linked to its sentence in its article', async () => {
    renderAppAt('/claims/c1.src_cuomo', (trpc, set) => set(trpc.claims.byId.queryKey({ id: 'c1.src_cuomo' }), claim));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(outlets);
    expect(
      within(rows[2] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/articles/art_2?quote=q2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Claim by ${claim.source.name}`);
  });
});
