import type { SourceKind, Timeline } from '@claimline/schema';
import { bucketStart, enumerateBuckets } from '../../lib/buckets';
import type { Bucket } from '../../lib/kinds';

/** One speaker's row on the chart: every bucket of the range, zeros included, so rows line up. */
export interface Lane {
  source: { id: string; name: string; kind: SourceKind };
  total: number;
  cells: { at: string; count: number }[];
}

/** The chart's data: the bucket columns (first days, `YYYY-MM-DD`), one lane per speaker, and the scales' extents. */
export interface ShapedTimeline {
  bucket: Bucket;
  buckets: string[];
  lanes: Lane[];
  /** Claims per bucket over all lanes. */
  totals: { at: string; count: number }[];
  max: number;
  total: number;
}

/**
 * Turns `stats.timeline` (non-zero points per source) into a grid of lanes × buckets. The columns run
 * over `range` when given (the user's date filter), else from the first to the last point.
 */
export function shapeTimeline(timeline: Timeline, range: { from?: string; to?: string } = {}): ShapedTimeline {
  const bucket = timeline.bucket;
  const seen = timeline.series.flatMap((s) => s.points.map((p) => bucketStart(p.at, bucket))).sort();
  const from = range.from ?? seen[0];
  const to = range.to ?? seen[seen.length - 1];
  const buckets = from && to ? enumerateBuckets(from, to, bucket) : [];
  const index = new Map(buckets.map((b, i) => [b, i]));

  const totals = buckets.map((at) => ({ at, count: 0 }));
  let max = 0;
  const lanes = timeline.series.map((series) => {
    const cells = buckets.map((at) => ({ at, count: 0 }));
    for (const point of series.points) {
      const i = index.get(bucketStart(point.at, bucket));
      const cell = i === undefined ? undefined : cells[i];
      const sum = i === undefined ? undefined : totals[i];
      if (!cell || !sum) continue;
      cell.count += point.count;
      sum.count += point.count;
      max = Math.max(max, cell.count);
    }
    return { source: series.source, total: series.total, cells };
  });
  return { bucket, buckets, lanes, totals, max, total: lanes.reduce((n, l) => n + l.total, 0) };
}
