import { useCallback, useState, type FocusEvent, type PointerEvent } from 'react';

/** What a tooltip says and where it points (chart coordinates, the top centre of the mark). */
export interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

/**
 * The chart's one tooltip: marks call `tipProps(tip)` to show it while the pointer is over them or
 * while they have keyboard focus, so mouse and keyboard users read the same details.
 */
export function useChartTip() {
  const [tip, setTip] = useState<Tip | null>(null);
  const tipProps = useCallback(
    (next: Tip) => ({
      onPointerEnter: (_: PointerEvent) => setTip(next),
      onPointerLeave: (_: PointerEvent) => setTip((t) => (t?.title === next.title && t.x === next.x && t.y === next.y ? null : t)),
      onFocus: (_: FocusEvent) => setTip(next),
      onBlur: (_: FocusEvent) => setTip(null),
    }),
    [],
  );
  return { tip, tipProps, hide: () => setTip(null) };
}

/** The tooltip box, above its mark and kept inside the chart's width; hidden (not removed) when there is none. */
export function ChartTooltip({ tip, width }: { tip: Tip | null; width: number }) {
  // Half the box's max width: keeps the box from hanging off either edge of the chart.
  const half = 130;
  const left = tip ? Math.min(Math.max(tip.x, half), Math.max(half, width - half)) : 0;
  return (
    <div id="chart-tooltip" role="tooltip" className="chart-tooltip" hidden={!tip} style={tip ? { left, top: tip.y } : undefined}>
      {tip ? (
        <>
          <strong>{tip.title}</strong>
          {tip.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </>
      ) : null}
    </div>
  );
}
