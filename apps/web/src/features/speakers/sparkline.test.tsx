import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sparkline } from './sparkline';

const months = [
  { at: '2020-03-01T00:00:00.000Z', count: 2 },
  { at: '2020-04-01T00:00:00.000Z', count: 9 },
  { at: '2020-06-01T00:00:00.000Z', count: 1 },
];

describe('Sparkline', () => {
  afterEach(cleanup);

  it('should say its months in words with whole years, never "May 24"', () => {
    render(<Sparkline points={months} label="Monthly activity of Andrew Cuomo" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Monthly activity of Andrew Cuomo, Mar 2020 to Jun 2020: 12 claims, most in Apr 2020',
    );
  });

  it('should draw over the range of its own data, so 2020 activity spans the line even beside a 2024 speaker', () => {
    const { container } = render(<Sparkline points={months} label="Cuomo" width={120} />);
    const d = container.querySelector('path')?.getAttribute('d') ?? '';
    const xs = [...d.matchAll(/[ML]\s*([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs[0]).toBeCloseTo(3, 0);
    expect(xs.at(-1)).toBeCloseTo(117, 0);
  });
});
