import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear, scaleSqrt } from '@visx/scale';
import { Bar, Circle } from '@visx/shape';
import { useMemo, type KeyboardEvent } from 'react';
import { bucketLabel } from '../../lib/buckets';
import { formatShare, plural } from '../../lib/format';
import { colorSlotsFor, seriesColor } from '../../lib/palette';
import { useWidth } from '../../lib/use-width';
import { ChartTooltip, useChartTip } from './chart-tooltip';
import { moveChartFocus } from './chart-keys';
import { distinctLabels } from './distinct-labels';
import type { Measure } from './overview-search';
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
  /** Dots sized by claims (default) or by the speaker's share of the claims in their bucket. */
  measure?: Measure;
  /** Colour slots by source id (lib/palette `colorSlotsFor`); by default those of the lanes shown. */
  slots?: Map<string, number>;
}

const LABEL_WIDTH = 240;
/** Characters of a name that fit beside a lane with its count (12px type, about 6.6px a character). */
const LABEL_CHARS = 24;
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
 * Claims by speaker over time as swimlanes: one row per speaker shown, an "others" row for everyone
 * else in view, a dot per bucket sized by claims or share, and a bar row of all claims on top. Names sit
 * beside their rows (not colour alone); every mark is keyboard-focusable, shows a tooltip on hover and
 * focus, and lists its quotes on Enter or click. A speaker's colour comes from its id (lib/palette).
 */
