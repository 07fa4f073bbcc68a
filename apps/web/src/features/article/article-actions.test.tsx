import { parseArticle } from '@claimline/parser';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../test-support';

// The real parser's output for the real seed article is what articles.byId returns for it.
const seed = readFileSync(resolve(process.cwd(), '../../../shared/corpus/seed-article.txt'), 'utf8');
const parsed = parseArticle(seed, { ingestedAt: '2024-05-24T10:00:00.000Z' });
const title = parsed.article.title ?? 'Untitled article';

async function openConfirm() {
  renderAppAt(`/articles/${parsed.article.id}`, (trpc, set) => set(trpc.articles.byId.queryKey({ id: parsed.article.id }), parsed));
  const actions = await screen.findByRole('region', { name: 'Article actions' });
  fireEvent.click(within(actions).getByRole('button', { name: 'Delete…' }));
  return screen.getByRole('group', { name: 'Confirm delete' });
}

describe('ArticleActions', () => {
  afterEach(cleanup);

  it('should name the article and its quote count before deleting, with the focus on Cancel', async () => {
    const confirm = await openConfirm();
    expect(confirm.textContent).toContain(`Delete “${title}” and its ${parsed.quotes.length} quotes?`);
    expect(within(confirm).getByRole('button', { name: `Delete “${title}”` })).toBeTruthy();
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
  });

  it('should close the confirm step on Escape and give the focus back to Delete…', async () => {
    const confirm = await openConfirm();
    fireEvent.keyDown(within(confirm).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Confirm delete' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete…' }));
  });

  it('should stay on the article and say why when the delete fails', async () => {
    // The test client points at a closed port: the write fails as it would with the server down.
    const confirm = await openConfirm();
    fireEvent.click(within(confirm).getByRole('button', { name: `Delete “${title}”` }));
    await waitFor(() => expect(within(confirm).getByText(/^Not deleted: /)).toBeTruthy());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });

  it('should say why a re-parse failed and keep the article shown', async () => {
    renderAppAt(`/articles/${parsed.article.id}`, (trpc, set) => set(trpc.articles.byId.queryKey({ id: parsed.article.id }), parsed));
    const actions = await screen.findByRole('region', { name: 'Article actions' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Re-parse' }));
    await waitFor(() => expect(within(actions).getByText(/^Not re-parsed: /)).toBeTruthy());
    expect(screen.getByRole('region', { name: 'Speakers in this article' })).toBeTruthy();
  });
});
