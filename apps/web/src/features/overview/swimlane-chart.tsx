import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear, scaleSqrt } from '@visx/scale';
import { Bar, Circle } from '@visx/shape';
import type { KeyboardEvent } from 'react';
import { bucketLabel } from '../../lib/buckets';
import { plural } from '../../lib/format';
import { useWidth } from '../../lib/use-width';
import { moveChartFocus } from './chart-keys';
import { RangeBrush } from './range-brush';
import type { ShapedTimeline } from './shape-timeline';

/** What a click on the chart selects: a speaker, a bucket, or one speaker in one bucket. */
export interface ChartSelection {
  speaker?: string;
  at?: string;
}

/** Props of SwimlaneChart: shaped data, the current selection and what to do on a click. */
export interface SwimlaneChartProps {
  data: ShapedTimeline;
  selected: ChartSelection;
  onSelect: (selection: ChartSelection) => void;
  /** Called with the dates a drag across the brush strip covers. */
  onBrush?: (range: { from: string; to: string }) => void;
}

const LABEL_WIDTH = 210;
const TOTALS_HEIGHT = 64;
const LANE_HEIGHT = 30;
const AXIS_HEIGHT = 28;
const BRUSH_HEIGHT = 26;

function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

/**
 * Claims by speaker over time as swimlanes: one row per top speaker, a dot per bucket sized by the
 * number of claims, and a bar row of totals on top. Names sit beside their rows (not colour alone);
 * every dot, bar and name is a keyboard-focusable button that lists those quotes.
 */
