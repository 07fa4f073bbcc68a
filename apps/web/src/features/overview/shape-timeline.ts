import type { InView, SourceKind, Timeline } from '@claimline/schema';
import { bucketStart, enumerateBuckets } from '../../lib/buckets';
import type { Bucket } from '../../lib/kinds';

/** One speaker's row on the chart: every bucket of the range, zeros included, so rows line up. */
export interface Lane {
  source: { id: string; name: string; kind: SourceKind };
  total: number;
  cells: { at: string; count: number }[];
}

/** The "others" row: claims in view by speakers not on the chart, per bucket. */
export interface OthersLane {
  total: number;
  cells: { at: string; count: number }[];
}

/** The chart's data: the bucket columns (first days, `YYYY-MM-DD`), one lane per speaker, and the scales' extents. */
export interface ShapedTimeline {
  bucket: Bucket;
  buckets: string[];
  lanes: Lane[];
  /** Everyone in view but the lanes; null until the claims in view are known. */
  others: OthersLane | null;
  /** Claims per bucket: all claims in view with a speaker when known, else the lanes' sum. */
  totals: { at: string; count: number }[];
  /** The largest cell of a lane (the others row, often far larger, is drawn at most that size). */
  max: number;
  /** Claims in view with a speaker (the lanes plus others); the lanes' sum until that is known. */
  total: number;
  /** Claims in view with no speaker named: in no row, said beside the chart. */
  unattributed: number;
}

/**
 * Turns `stats.timeline` (non-zero points per source) into a grid of lanes × buckets. With `inView`
 * (stats.inView for the same filters), the totals row counts every claim in view and an "others" row
 * holds what the lanes leave out, so the chart adds up to the claims in view. The columns run over
 * `range` when given (the user's date filter), else from the first to the last point.
 */
export function shapeTimeline(timeline: Timeline, range: { from?: string; to?: string } = {}, inView?: InView): ShapedTimeline {
  const bucket = timeline.bucket;
  const seen = [...timeline.series.flatMap((s) => s.points), ...(inView?.points ?? [])].map((p) => bucketStart(p.at, bucket)).sort();
  const from = range.from ?? seen[0];
  const to = range.to ?? seen[seen.length - 1];
  const buckets = from && to ? enumerateBuckets(from, to, bucket) : [];
  const index = new Map(buckets.map((b, i) => [b, i]));
  const grid = (points: readonly { at: string; count: number }[]) => {
    const cells = buckets.map((at) => ({ at, count: 0 }));
    for (const point of points) {
      const cell = cells[index.get(bucketStart(point.at, bucket)) ?? -1];
      if (cell) cell.count += point.count;
    }
    return cells;
  };

  const lanes = timeline.series.map((series) => ({ source: series.source, total: series.total, cells: grid(series.points) }));
  const shown = buckets.map((at, i) => ({ at, count: lanes.reduce((n, l) => n + (l.cells[i]?.count ?? 0), 0) }));
  const laneTotal = lanes.reduce((n, l) => n + l.total, 0);
  const max = Math.max(0, ...lanes.flatMap((l) => l.cells.map((c) => c.count)));
  if (!inView || inView.bucket !== bucket) {
    return { bucket, buckets, lanes, others: null, totals: shown, max, total: laneTotal, unattributed: 0 };
  }
  const totals = grid(inView.points);
  // A lane's claims are a part of the claims in view, so the difference is never negative; clamp anyway
  // for the moment after a correction when one answer is fresher than the other.
  const others = {
    total: Math.max(0, inView.total - laneTotal),
    cells: totals.map((t, i) => ({ at: t.at, count: Math.max(0, t.count - (shown[i]?.count ?? 0)) })),
  };
  return { bucket, buckets, lanes, others, totals, max, total: Math.max(inView.total, laneTotal), unattributed: inView.unattributed };
}

/**
 * One timeline of the chosen speakers (in the order chosen, those with no claim in view as empty rows)
 * followed by the top speakers not chosen.
 */
export function mergeTimelines(
  bucket: Bucket,
  picked: { id: string; name: string; kind: SourceKind }[],
  pickedTimeline: Timeline | undefined,
  top: Timeline | undefined,
): Timeline {
  const found = new Map((pickedTimeline?.series ?? []).map((s) => [s.source.id, s]));
  const pickedIds = new Set(picked.map((p) => p.id));
  return {
    bucket,
    series: [
      ...picked.map((p) => found.get(p.id) ?? { source: p, total: 0, points: [] }),
      ...(top?.series ?? []).filter((s) => !pickedIds.has(s.source.id)),
    ],
  };
}
