import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { QuoteKindSchema, QuoteSchema } from '../quote';
import { SourceSchema } from '../source';
import { QuoteFiltersSchema } from './filters';
import { PageInputSchema, pageOf } from './page';

/** Input of quotes.list: paging plus the shared quote filters. */
export const QuoteListInputSchema = PageInputSchema.extend(QuoteFiltersSchema.shape);
export type QuoteListInput = z.input<typeof QuoteListInputSchema>;

/** The article a listed quote comes from, as much as a list row shows. */
export const QuoteArticleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
});
export type QuoteArticleRef = z.infer<typeof QuoteArticleRefSchema>;

/** One row of quotes.list: the quote (with its span), its source and its article. */
export const QuoteListItemSchema = QuoteSchema.extend({
  source: SourceSchema.nullable(),
  article: QuoteArticleRefSchema,
});
export type QuoteListItem = z.infer<typeof QuoteListItemSchema>;

/** Output of quotes.list. */
export const QuotePageSchema = pageOf(QuoteListItemSchema);
export type QuotePage = z.infer<typeof QuotePageSchema>;

/**
 * Input of quotes.update, an analyst correction that survives re-parsing: reassign the speaker
 * (`sourceId`, null for none), change the `kind`, or mark it `notAQuote` (removes it for good).
 */
export const QuoteUpdateInputSchema = z.object({
  id: strictString('id').min(1, { error: 'id is empty: pass the quote id' }),
  sourceId: strictString('sourceId').min(1).nullable().optional(),
  kind: QuoteKindSchema.optional(),
  notAQuote: z.boolean().optional(),
});
export type QuoteUpdateInput = z.infer<typeof QuoteUpdateInputSchema>;

/** Output of quotes.update: the quote as it now is, or null when it was marked not a quote. */
export const QuoteUpdateResultSchema = z.object({ quote: QuoteSchema.nullable() });
export type QuoteUpdateResult = z.infer<typeof QuoteUpdateResultSchema>;
