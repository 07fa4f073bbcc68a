import type { TimePoint } from '@claimline/schema';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { formatDate, plural } from '../../lib/format';

/** Props of Sparkline: non-zero points, the time extent they are drawn over, and the size. */
export interface SparklineProps {
  points: TimePoint[];
  domain: [string, string];
  width?: number;
  height?: number;
  label: string;
}

/** A small line of activity over time; its accessible name says what it shows in words. */
export function Sparkline({ points, domain, width = 120, height = 24, label }: SparklineProps) {
  const start = new Date(domain[0]).getTime();
  const end = Math.max(start + 1, new Date(domain[1]).getTime());
  const x = scaleLinear<number>({ domain: [start, end], range: [1, width - 1] });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ...points.map((p) => p.count))], range: [height - 2, 2] });
  const total = points.reduce((n, p) => n + p.count, 0);
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const peak = sorted.reduce<TimePoint | undefined>((best, p) => (!best || p.count > best.count ? p : best), undefined);
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${label}: ${plural(total, 'claim')}${peak ? `, most on ${formatDate(peak.at)}` : ''}`}
      className="sparkline"
    >
      <line x1={0} x2={width} y1={height - 1.5} y2={height - 1.5} className="baseline" />
      {sorted.length === 1 && sorted[0] ? (
        <circle cx={x(new Date(sorted[0].at).getTime())} cy={y(sorted[0].count)} r={2} className="spark-dot" />
      ) : (
        <LinePath data={sorted} x={(p) => x(new Date(p.at).getTime())} y={(p) => y(p.count)} className="spark-line" />
      )}
    </svg>
  );
}
