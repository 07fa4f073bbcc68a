import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateInputSchema } from '../dates';
import { QuoteKindSchema } from '../quote';
import { SourceKindSchema } from '../source';

// Filters are refused, not cleaned, when they hold NUL or a lone surrogate: see strictString.
const ids = z.array(strictString('sourceIds').min(1)).max(100, { error: 'at most 100 ids in one filter: narrow the selection' });

/**
 * The filters shared by quotes.list, stats.timeline and the export routes. Every field is optional;
 * `from` is inclusive and `to` exclusive, both ISO dates ("2024-05-24") or date-times.
 */
export const QuoteFiltersSchema = z.object({
  /** Full-text search over the quote text (PostgreSQL `websearch_to_tsquery`, English). */
  q: strictString('q').trim().max(200, { error: 'search text is over 200 characters: use a few words' }).optional(),
  sourceIds: ids.optional(),
  sourceKinds: z.array(SourceKindSchema).optional(),
  /** Quote kinds: direct, indirect, mixed. */
  kinds: z.array(QuoteKindSchema).optional(),
  outlets: z.array(strictString('outlets').min(1)).max(100).optional(),
  from: IsoDateInputSchema.optional(),
  to: IsoDateInputSchema.optional(),
});
export type QuoteFilters = z.infer<typeof QuoteFiltersSchema>;

/** Filters of articles.list: search over title and body, outlets, and the article's date range. */
export const ArticleFiltersSchema = QuoteFiltersSchema.pick({ q: true, outlets: true, from: true, to: true });
export type ArticleFilters = z.infer<typeof ArticleFiltersSchema>;

/** How sources.list orders its rows: most quoted first (default) or most recently seen first. */
export const SourceSortSchema = z.enum(['quotes', 'lastSeen']);
export type SourceSort = z.infer<typeof SourceSortSchema>;

/** Filters of sources.list: `q` searches names and aliases; `sourceKinds` keeps those kinds. */
export const SourceFiltersSchema = z.object({
  q: strictString('q').trim().max(200, { error: 'search text is over 200 characters: use a name' }).optional(),
  sourceKinds: z.array(SourceKindSchema).optional(),
  sort: SourceSortSchema.default('quotes'),
});
export type SourceFilters = z.infer<typeof SourceFiltersSchema>;
