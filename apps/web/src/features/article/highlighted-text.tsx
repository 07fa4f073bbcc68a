import type { Article, Quote, Source } from '@claimline/schema';
import { useEffect, useMemo, useRef } from 'react';
import { segmentText } from './segment-text';
import { seriesColor } from '../../lib/palette';

/** Props of HighlightedText: the article, its quotes and sources, the colour slot of each source, and focus handling. */
export interface HighlightedTextProps {
  article: Article;
  quotes: Quote[];
  sources: Map<string, Source>;
  colorOf: (sourceId: string | null) => number;
  activeId?: string;
  selectedId?: string;
  /** Called with a quote id on hover (pinned: false) or focus/click (pinned: true), and with null when the pointer leaves. */
  onActivate: (quoteId: string | null, pinned: boolean) => void;
}

const REASON_LABEL: Record<Article['removed'][number]['reason'], string> = {
  title: 'title',
  'repeated-title': 'repeated title',
  caption: 'photo caption',
  credit: 'credit',
  dateline: 'dateline',
  byline: 'byline',
  'other-news': '"Other News" block',
  related: 'related links',
  newsletter: 'newsletter sign-up',
  boilerplate: 'boilerplate',
};

function innermost(ids: string[], byId: Map<string, Quote>): string {
  let best = ids[0] ?? '';
  let bestLength = Infinity;
  for (const id of ids) {
    const q = byId.get(id);
    const length = q ? q.span.end - q.span.start : Infinity;
    if (length < bestLength) [best, bestLength] = [id, length];
  }
  return best;
}

/**
 * The article body as text nodes (never HTML), each quote highlighted in its speaker's colour with
 * the speaker's name beside it, and removed boilerplate collapsed and greyed at the place it stood.
 */
export function HighlightedText({ article, quotes, sources, colorOf, activeId, selectedId, onActivate }: HighlightedTextProps) {
  const segments = useMemo(() => segmentText(article.text, quotes, article.removed), [article, quotes]);
  const byId = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    const el = container.current?.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(selectedId)}"]`);
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [selectedId, segments]);

  const started = new Set<string>();
  return (
    <div className="article-text" ref={container} onMouseLeave={() => onActivate(null, false)}>
      {segments.map((segment) => {
        if (segment.kind === 'removed') {
          return (
            <details key={`removed-${segment.at}-${segment.block.reason}-${segment.block.text.length}`} className="removed">
              <summary>Removed {REASON_LABEL[segment.block.reason]}</summary>
              <span className="removed-text">{segment.block.text}</span>
            </details>
          );
        }
        if (segment.quoteIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
        // The innermost (shortest) quote owns the colour of a run covered by several.
        const ownerId = innermost(segment.quoteIds, byId);
        const owner = byId.get(ownerId);
        const speaker = owner?.sourceId ? sources.get(owner.sourceId) : undefined;
        const first = !started.has(ownerId);
        started.add(ownerId);
        const slot = colorOf(owner?.sourceId ?? null);
        const isActive = segment.quoteIds.includes(activeId ?? '');
        const isSelected = segment.quoteIds.includes(selectedId ?? '');
        return (
          <span key={segment.start} className="hl-run">
            {first ? (
              <span className="speaker-tag" style={{ borderColor: seriesColor(slot) }}>
                {speaker?.name ?? 'unattributed'}
              </span>
            ) : null}
            <mark
              tabIndex={first ? 0 : -1}
              data-quote-id={first ? ownerId : undefined}
              data-selected={isSelected ? 'true' : undefined}
              className={`hl hl-${slot < 0 ? 'none' : slot}${isActive ? ' active' : ''}${isSelected ? ' selected' : ''}`}
              title={`${speaker?.name ?? 'Unattributed'} · ${owner?.kind ?? ''}${owner?.cue ? ` · "${owner.cue.text}"` : ''}`}
              onMouseEnter={() => onActivate(ownerId, false)}
              onFocus={() => onActivate(ownerId, true)}
              onClick={() => onActivate(ownerId, true)}
            >
              {segment.text}
            </mark>
          </span>
        );
      })}
    </div>
  );
}
