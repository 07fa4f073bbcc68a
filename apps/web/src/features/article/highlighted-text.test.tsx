import type { Article, Quote, Source } from '@claimline/schema';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightedText } from './highlighted-text';
import { colorSlots } from './speaker-colors';

const text = 'Peskov said "we are open to dialogue". <script>alert("x")</script> was in the text.';
const article: Article = {
  id: 'a1',
  text,
  title: 'Talks',
  outlet: 'Reuters',
  url: null,
  authors: [],
  publishedAt: null,
  dateline: null,
  language: 'en',
  contentHash: 'a'.repeat(64),
  removed: [{ text: 'Photo: Kremlin press service', reason: 'caption', at: 0 }],
  parserVersion: '0.1.0',
  ingestedAt: '2024-05-24T00:00:00.000Z',
};
const peskov: Source = {
  id: 's1',
  name: 'Dmitry Peskov',
  kind: 'person',
  roles: ["Putin's spokesman"],
  aliases: ['Peskov'],
  descriptor: null,
};
const quote: Quote = {
  id: 'q1',
  articleId: 'a1',
  sourceId: 's1',
  text: 'we are open to dialogue',
  span: { start: 13, end: 36 },
  kind: 'direct',
  cue: { text: 'said', lemma: 'say', start: 7, end: 11 },
  speaker: { text: 'Peskov', start: 0, end: 6 },
  viaSourceId: null,
  confidence: 0.9,
  time: { at: '2024-05-24T00:00:00.000Z', basis: 'ingested' },
};

function renderText(onActivate = vi.fn(), selectedId?: string) {
  render(
    <HighlightedText
      article={article}
      quotes={[quote]}
      sources={new Map([[peskov.id, peskov]])}
      colorOf={colorSlots([peskov.id])}
      selectedId={selectedId}
      onActivate={onActivate}
    />,
  );
  return onActivate;
}

describe('HighlightedText', () => {
  afterEach(cleanup);

  it('should highlight the quote and name its speaker beside it', () => {
    renderText();
    const mark = screen.getByText('we are open to dialogue');
    expect(mark.tagName).toBe('MARK');
    expect(mark.previousElementSibling?.textContent).toBe('Dmitry Peskov');
  });

  it('should show HTML in the text as characters and create no script element', () => {
    const { container } = render(
      <HighlightedText article={article} quotes={[]} sources={new Map()} colorOf={() => 0} onActivate={vi.fn()} />,
    );
    expect(container.textContent).toContain('<script>alert("x")</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('should show removed boilerplate collapsed with its reason', () => {
    renderText();
    const summary = screen.getByText('Removed photo caption');
    expect(summary.closest('details')?.open).toBe(false);
  });

  it('should report focus on a quote as a pinned activation', () => {
    const onActivate = renderText();
    fireEvent.focus(screen.getByText('we are open to dialogue'));
    expect(onActivate).toHaveBeenCalledWith('q1', true);
  });

  it('should mark the quote selected by the URL', () => {
    renderText(vi.fn(), 'q1');
    expect(screen.getByText('we are open to dialogue').dataset.selected).toBe('true');
  });
});
