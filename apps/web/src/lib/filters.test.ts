import { describe, expect, it } from 'vitest';
import { exportQuery, parseQuoteFilters, toApiFilters } from './filters';
import { parseSearch, stringifySearch } from './search-params';

describe('parseQuoteFilters', () => {
  it('should read lists, dates and text from the URL', () => {
    const raw = parseSearch('?q=dialogue&from=2024-05-01&to=2024-05-31&outlets=Reuters,AP&kinds=direct,mixed');
    expect(parseQuoteFilters(raw)).toEqual({
      q: 'dialogue',
      from: '2024-05-01',
      to: '2024-05-31',
      outlets: ['Reuters', 'AP'],
      kinds: ['direct', 'mixed'],
    });
  });

  it('should drop values that are not valid instead of failing the page', () => {
    expect(parseQuoteFilters({ from: '2024-02-30', kinds: 'direct,rumour', sourceKinds: 'anonymous,alien', q: '  ' })).toEqual({
      kinds: ['direct'],
      sourceKinds: ['anonymous'],
    });
  });

  it('should swap a range typed backwards', () => {
    expect(parseQuoteFilters({ from: '2024-06-01', to: '2024-05-01' })).toEqual({ from: '2024-05-01', to: '2024-06-01' });
  });
});

describe('stringifySearch', () => {
  it('should round-trip lists holding commas', () => {
    const query = stringifySearch({ outlets: ['Reuters, London', 'AP'], q: 'x', empty: [], none: undefined });
    expect(parseQuoteFilters(parseSearch(query))).toEqual({ outlets: ['Reuters, London', 'AP'], q: 'x' });
  });

  it('should write nothing for an empty state', () => {
    expect(stringifySearch({ q: '', outlets: [] })).toBe('');
  });
});

describe('toApiFilters and exportQuery', () => {
  it('should make the inclusive last day an exclusive bound', () => {
    expect(toApiFilters({ from: '2024-05-01', to: '2024-05-31' })).toEqual({ from: '2024-05-01', to: '2024-06-01' });
  });

  it('should repeat list parameters for the export route', () => {
    expect(exportQuery({ outlets: ['Reuters', 'AP'], q: 'war' })).toBe('?outlets=Reuters&outlets=AP&q=war');
  });
});
