import { describe, expect, it } from 'vitest';
import { QuoteListInputSchema } from './quote-views';
import { PageInputSchema } from './page';
import { TimelineInputSchema } from './stats-views';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('PageInputSchema', () => {
  it('should default the page size to 50', () => {
    expect(PageInputSchema.parse({})).toEqual({ limit: 50 });
  });

  it('should refuse a page over 200 and say to use the cursor', () => {
    expect(firstMessage(PageInputSchema.safeParse({ limit: 1000 }))).toBe('limit is over 200: page with nextCursor instead');
  });
});

describe('QuoteListInputSchema', () => {
  it('should take the shared filters beside cursor and limit', () => {
    const input = {
      cursor: 'abc',
      limit: 10,
      q: 'ceasefire',
      sourceKinds: ['anonymous'],
      kinds: ['direct'],
      from: '2024-05-01',
      to: '2024-06-01',
    };
    expect(QuoteListInputSchema.parse(input)).toEqual(input);
  });

  it('should refuse an unknown quote kind', () => {
    expect(QuoteListInputSchema.safeParse({ kinds: ['rumour'] }).success).toBe(false);
  });
});

describe('TimelineInputSchema', () => {
  it('should default to the top 10 sources', () => {
    expect(TimelineInputSchema.parse({ bucket: 'week' })).toEqual({ bucket: 'week', top: 10 });
  });

  it('should refuse a bucket it does not know', () => {
    expect(TimelineInputSchema.safeParse({ bucket: 'hour' }).success).toBe(false);
  });
});
