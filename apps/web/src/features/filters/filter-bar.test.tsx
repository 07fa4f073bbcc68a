import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from './filter-bar';

describe('FilterBar', () => {
  afterEach(cleanup);

  it('should apply a picked date at once, keeping the other filters', () => {
    const onChange = vi.fn();
    render(<FilterBar value={{ q: 'ceasefire', kinds: ['direct'] }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-05-01' } });
    expect(onChange).toHaveBeenCalledWith({ q: 'ceasefire', kinds: ['direct'], from: '2024-05-01' });
  });

  it('should apply typed text and outlets only on submit', () => {
    const onChange = vi.fn();
    render(<FilterBar value={{}} onChange={onChange} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search quotes' }), { target: { value: '  open to dialogue ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Outlets' }), { target: { value: 'Reuters, , AP' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onChange).toHaveBeenCalledWith({ q: 'open to dialogue', outlets: ['Reuters', 'AP'] });
  });

  it('should toggle a speaker kind off and drop the empty list', () => {
    const onChange = vi.fn();
    render(<FilterBar value={{ sourceKinds: ['anonymous'] }} onChange={onChange} />);
    const anonymous = screen.getByRole('checkbox', { name: 'anonymous' });
    expect(anonymous).toHaveProperty('checked', true);
    fireEvent.click(anonymous);
    expect(onChange).toHaveBeenCalledWith({ sourceKinds: undefined });
  });

  it('should offer to clear filters only when some are set', () => {
    const onChange = vi.fn();
    const { rerender } = render(<FilterBar value={{}} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    rerender(<FilterBar value={{ to: '2024-06-01' }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenCalledWith({});
  });
});
