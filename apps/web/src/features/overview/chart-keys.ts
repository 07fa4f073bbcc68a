import type { KeyboardEvent } from 'react';

/** Where a chart control sits: its row (-1 is the totals row) and column (-1 is the speaker's name). */
interface Cell {
  el: HTMLElement | SVGElement;
  lane: number;
  col: number;
}

function cellsOf(root: Element): Cell[] {
  return [...root.querySelectorAll<SVGElement>('[data-lane][data-col]')].map((el) => ({
    el,
    lane: Number(el.dataset.lane),
    col: Number(el.dataset.col),
  }));
}

/**
 * Arrow keys move focus across the chart like a grid (left/right within a row, up/down to the nearest
 * column of the next row), so the chart is one stop for Tab instead of one per dot.
 */
export function moveChartFocus(event: KeyboardEvent<Element>): void {
  const moves: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
  const move = moves[event.key];
  const target = event.target as Element;
  if (!move || !(target instanceof SVGElement || target instanceof HTMLElement) || target.dataset.lane === undefined) return;
  const [dLane, dCol] = move;
  const lane = Number(target.dataset.lane);
  const col = Number(target.dataset.col);
  const cells = cellsOf(event.currentTarget);
  let next: Cell | undefined;
  if (dCol !== 0) {
    const row = cells.filter((c) => c.lane === lane && (dCol > 0 ? c.col > col : c.col < col));
    next = row.sort((a, b) => (dCol > 0 ? a.col - b.col : b.col - a.col))[0];
  } else {
    const lanes = [...new Set(cells.map((c) => c.lane))]
      .filter((l) => (dLane > 0 ? l > lane : l < lane))
      .sort((a, b) => (dLane > 0 ? a - b : b - a));
    const row = cells.filter((c) => c.lane === lanes[0]);
    next = row.sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col))[0];
  }
  if (!next) return;
  event.preventDefault();
  next.el.focus();
}
