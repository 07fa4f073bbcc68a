import { parseArticle } from '@claimline/parser';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

// Tests run from apps/web; the corpus sits beside the repository (../shared from its root).
const seed = readFileSync(resolve(process.cwd(), '../../../shared/corpus/seed-article.txt'), 'utf8');
// The real parser's output for the real seed article is exactly what articles.byId returns for it.
const parsed = parseArticle(seed, { ingestedAt: '2024-05-24T10:00:00.000Z' });

function renderArticle(path: string) {
  renderAppAt(path, (trpc, set) => set(trpc.articles.byId.queryKey({ id: parsed.article.id }), parsed));
}

describe('ArticlePage', () => {
  afterEach(cleanup);

  it('should list the speakers in the article and highlight the quote named in the URL', async () => {
    const quote = parsed.quotes[0];
    if (!quote) throw new Error('the parser found no quote in the seed article');
    renderArticle(`/articles/${parsed.article.id}?quote=${quote.id}`);
    const legend = await screen.findByRole('region', { name: 'Speakers in this article' });
    const speakerNames = new Set(parsed.quotes.map((q) => parsed.sources.find((s) => s.id === q.sourceId)?.name));
    for (const name of speakerNames) if (name) expect(within(legend).getByRole('link', { name })).toBeTruthy();
    const selected = document.querySelector<HTMLElement>('mark[data-selected="true"]');
    expect(selected?.dataset.quoteId).toBe(quote.id);
    expect(parsed.article.text.slice(quote.span.start, quote.span.end)).toContain(selected?.textContent ?? '<none>');
  });

  it('should show speaker, cue and kind of a focused quote', async () => {
    renderArticle(`/articles/${parsed.article.id}`);
    await screen.findByRole('region', { name: 'Speakers in this article' });
    const withCue = parsed.quotes.find((q) => q.cue && q.sourceId);
    if (!withCue?.cue) throw new Error('the parser found no attributed quote with a cue in the seed article');
    const mark = document.querySelector<HTMLElement>(`mark[data-quote-id="${withCue.id}"]`);
    if (!mark) throw new Error('the quote has no highlight');
    fireEvent.focus(mark);
    const panel = screen.getByRole('complementary', { name: 'Quote details' });
    const speaker = parsed.sources.find((s) => s.id === withCue.sourceId);
    expect(within(panel).getByRole('link', { name: speaker?.name ?? '' })).toBeTruthy();
    expect(panel.textContent).toContain(`${withCue.cue.text} (${withCue.cue.lemma})`);
    expect(panel.textContent).toContain(withCue.kind);
  });

  it('should show removed boilerplate collapsed', async () => {
    renderArticle(`/articles/${parsed.article.id}`);
    await screen.findByRole('region', { name: 'Speakers in this article' });
    const removed = [...document.querySelectorAll('details.removed')];
    expect(removed).toHaveLength(parsed.article.removed.length);
    expect(removed.every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
  });
});
