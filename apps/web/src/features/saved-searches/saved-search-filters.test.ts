import { describe, expect, it } from 'vitest';
import { searchFeedHref, toQuotesSearch, toSavedFilters } from './saved-search-filters';

describe('toSavedFilters', () => {
  it("should keep the API's filters: the last day shown becomes the exclusive next day, review filters kept", () => {
    expect(toSavedFilters({ q: 'harbour', to: '2024-05-31', kinds: ['direct'], statuses: ['checked'], tags: [] })).toEqual({
      q: 'harbour',
      to: '2024-06-01',
      kinds: ['direct'],
      statuses: ['checked'],
    });
  });
});

describe('toQuotesSearch', () => {
  it('should give back the view state a saved search was made from', () => {
    const view = { q: 'harbour', from: '2024-05-01', to: '2024-12-31', outlets: ['Reuters'], tags: ['ports'] };
    expect(toQuotesSearch(toSavedFilters(view))).toEqual(view);
  });
});

describe('searchFeedHref', () => {
  it('should point at the Atom route with the id escaped', () => {
    expect(searchFeedHref('search_1')).toBe('/feeds/searches/search_1.atom');
  });
});
