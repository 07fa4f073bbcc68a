import type { Timeline } from '@claimline/schema';
import { describe, expect, it } from 'vitest';
import { shapeTimeline } from './shape-timeline';

const peskov = { id: 's1', name: 'Dmitry Peskov', kind: 'person' as const };
const anon = { id: 's2', name: 'three sources familiar with the discussions', kind: 'anonymous' as const };

const timeline: Timeline = {
  bucket: 'week',
  series: [
    {
      source: peskov,
      total: 5,
      points: [
        { at: '2024-05-06T00:00:00.000Z', count: 2 },
        { at: '2024-05-20T00:00:00.000Z', count: 3 },
      ],
    },
    { source: anon, total: 1, points: [{ at: '2024-05-13T00:00:00.000Z', count: 1 }] },
  ],
};

describe('shapeTimeline', () => {
  it('should fill the weeks between the first and last point with zeros', () => {
    const shaped = shapeTimeline(timeline);
    expect(shaped.buckets).toEqual(['2024-05-06', '2024-05-13', '2024-05-20']);
    expect(shaped.lanes[0]?.cells.map((c) => c.count)).toEqual([2, 0, 3]);
    expect(shaped.lanes[1]?.cells.map((c) => c.count)).toEqual([0, 1, 0]);
  });

  it('should sum totals per bucket and overall, and find the largest cell', () => {
    const shaped = shapeTimeline(timeline);
    expect(shaped.totals.map((t) => t.count)).toEqual([2, 1, 3]);
    expect(shaped.total).toBe(6);
    expect(shaped.max).toBe(3);
  });

  it('should span the picked date range even where nothing was said', () => {
    const shaped = shapeTimeline(timeline, { from: '2024-04-29', to: '2024-05-31' });
    expect(shaped.buckets).toEqual(['2024-04-29', '2024-05-06', '2024-05-13', '2024-05-20', '2024-05-27']);
    expect(shaped.lanes[0]?.cells.map((c) => c.count)).toEqual([0, 2, 0, 3, 0]);
  });

  it('should give an empty grid for an empty timeline', () => {
    expect(shapeTimeline({ bucket: 'day', series: [] })).toMatchObject({ buckets: [], lanes: [], total: 0, max: 0 });
  });
});
