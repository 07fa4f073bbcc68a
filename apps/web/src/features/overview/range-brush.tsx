import { Brush } from '@visx/brush';
import type { Bounds } from '@visx/brush';
import { Group } from '@visx/group';
import { scaleLinear, type scaleBand } from '@visx/scale';
import { bucketLastDay } from '../../lib/buckets';
import type { Bucket } from '../../lib/kinds';

/** Props of RangeBrush: the chart's bucket scale, where the strip sits, and what to do with a brushed range. */
export interface RangeBrushProps {
  x: ReturnType<typeof scaleBand<string>>;
  bucket: Bucket;
  width: number;
  left: number;
  top: number;
  height: number;
  onRange: (range: { from: string; to: string }) => void;
}

/**
 * A strip under the chart to drag across: the buckets it covers become the date filter (first day of
 * the first bucket to the last day of the last). The date fields above do the same from the keyboard.
 */
export function RangeBrush({ x, bucket, width, left, top, height, onRange }: RangeBrushProps) {
  const y = scaleLinear<number>({ domain: [0, 1], range: [height, 0] });
  const end = (bounds: Bounds | null) => {
    const values = (bounds?.xValues ?? []).filter((v): v is string => typeof v === 'string');
    const first = values[0];
    const last = values[values.length - 1];
    if (first && last) onRange({ from: first, to: bucketLastDay(last, bucket) });
  };
  return (
    <Group left={left} top={top} className="range-brush">
      <rect width={width} height={height} className="brush-track" />
      <text x={width / 2} y={height / 2} dy="0.35em" textAnchor="middle" className="brush-hint">
        Drag across this strip to filter to those dates
      </text>
      <Brush
        xScale={x}
        yScale={y}
        width={width}
        height={height}
        margin={{ left, top, right: 0, bottom: 0 }}
        brushDirection="horizontal"
        handleSize={8}
        resizeTriggerAreas={['left', 'right']}
        disableDraggingSelection={false}
        resetOnEnd
        useWindowMoveEvents
        onBrushEnd={end}
        selectedBoxStyle={{ fill: 'var(--accent)', fillOpacity: 0.25, stroke: 'var(--accent)', strokeWidth: 1 }}
      />
    </Group>
  );
}
