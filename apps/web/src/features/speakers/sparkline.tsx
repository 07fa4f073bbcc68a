import type { TimePoint } from '@claimline/schema';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { formatMonth, plural } from '../../lib/format';

/** Props of Sparkline: monthly non-zero points, an optional time extent to draw them over, and the size. */
export interface SparklineProps {
  points: TimePoint[];
  /** The extent of the x axis; by default the points' own first and last month, so a burst fills the line. */
  domain?: [string, string];
  width?: number;
  height?: number;
  label: string;
}

/**
 * A small line of monthly activity; its accessible name says the months it spans, the total and the
 * busiest month in words. Drawn over the range of its own data unless told otherwise: a list that
 * mixes 2020 and 2024 speakers would otherwise squeeze a year of activity into a tick at one edge.
 */
export function Sparkline({ points, domain, width = 120, height = 24, label }: SparklineProps) {
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const first = domain?.[0] ?? sorted[0]?.at;
  const last = domain?.[1] ?? sorted.at(-1)?.at;
  const start = first ? new Date(first).getTime() : 0;
  const end = Math.max(start + 1, last ? new Date(last).getTime() : 0);
  const x = scaleLinear<number>({ domain: [start, end], range: [3, width - 3] });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ...points.map((p) => p.count))], range: [height - 2, 2] });
  const total = points.reduce((n, p) => n + p.count, 0);
  const peak = sorted.reduce<TimePoint | undefined>((best, p) => (!best || p.count > best.count ? p : best), undefined);
  const span =
    first && last
      ? formatMonth(first) === formatMonth(last)
        ? `, ${formatMonth(first)}`
        : `, ${formatMonth(first)} to ${formatMonth(last)}`
      : '';
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${label}${span}: ${plural(total, 'claim')}${peak ? `, most in ${formatMonth(peak.at)}` : ''}`}
      className="sparkline"
    >
      <title>{`${first ? formatMonth(first) : ''}${last && last !== first ? ` – ${formatMonth(last)}` : ''}`}</title>
      <line x1={0} x2={width} y1={height - 1.5} y2={height - 1.5} className="baseline" />
      {sorted.length === 1 && sorted[0] ? (
        <circle cx={width / 2} cy={y(sorted[0].count)} r={2} className="spark-dot" />
      ) : (
        <LinePath data={sorted} x={(p) => x(new Date(p.at).getTime())} y={(p) => y(p.count)} className="spark-line" />
      )}
    </svg>
  );
}
