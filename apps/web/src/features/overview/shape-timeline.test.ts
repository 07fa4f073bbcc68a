import type { Timeline } from '@claimline/schema';
import { describe, expect, it } from 'vitest';
import { mergeTimelines, shapeTimeline } from './shape-timeline';

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

describe('shapeTimeline with the claims in view', () => {
  const inView = {
    bucket: 'week' as const,
    total: 10,
    unattributed: 2,
    points: [
      { at: '2024-04-29T00:00:00.000Z', count: 1 },
      { at: '2024-05-06T00:00:00.000Z', count: 4 },
      { at: '2024-05-13T00:00:00.000Z', count: 1 },
      { at: '2024-05-20T00:00:00.000Z', count: 4 },
    ],
  };

  it('should put what the lanes leave out in an others row, so the chart adds up to the claims in view', () => {
    const shaped = shapeTimeline(timeline, {}, inView);
    expect(shaped.buckets).toEqual(['2024-04-29', '2024-05-06', '2024-05-13', '2024-05-20']);
    expect(shaped.others?.cells.map((c) => c.count)).toEqual([1, 2, 0, 1]);
    expect(shaped.others?.total).toBe(4);
    expect(shaped.totals.map((t) => t.count)).toEqual([1, 4, 1, 4]);
    expect(shaped.total).toBe(10);
    expect(shaped.unattributed).toBe(2);
    const sum = shaped.lanes.reduce((n, l) => n + l.total, 0) + (shaped.others?.total ?? 0);
    expect(sum).toBe(shaped.total);
  });

  it('should ignore claims in view counted in another bucket width (a toggle in flight)', () => {
    expect(shapeTimeline(timeline, {}, { ...inView, bucket: 'month' }).others).toBeNull();
  });
});

describe('mergeTimelines', () => {
  it('should list the chosen speakers first, in the order chosen, then the top speakers not chosen', () => {
    const chosen = [anon, { id: 's9', name: 'Nobody Quoted', kind: 'person' as const }];
    const merged = mergeTimelines('week', chosen, { bucket: 'week', series: timeline.series.slice(1) }, timeline);
    expect(merged.series.map((s) => [s.source.name, s.total])).toEqual([
      ['three sources familiar with the discussions', 1],
      ['Nobody Quoted', 0],
      ['Dmitry Peskov', 5],
    ]);
  });
});
