import { z } from 'zod';
import { strictString } from '../clean-text';
import { QuoteFiltersSchema } from './filters';
import { PageInputSchema } from './page';

/** Where an analyst's check of a quote stands: not yet looked at, checked (holds), disputed, false, misleading. */
export const ReviewStatusSchema = z.enum(['unreviewed', 'checked', 'disputed', 'false', 'misleading']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** A tag an analyst puts on a quote ("vaccines", "needs source"): 1 to 40 characters, trimmed. */
export const TagSchema = strictString('tags')
  .trim()
  .min(1, { error: 'a tag is empty: give it a word or two' })
  .max(40, { error: 'a tag is over 40 characters: use a word or two' });

/** An analyst's review of a quote: status, note and tags; kept by article and span, so a reparse keeps it. */
export const ReviewSchema = z.object({
  status: ReviewStatusSchema,
  note: z.string().nullable(),
  tags: z.array(z.string()),
});
export type Review = z.infer<typeof ReviewSchema>;

/** Filters on the review, for quotes.list, claims.list, the review queue and exports: any of these statuses, any of these tags. */
export const ReviewFiltersSchema = z.object({
  statuses: z.array(ReviewStatusSchema).max(5).optional(),
  tags: z.array(TagSchema).max(20, { error: 'at most 20 tags in one filter: narrow the selection' }).optional(),
});
export type ReviewFilters = z.infer<typeof ReviewFiltersSchema>;

/** Input of quotes.reviewQueue: unreviewed quotes matching the filters, the parser's least confident first. */
export const ReviewQueueInputSchema = PageInputSchema.extend(QuoteFiltersSchema.shape);
export type ReviewQueueInput = z.input<typeof ReviewQueueInputSchema>;
