import { z } from 'zod';
import { ArticleSchema } from '../article';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { QuoteSchema } from '../quote';
import { SourceSchema } from '../source';
import { ArticleFiltersSchema } from './filters';
import { PageInputSchema, pageOf } from './page';

/** Input of articles.list: paging plus article filters. */
export const ArticleListInputSchema = PageInputSchema.extend(ArticleFiltersSchema.shape);
export type ArticleListInput = z.input<typeof ArticleListInputSchema>;

/** One row of articles.list: what the article list shows, without the body. */
export const ArticleListItemSchema = ArticleSchema.pick({
  id: true,
  title: true,
  outlet: true,
  url: true,
  authors: true,
  publishedAt: true,
  ingestedAt: true,
  language: true,
}).extend({
  /** The first characters of the body, for the list. */
  excerpt: z.string(),
  quoteCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
});
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

/** Output of articles.list. */
export const ArticlePageSchema = pageOf(ArticleListItemSchema);
export type ArticlePage = z.infer<typeof ArticlePageSchema>;

/** Input of articles.byId, articles.reparse, articles.delete and sources.byId. */
export const ByIdInputSchema = z.object({ id: strictString('id').min(1, { error: 'id is empty: pass the id from a list' }) });
export type ByIdInput = z.infer<typeof ByIdInputSchema>;

/** Output of articles.byId: the article (with removed boilerplate), its quotes with spans, and their sources. */
export const ArticleDetailSchema = z.object({
  article: ArticleSchema,
  quotes: z.array(QuoteSchema),
  sources: z.array(SourceSchema),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

/** Input of articles.reparse: one article by `id`, or every stored article when `id` is left out. */
export const ReparseInputSchema = z.object({ id: strictString('id').min(1).optional() });
export type ReparseInput = z.infer<typeof ReparseInputSchema>;

/** Output of articles.reparse and of the reparse run on start. */
export const ReparseResultSchema = z.object({
  reparsed: z.number().int().nonnegative(),
  parserVersion: z.string(),
  at: IsoDateTimeSchema,
});
export type ReparseResult = z.infer<typeof ReparseResultSchema>;

/** Output of articles.delete. */
export const DeleteResultSchema = z.object({ deleted: z.boolean() });
export type DeleteResult = z.infer<typeof DeleteResultSchema>;