export function SwimlaneChart({ data, selected, onSelect, onBrush }: SwimlaneChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(120, width - LABEL_WIDTH - 16);
  const axisTop = TOTALS_HEIGHT + data.lanes.length * LANE_HEIGHT;
  const height = axisTop + AXIS_HEIGHT + (onBrush ? BRUSH_HEIGHT + 6 : 0);
  const x = scaleBand<string>({ domain: data.buckets, range: [0, plotWidth], padding: 0.1 });
  const maxTotal = Math.max(1, ...data.totals.map((t) => t.count));
  const yTotals = scaleLinear<number>({ domain: [0, maxTotal], range: [TOTALS_HEIGHT - 8, 4] });
  const radius = scaleSqrt<number>({
    domain: [0, Math.max(1, data.max)],
    range: [0, Math.min(LANE_HEIGHT / 2 - 2, Math.max(3, x.bandwidth() / 2 + 2))],
  });
  // A few wide buckets would draw slabs; keep bars and dots at a readable width, centred in their column.
  const barWidth = Math.min(x.bandwidth(), 40);
  const every = Math.max(1, Math.ceil(data.buckets.length / Math.max(1, Math.floor(plotWidth / 110))));
  const ticks = data.buckets.filter((_, i) => i % every === 0);
  // One Tab stop for the totals row (its first non-empty bar) and one per speaker; arrows do the rest.
  const firstTotal = data.totals.find((t) => t.count > 0)?.at;

  return (
    <div ref={ref} className="chart">
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`Claims per ${data.bucket} for the top ${data.lanes.length} speakers`}
        aria-describedby="chart-keys-help"
        onKeyDown={moveChartFocus}
      >
        <Group left={LABEL_WIDTH}>
          {data.totals.map((t) => {
            const bx = x(t.at) ?? 0;
            const y = yTotals(t.count);
            const isSelected = selected.at === t.at && !selected.speaker;
            return (
              <g
                key={t.at}
                role="button"
                data-lane={-1}
                data-col={data.buckets.indexOf(t.at)}
                tabIndex={t.at === firstTotal ? 0 : -1}
                aria-label={`${bucketLabel(t.at, data.bucket)}: ${plural(t.count, 'claim')}`}
                aria-pressed={isSelected}
                className="chart-hit"
                onClick={() => onSelect({ at: t.at })}
                onKeyDown={onActivate(() => onSelect({ at: t.at }))}
              >
                <title>{`${bucketLabel(t.at, data.bucket)}: ${plural(t.count, 'claim')}`}</title>
                <Bar
                  x={bx + (x.bandwidth() - barWidth) / 2}
                  y={y}
                  width={barWidth}
                  height={TOTALS_HEIGHT - 8 - y}
                  className={isSelected ? 'total-bar selected' : 'total-bar'}
                />
              </g>
            );
          })}
        </Group>
        <text x={LABEL_WIDTH - 10} y={TOTALS_HEIGHT / 2} textAnchor="end" className="lane-label muted-label">
          All shown
        </text>
        {data.lanes.map((lane, row) => {
          const top = TOTALS_HEIGHT + row * LANE_HEIGHT;
          const laneSelected = selected.speaker === lane.source.id;
          return (
            <Group key={lane.source.id} top={top}>
              <rect x={0} y={0} width={width} height={LANE_HEIGHT} className={row % 2 ? 'lane odd' : 'lane'} />
              <g
                role="button"
                data-lane={row}
                data-col={-1}
                tabIndex={0}
                aria-pressed={laneSelected && !selected.at}
                aria-label={`${lane.source.name}: ${plural(lane.total, 'claim')}`}
                className="chart-hit lane-button"
                onClick={() => onSelect({ speaker: lane.source.id })}
                onKeyDown={onActivate(() => onSelect({ speaker: lane.source.id }))}
              >
                <text
                  x={LABEL_WIDTH - 10}
                  y={LANE_HEIGHT / 2}
                  dy="0.35em"
                  textAnchor="end"
                  className={laneSelected ? 'lane-label selected' : 'lane-label'}
                >
                  {lane.source.name.length > 28 ? `${lane.source.name.slice(0, 27)}…` : lane.source.name}
                  {lane.source.kind === 'anonymous' ? ' (anon.)' : ''} · {lane.total}
                </text>
              </g>
              <Group left={LABEL_WIDTH}>
                {lane.cells.map((cell, col) =>
                  cell.count > 0 ? (
                    <g
                      key={cell.at}
                      role="button"
                      data-lane={row}
                      data-col={col}
                      tabIndex={-1}
                      className="chart-hit"
                      aria-pressed={laneSelected && selected.at === cell.at}
                      aria-label={`${lane.source.name}, ${bucketLabel(cell.at, data.bucket)}: ${plural(cell.count, 'claim')}`}
                      onClick={() => onSelect({ speaker: lane.source.id, at: cell.at })}
                      onKeyDown={onActivate(() => onSelect({ speaker: lane.source.id, at: cell.at }))}
                    >
                      <title>{`${lane.source.name}, ${bucketLabel(cell.at, data.bucket)}: ${plural(cell.count, 'claim')}`}</title>
                      <Circle
                        cx={(x(cell.at) ?? 0) + x.bandwidth() / 2}
                        cy={LANE_HEIGHT / 2}
                        r={Math.max(2.5, radius(cell.count))}
                        className={laneSelected && selected.at === cell.at ? 'dot selected' : 'dot'}
                        style={{ fill: `var(--series-${row % 10})` }}
                      />
                    </g>
                  ) : null,
                )}
              </Group>
            </Group>
          );
        })}
        <AxisBottom
          top={axisTop}
          left={LABEL_WIDTH}
          scale={x}
          tickValues={ticks}
          tickFormat={(v) => bucketLabel(v, data.bucket).replace('week of ', '')}
          tickLabelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--ink-2)' }}
          stroke="var(--rule)"
          tickStroke="var(--rule)"
        />
        {onBrush ? (
          <RangeBrush
            x={x}
            bucket={data.bucket}
            width={plotWidth}
            left={LABEL_WIDTH}
            top={axisTop + AXIS_HEIGHT + 4}
            height={BRUSH_HEIGHT}
            onRange={onBrush}
          />
        ) : null}
      </svg>
      <p id="chart-keys-help" className="visually-hidden">
        Tab reaches the totals and each speaker; arrow keys move between the dots; Enter lists their quotes.
      </p>
    </div>
  );
}
