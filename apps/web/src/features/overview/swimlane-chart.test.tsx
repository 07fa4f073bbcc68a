import type { Timeline } from '@claimline/schema';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shapeTimeline } from './shape-timeline';
import { SwimlaneChart } from './swimlane-chart';

const timeline: Timeline = {
  bucket: 'week',
  series: [
    {
      source: { id: 's1', name: 'Dmitry Peskov', kind: 'person' },
      total: 3,
      points: [
        { at: '2024-05-20T00:00:00.000Z', count: 2 },
        { at: '2024-06-03T00:00:00.000Z', count: 1 },
      ],
    },
    { source: { id: 's2', name: 'three sources', kind: 'anonymous' }, total: 1, points: [{ at: '2024-05-27T00:00:00.000Z', count: 1 }] },
  ],
};

describe('SwimlaneChart', () => {
  afterEach(cleanup);

  it('should name every speaker lane and non-empty bucket in words', () => {
    render(<SwimlaneChart data={shapeTimeline(timeline)} selected={{}} onSelect={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Claims per week for 2 speakers' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dmitry Peskov: 3 claims' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dmitry Peskov, week of 20 May 2024: 2 claims, 100% of that week' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'three sources (anonymous), week of 27 May 2024: 1 claim, 100% of that week' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /three sources \(anonymous\), week of 20 May 2024/ })).toBeNull();
  });

  it('should select a speaker and bucket by click and by keyboard', () => {
    const onSelect = vi.fn();
    render(<SwimlaneChart data={shapeTimeline(timeline)} selected={{}} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^Dmitry Peskov, week of 3 Jun 2024: 1 claim/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ speaker: 's1', at: '2024-06-03' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'week of 27 May 2024: 1 claim' }), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({ at: '2024-05-27' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'three sources (anonymous): 1 claim' }), { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith({ speaker: 's2' });
  });

  it('should mark the selected lane as pressed', () => {
    render(<SwimlaneChart data={shapeTimeline(timeline)} selected={{ speaker: 's2' }} onSelect={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'three sources (anonymous): 1 claim' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Dmitry Peskov: 3 claims' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('should be one Tab stop per row and move between dots with the arrow keys', () => {
    render(<SwimlaneChart data={shapeTimeline(timeline)} selected={{}} onSelect={vi.fn()} />);
    const focusable = screen.getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');
    expect(focusable.map((b) => b.getAttribute('aria-label'))).toEqual([
      'week of 20 May 2024: 2 claims',
      'Dmitry Peskov: 3 claims',
      'three sources (anonymous): 1 claim',
    ]);
    const peskov = screen.getByRole('button', { name: 'Dmitry Peskov: 3 claims' });
    peskov.focus();
    fireEvent.keyDown(peskov, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Dmitry Peskov, week of 20 May 2024: 2 claims/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Dmitry Peskov, week of 3 Jun 2024: 1 claim/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^three sources \(anonymous\), week of 27 May 2024: 1 claim/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('three sources (anonymous): 1 claim');
  });

  it('should show the speaker, period and count in a tooltip on pointer hover and on keyboard focus', () => {
    render(<SwimlaneChart data={shapeTimeline(timeline)} selected={{}} onSelect={vi.fn()} />);
    const dot = screen.getByRole('button', { name: /^Dmitry Peskov, week of 20 May 2024/ });
    fireEvent.pointerEnter(dot);
    expect(screen.getByRole('tooltip').textContent).toBe('Dmitry Peskovweek of 20 May 20242 claims100% of claims that week');
    fireEvent.pointerLeave(dot);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.focus(screen.getByRole('button', { name: /^three sources \(anonymous\), week of 27 May 2024/ }));
    expect(screen.getByRole('tooltip').textContent).toContain('week of 27 May 2024');
    expect(screen.getByRole('tooltip').textContent).toContain('1 claim');
  });

  it('should size dots and label lanes by share of coverage when asked', () => {
    const inView = { bucket: 'week' as const, total: 8, unattributed: 0, points: [{ at: '2024-05-20T00:00:00.000Z', count: 8 }] };
    render(<SwimlaneChart data={shapeTimeline(timeline, {}, inView)} selected={{}} onSelect={vi.fn()} measure="share" />);
    expect(screen.getByRole('button', { name: 'Dmitry Peskov: 38% of claims in view' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dmitry Peskov, week of 20 May 2024: 2 claims, 25% of that week' })).toBeTruthy();
  });

  it('should give 20 speakers 20 colours and long look-alike names distinct labels that fit', () => {
    const many: Timeline = {
      bucket: 'month',
      series: Array.from({ length: 20 }, (_, i) => ({
        source: {
          id: `src_${i}`,
          name: `people familiar with the matter who asked not to be named number ${i}`,
          kind: 'anonymous' as const,
        },
        total: 20 - i,
        points: [{ at: '2024-05-01T00:00:00.000Z', count: 20 - i }],
      })),
    };
    const { container } = render(<SwimlaneChart data={shapeTimeline(many)} selected={{}} onSelect={vi.fn()} />);
    const fills = [...container.querySelectorAll<SVGElement>('circle.dot')].map((c) => c.style.fill);
    expect(new Set(fills).size).toBe(20);
    const labels = [...container.querySelectorAll('.lane-label.anonymous')].map((t) => t.textContent ?? '');
    expect(new Set(labels).size).toBe(20);
    for (const label of labels) expect(label.split(' · ')[0]?.length).toBeLessThanOrEqual(24);
  });
});
