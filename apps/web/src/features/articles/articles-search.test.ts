import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../lib/search-params';
import { articlesListInput, hasArticleFilters, parseArticlesSearch } from './articles-search';

describe('parseArticlesSearch', () => {
  it('should read text, outlets and dates from the URL', () => {
    expect(parseArticlesSearch(parseSearch('?q=ceasefire&outlets=Reuters,AP&from=2024-05-01&to=2024-05-31'))).toEqual({
      q: 'ceasefire',
      outlets: ['Reuters', 'AP'],
      from: '2024-05-01',
      to: '2024-05-31',
    });
  });

  it('should drop dates that are not real days and blank text', () => {
    expect(parseArticlesSearch({ q: '   ', from: '2024-02-30', to: 'yesterday' })).toEqual({});
  });

  it('should swap a range typed backwards', () => {
    expect(parseArticlesSearch({ from: '2024-06-01', to: '2024-05-01' })).toEqual({ from: '2024-05-01', to: '2024-06-01' });
  });

  it('should round-trip an outlet holding a comma', () => {
    const query = stringifySearch({ outlets: ['Reuters, London', 'AP'] });
    expect(parseArticlesSearch(parseSearch(query))).toEqual({ outlets: ['Reuters, London', 'AP'] });
  });
});

describe('articlesListInput', () => {
  it('should make the inclusive last day an exclusive bound and set the page size', () => {
    expect(articlesListInput({ from: '2024-05-01', to: '2024-05-31' })).toEqual({
      q: undefined,
      outlets: undefined,
      from: '2024-05-01',
      to: '2024-06-01',
      limit: 50,
    });
  });
});

describe('hasArticleFilters', () => {
  it('should tell an unfiltered list from a filtered one', () => {
    expect(hasArticleFilters({})).toBe(false);
    expect(hasArticleFilters({ outlets: ['AP'] })).toBe(true);
  });
});
