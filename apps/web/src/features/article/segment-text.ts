import type { RemovedBlock, Span } from '@claimline/schema';

/** A quote's place in the text, as the highlighter needs it: its id and its span into `Article.text`. */
export interface SpanRef {
  id: string;
  span: Span;
}

/** One piece of the article as rendered: a run of text covered by zero or more quotes, or a removed block. */
export type Segment =
  { kind: 'text'; start: number; end: number; text: string; quoteIds: string[] } | { kind: 'removed'; at: number; block: RemovedBlock };

/**
 * Cuts `text` at every quote boundary and removed-block position, so each run of characters knows
 * which quotes cover it. Overlapping quotes give runs covered by several ids; spans outside the text
 * are clamped, empty ones dropped. The text itself is never parsed: HTML-looking text stays text.
 */
export function segmentText(text: string, quotes: readonly SpanRef[], removed: readonly RemovedBlock[] = []): Segment[] {
  const length = text.length;
  const clamp = (n: number) => Math.min(Math.max(0, n), length);
  const spans = quotes.map((q) => ({ id: q.id, start: clamp(q.span.start), end: clamp(q.span.end) })).filter((q) => q.end > q.start);
  const blocks = removed.map((block) => ({ block, at: clamp(block.at) })).sort((a, b) => a.at - b.at);

  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  for (const b of blocks) cuts.add(b.at);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let nextBlock = 0;
  const flushBlocksAt = (position: number) => {
    while (nextBlock < blocks.length && (blocks[nextBlock]?.at ?? Infinity) <= position) {
      const b = blocks[nextBlock];
      if (b) segments.push({ kind: 'removed', at: b.at, block: b.block });
      nextBlock += 1;
    }
  };
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    flushBlocksAt(start);
    if (end <= start) continue;
    const quoteIds = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ kind: 'text', start, end, text: text.slice(start, end), quoteIds });
  }
  flushBlocksAt(length);
  return segments;
}
