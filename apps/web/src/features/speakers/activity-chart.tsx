import type { Source, TimePoint } from '@claimline/schema';
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { bucketLabel } from '../../lib/buckets';
import { formatMonth, plural } from '../../lib/format';
import { useWidth } from '../../lib/use-width';
import { shapeTimeline } from '../overview/shape-timeline';

const HEIGHT = 120;
const AXIS = 22;

/** A speaker's claims per month as bars, zero months included, each bar named in words for screen readers. */
export function ActivityChart({ source, points }: { source: Source; points: TimePoint[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(360);
  const shaped = useMemo(
    () => shapeTimeline({ bucket: 'month', series: [{ source, total: points.reduce((n, p) => n + p.count, 0), points }] }),
    [source, points],
  );
  const cells = shaped.lanes[0]?.cells ?? [];
  if (cells.length === 0) return <p className="muted">No dated quotes yet.</p>;
  const x = scaleBand<string>({ domain: shaped.buckets, range: [0, width], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, shaped.max)], range: [HEIGHT - AXIS, 6] });
  const bar = Math.min(x.bandwidth(), 36);
  const every = Math.max(1, Math.ceil(cells.length / Math.max(1, Math.floor(width / 70))));
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={HEIGHT} role="img" aria-label={`Claims per month by ${source.name}`}>
        <Group>
          {cells.map((c) => (
            <Bar
              key={c.at}
              x={(x(c.at) ?? 0) + (x.bandwidth() - bar) / 2}
              y={y(c.count)}
              width={bar}
              height={HEIGHT - AXIS - y(c.count)}
              className="total-bar"
            >
              <title>{`${bucketLabel(c.at, 'month')}: ${plural(c.count, 'claim')}`}</title>
            </Bar>
          ))}
        </Group>
        <AxisBottom
          top={HEIGHT - AXIS}
          scale={x}
          tickValues={shaped.buckets.filter((_, i) => i % every === 0)}
          tickFormat={(v) => formatMonth(`${v}T00:00:00Z`)}
          tickLabelProps={{ fontSize: 10, textAnchor: 'middle', fill: 'var(--ink-2)' }}
          stroke="var(--rule)"
          tickStroke="var(--rule)"
        />
      </svg>
    </div>
  );
}
