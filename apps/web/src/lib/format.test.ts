import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatQuoteTime, formatShare } from './format';

describe('formatDate', () => {
  it('should write the day, the month in words and the whole year', () => {
    expect(formatDate('2024-05-24T10:00:00Z')).toBe('24 May 2024');
    expect(formatDate(null)).toBe('—');
  });
});

describe('formatMonth', () => {
  it('should write a month with its whole year, never a two-digit year that reads as a day', () => {
    expect(formatMonth('2024-05-01T00:00:00Z')).toBe('May 2024');
    expect(formatMonth('2020-12-31T23:59:59Z')).toBe('Dec 2020');
    expect(formatMonth('not a date')).toBe('—');
  });
});

describe('formatShare', () => {
  it('should round large shares, keep one decimal below 10% and flag tiny ones', () => {
    expect(formatShare(1, 4)).toBe('25%');
    expect(formatShare(1, 40)).toBe('2.5%');
    expect(formatShare(1, 50)).toBe('2%');
    expect(formatShare(1, 14_672)).toBe('<0.1%');
    expect(formatShare(0, 10)).toBe('0%');
    expect(formatShare(3, 0)).toBe('0%');
  });
});

describe('formatQuoteTime', () => {
  it('should say when a date is not the publication date', () => {
    expect(formatQuoteTime({ at: '2024-05-24T00:00:00.000Z', basis: 'dateline' })).toBe('24 May 2024 (from the dateline)');
  });
});