export function SwimlaneChart({ data, selected, onSelect, onBrush, measure = 'count', slots: given }: SwimlaneChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { tip, tipProps } = useChartTip();
  const share = measure === 'share';
  // An others row of nothing adds nothing: every claim in view is on a lane.
  const others = data.others && data.others.total > 0 ? data.others : null;
  const rows = data.lanes.length + (others ? 1 : 0);
  const plotWidth = Math.max(120, width - LABEL_WIDTH - 16);
  const axisTop = TOTALS_HEIGHT + rows * LANE_HEIGHT;
  const height = axisTop + AXIS_HEIGHT + (onBrush ? BRUSH_HEIGHT + 6 : 0);
  const x = scaleBand<string>({ domain: data.buckets, range: [0, plotWidth], padding: 0.1 });
  const maxTotal = Math.max(1, ...data.totals.map((t) => t.count));
  const yTotals = scaleLinear<number>({ domain: [0, maxTotal], range: [TOTALS_HEIGHT - 8, 4] });
  const ofBucket = (col: number, count: number) => count / Math.max(1, data.totals[col]?.count ?? 0);
  const maxShare = Math.max(0.01, ...data.lanes.flatMap((l) => l.cells.map((c, col) => ofBucket(col, c.count))));
  // Sized against the speakers' largest cell: the others row would shrink every speaker to a speck,
  // so its dots stop at the largest size (clamped) and its count is in the label and tooltip.
  const radius = scaleSqrt<number>({
    clamp: true,
    domain: [0, share ? maxShare : Math.max(1, data.max)],
    range: [0, Math.min(LANE_HEIGHT / 2 - 2, Math.max(3, x.bandwidth() / 2 + 2))],
  });
  const own = useMemo(() => colorSlotsFor(data.lanes.map((l) => l.source.id)), [data.lanes]);
  const slots = given ?? own;
  const labels = useMemo(
    () =>
      distinctLabels(
        data.lanes.map((l) => l.source.name),
        LABEL_CHARS,
      ),
    [data.lanes],
  );
  // A few wide buckets would draw slabs; keep bars and dots at a readable width, centred in their column.
  const barWidth = Math.min(x.bandwidth(), 40);
  const every = Math.max(1, Math.ceil(data.buckets.length / Math.max(1, Math.floor(plotWidth / 110))));
  const ticks = data.buckets.filter((_, i) => i % every === 0);
  // One Tab stop for the totals row (its first non-empty bar) and one per speaker; arrows do the rest.
  const firstTotal = data.totals.find((t) => t.count > 0)?.at;
  const cx = (at: string) => LABEL_WIDTH + (x(at) ?? 0) + x.bandwidth() / 2;
  const period = (at: string) => bucketLabel(at, data.bucket);
  const laneSummary = (total: number) => (share ? `${formatShare(total, data.total)} of claims in view` : plural(total, 'claim'));
  const speakers = `${plural(data.lanes.length, 'speaker')}${others ? ' and all others' : ''}`;

  const dots = (row: number, cells: ShapedTimeline['totals'], who: string, color: string, id: string | null) =>
    cells.map((cell, col) => {
      if (cell.count === 0) return null;
      const part = ofBucket(col, cell.count);
      const words = `${who}, ${period(cell.at)}: ${plural(cell.count, 'claim')}, ${formatShare(cell.count, data.totals[col]?.count ?? 0)} of that ${data.bucket}`;
      const isSelected = id !== null && selected.speaker === id && selected.at === cell.at;
      const target = id === null ? { at: cell.at } : { speaker: id, at: cell.at };
      return (
        <g
          key={cell.at}
          role="button"
          data-lane={row}
          data-col={col}
          tabIndex={-1}
          className="chart-hit"
          aria-pressed={isSelected}
          aria-label={words}
          onClick={() => onSelect(target)}
          onKeyDown={onActivate(() => onSelect(target))}
          {...tipProps({
            x: cx(cell.at),
            y: TOTALS_HEIGHT + row * LANE_HEIGHT + 4,
            title: who,
            lines: [
              period(cell.at),
              plural(cell.count, 'claim'),
              `${formatShare(cell.count, data.totals[col]?.count ?? 0)} of claims that ${data.bucket}`,
            ],
          })}
        >
          <Circle
            cx={(x(cell.at) ?? 0) + x.bandwidth() / 2}
            cy={LANE_HEIGHT / 2}
            r={Math.max(2.5, radius(share ? part : cell.count))}
            className={isSelected ? 'dot selected' : 'dot'}
            style={{ fill: color }}
          />
        </g>
      );
    });

  return (
    <div ref={ref} className="chart">
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`Claims per ${data.bucket} for ${speakers}`}
        aria-describedby="chart-keys-help"
        onKeyDown={moveChartFocus}
      >
        <Group left={LABEL_WIDTH}>
          {data.totals.map((t) => {
            const y = yTotals(t.count);
            const isSelected = selected.at === t.at && !selected.speaker;
            return (
              <g
                key={t.at}
                role="button"
                data-lane={-1}
                data-col={data.buckets.indexOf(t.at)}
                tabIndex={t.at === firstTotal ? 0 : -1}
                aria-label={`${period(t.at)}: ${plural(t.count, 'claim')}`}
                aria-pressed={isSelected}
                className="chart-hit"
                onClick={() => onSelect({ at: t.at })}
                onKeyDown={onActivate(() => onSelect({ at: t.at }))}
                {...tipProps({ x: cx(t.at), y, title: 'All speakers', lines: [period(t.at), plural(t.count, 'claim')] })}
              >
                <Bar
                  x={(x(t.at) ?? 0) + (x.bandwidth() - barWidth) / 2}
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
          {data.others ? 'All in view' : 'All shown'}
        </text>
        {data.lanes.map((lane, row) => {
          const laneSelected = selected.speaker === lane.source.id;
          const anonymous = lane.source.kind === 'anonymous';
          const who = `${lane.source.name}${anonymous ? ' (anonymous)' : ''}`;
          return (
            <Group key={lane.source.id} top={TOTALS_HEIGHT + row * LANE_HEIGHT}>
              <rect x={0} y={0} width={width} height={LANE_HEIGHT} className={row % 2 ? 'lane odd' : 'lane'} />
              <g
                role="button"
                data-lane={row}
                data-col={-1}
                tabIndex={0}
                aria-pressed={laneSelected && !selected.at}
                aria-label={`${who}: ${laneSummary(lane.total)}`}
                className="chart-hit lane-button"
                onClick={() => onSelect({ speaker: lane.source.id })}
                onKeyDown={onActivate(() => onSelect({ speaker: lane.source.id }))}
                {...tipProps({
                  x: LABEL_WIDTH / 2,
                  y: TOTALS_HEIGHT + row * LANE_HEIGHT + 4,
                  title: lane.source.name,
                  lines: [lane.source.kind, plural(lane.total, 'claim'), `${formatShare(lane.total, data.total)} of claims in view`],
                })}
              >
                <rect x={0} y={0} width={LABEL_WIDTH - 4} height={LANE_HEIGHT} className="lane-hit" />
                <text
                  x={LABEL_WIDTH - 10}
                  y={LANE_HEIGHT / 2}
                  dy="0.35em"
                  textAnchor="end"
                  className={`lane-label${laneSelected ? ' selected' : ''}${anonymous ? ' anonymous' : ''}`}
                >
                  {labels[row]} · {share ? formatShare(lane.total, data.total) : lane.total.toLocaleString('en')}
                </text>
              </g>
              <Group left={LABEL_WIDTH}>{dots(row, lane.cells, who, seriesColor(slots.get(lane.source.id) ?? -1), lane.source.id)}</Group>
            </Group>
          );
        })}
        {others ? (
          <Group top={TOTALS_HEIGHT + data.lanes.length * LANE_HEIGHT}>
            <rect x={0} y={0} width={width} height={LANE_HEIGHT} className={data.lanes.length % 2 ? 'lane odd' : 'lane'} />
            <text x={LABEL_WIDTH - 10} y={LANE_HEIGHT / 2} dy="0.35em" textAnchor="end" className="lane-label others-label">
              Others · {share ? formatShare(others.total, data.total) : others.total.toLocaleString('en')}
            </text>
            <Group left={LABEL_WIDTH}>{dots(data.lanes.length, others.cells, 'Other speakers', seriesColor(-1), null)}</Group>
          </Group>
        ) : null}
        <AxisBottom
          top={axisTop}
          left={LABEL_WIDTH}
          scale={x}
          tickValues={ticks}
          tickFormat={(v) => period(v).replace('week of ', '')}
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
      <ChartTooltip tip={tip} width={width} />
      <p id="chart-keys-help" className="visually-hidden">
        Tab reaches the totals and each speaker; arrow keys move between the dots, each with its details; Enter lists their quotes.
      </p>
    </div>
  );
}
