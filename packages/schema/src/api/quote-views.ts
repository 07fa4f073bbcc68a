import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { QuoteKindSchema, QuoteSchema } from '../quote';
import { SourceSchema } from '../source';
import { QuoteFiltersSchema } from './filters';
import { ReviewFiltersSchema, ReviewSchema, ReviewStatusSchema, TagSchema } from './review-views';
import { PageInputSchema, pageOf } from './page';

/** Input of quotes.list: paging, the shared quote filters and the review filters (statuses, tags). */
export const QuoteListInputSchema = PageInputSchema.extend(QuoteFiltersSchema.shape).extend(ReviewFiltersSchema.shape);
export type QuoteListInput = z.input<typeof QuoteListInputSchema>;

/** The article a listed quote comes from, as much as a list row shows. */
export const QuoteArticleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
});
export type QuoteArticleRef = z.infer<typeof QuoteArticleRefSchema>;

/**
 * One row of quotes.list: the quote (with its span), its source, the relay's name, its article, the
 * analyst's review, and the sentence it sits in (white space collapsed).
 */
export const QuoteListItemSchema = QuoteSchema.extend({
  source: SourceSchema.nullable(),
  via: z.object({ id: z.string(), name: z.string() }).nullable(),
  article: QuoteArticleRefSchema,
  review: ReviewSchema,
  sentence: z.string(),
});
export type QuoteListItem = z.infer<typeof QuoteListItemSchema>;

/** Output of quotes.list. */
export const QuotePageSchema = pageOf(QuoteListItemSchema);
export type QuotePage = z.infer<typeof QuotePageSchema>;

/**
 * Input of quotes.update, an analyst correction that survives re-parsing: reassign the speaker
 * (`sourceId`, null for none), change the `kind`, mark it `notAQuote` (removes it for good), or
 * review it: `status`, a `note` (null clears it) and `tags` (replacing the ones it had).
 */
export const QuoteUpdateInputSchema = z.object({
  id: strictString('id').min(1, { error: 'id is empty: pass the quote id' }),
  sourceId: strictString('sourceId').min(1).nullable().optional(),
  kind: QuoteKindSchema.optional(),
  notAQuote: z.boolean().optional(),
  status: ReviewStatusSchema.optional(),
  note: strictString('note').trim().max(2000, { error: 'note is over 2,000 characters: keep it to a paragraph' }).nullable().optional(),
  tags: z.array(TagSchema).max(20, { error: 'at most 20 tags on a quote: keep the ones that matter' }).optional(),
});
export type QuoteUpdateInput = z.infer<typeof QuoteUpdateInputSchema>;

/** Output of quotes.update: the quote as it now is (null when marked not a quote) and its review. */
export const QuoteUpdateResultSchema = z.object({ quote: QuoteSchema.nullable(), review: ReviewSchema.nullable() });
export type QuoteUpdateResult = z.infer<typeof QuoteUpdateResultSchema>;
