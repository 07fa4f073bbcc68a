import { parseArticle } from '@claimline/parser';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LivePreview } from './live-preview';

describe('LivePreview', () => {
  afterEach(cleanup);

  it('should invite the user to paste when there is no text', () => {
    render(<LivePreview state={{ status: 'empty' }} />);
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toMatch(/Paste an article/);
  });

  it('should list the speakers the real parser finds, with their quote counts', () => {
    const result = parseArticle('Peskov told reporters: "We are open to dialogue." "We will not give up," Peskov said.', {
      ingestedAt: '2024-05-24T00:00:00.000Z',
    });
    render(<LivePreview state={{ status: 'ready', result, ms: 3 }} />);
    const speakers = screen.getByRole('list', { name: 'Speakers found' });
    const names = within(speakers)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(names).toEqual(result.sources.filter((s) => result.quotes.some((q) => q.sourceId === s.id)).map((s) => s.name));
    expect(names.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(names.length);
  });

  it('should say that saving still works when the preview fails', () => {
    render(<LivePreview state={{ status: 'error', message: 'chunk failed to load' }} />);
    expect(screen.getByText(/The preview failed: chunk failed to load. Saving still works./)).toBeTruthy();
  });

  it('should say the text is too complex and what to do when the parse ran past its deadline', () => {
    render(<LivePreview state={{ status: 'too-complex', message: 'the parser gave up after 5 s' }} />);
    expect(screen.getByRole('region', { name: 'Preview' }).textContent).toMatch(
      /This text is too complex to parse \(the parser gave up after 5 s\)\. Split the article or remove what is not article text/,
    );
  });
});
