import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../lib/search-params';
import { parseOverviewSearch } from './overview-search';

describe('parseOverviewSearch', () => {
  it('should leave the defaults out of the state', () => {
    expect(parseOverviewSearch({})).toEqual({});
    expect(parseOverviewSearch({ bucket: 'week', top: '10' })).toEqual({});
  });

  it('should read the selection, the bucket and top speakers', () => {
    expect(parseOverviewSearch(parseSearch('?bucket=month&top=20&speaker=s_1&at=2024-05-01&from=2024-01-01'))).toEqual({
      bucket: 'month',
      top: 20,
      speaker: 's_1',
      at: '2024-05-01',
      from: '2024-01-01',
    });
  });

  it('should fall back on bad values', () => {
    expect(parseOverviewSearch({ bucket: 'year', top: '500', at: 'yesterday' })).toEqual({});
  });

  it('should survive a round trip through the URL', () => {
    const state = parseOverviewSearch({ bucket: 'day', kinds: 'direct', sourceKinds: 'anonymous,person', q: 'ceasefire talks' });
    expect(parseOverviewSearch(parseSearch(stringifySearch({ ...state })))).toEqual(state);
  });
});
