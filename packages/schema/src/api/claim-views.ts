import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { QuoteKindSchema, TimeBasisSchema } from '../quote';
import { SourceSchema } from '../source';
import { SpanSchema } from '../span';
import { QuoteFiltersSchema } from './filters';
import { PageInputSchema, pageOf } from './page';
import { ReviewFiltersSchema, ReviewSchema } from './review-views';

/** How claims.list orders claims: carried by the most outlets first (default), or most recently seen first. */
export const ClaimSortSchema = z.enum(['spread', 'recent']);
export type ClaimSort = z.infer<typeof ClaimSortSchema>;

/**
 * Input of claims.list: paging, the quote filters (a claim is listed when one of its appearances
 * matches them; `from`/`to` keep claims seen in that period), `sort`, and `minOutlets` to keep only
 * claims carried by at least that many outlets.
 */
export const ClaimListInputSchema = PageInputSchema.extend(QuoteFiltersSchema.shape)
  .extend(ReviewFiltersSchema.shape)
  .extend({
    sort: ClaimSortSchema.default('spread'),
    minOutlets: z.number().int().min(1).max(1000).optional(),
  });
export type ClaimListInput = z.input<typeof ClaimListInputSchema>;

/** One appearance of a claim: the quote, where it sits in its article, and the article's outlet and dates. */
export const ClaimAppearanceSchema = z.object({
  quoteId: z.string(),
  text: z.string(),
  span: SpanSchema,
  kind: QuoteKindSchema,
  time: z.object({ at: IsoDateTimeSchema, basis: TimeBasisSchema }),
  article: z.object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: IsoDateTimeSchema.nullable(),
  }),
  review: ReviewSchema,
});
export type ClaimAppearance = z.infer<typeof ClaimAppearanceSchema>;

/**
 * A claim: what one speaker said, carried by one or more articles (the same words after
 * normalizing quotation marks, case, spacing and a few words of difference). `text` is its first
 * appearance's; `appearances` lists the earliest ones first (all on claims.byId, the first 10 on lists).
 */
export const ClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: SourceSchema,
  appearanceCount: z.number().int().nonnegative(),
  outletCount: z.number().int().nonnegative(),
  firstSeen: IsoDateTimeSchema,
  lastSeen: IsoDateTimeSchema,
  /** The outlet of the first appearance: who reported it first (null when that article names none). */
  firstOutlet: z.string().nullable(),
  appearances: z.array(ClaimAppearanceSchema),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** Output of claims.list. */
export const ClaimPageSchema = pageOf(ClaimSchema);
export type ClaimPage = z.infer<typeof ClaimPageSchema>;

/** Input of claims.byId. */
export const ClaimByIdInputSchema = z.object({
  id: strictString('id').min(1, { error: 'id is empty: pass a claim id from claims.list' }).max(200),
});
export type ClaimByIdInput = z.infer<typeof ClaimByIdInputSchema>;
