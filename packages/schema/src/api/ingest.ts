import { z } from 'zod';
import { type ArticleInput } from '../article-input';

/** Most articles in one articles.ingestMany call. */
export const MAX_BATCH_SIZE = 500;

/** What ingesting one article did: `created` a new article, or found the `existing` one with the same text. */
export const IngestResultSchema = z.object({
  articleId: z.string(),
  status: z.enum(['created', 'existing']),
  quoteCount: z.number().int().nonnegative(),
  sourceCount: z.number().int().nonnegative(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

/**
 * Input of articles.ingestMany: up to 500 articles. Each item is validated on its own (as
 * ArticleInput) so that one bad item is reported in its result instead of sinking the batch.
 */
export const IngestManyInputSchema = z.object({
  articles: z
    .array(
      z.custom<ArticleInput>((v) => typeof v === 'object' && v !== null, { error: 'each article must be an object with a text field' }),
    )
    .min(1, { error: 'articles is empty: send at least one article' })
    .max(MAX_BATCH_SIZE, { error: `over ${MAX_BATCH_SIZE} articles in one batch: split it into batches of ${MAX_BATCH_SIZE}` }),
});
export type IngestManyInput = z.infer<typeof IngestManyInputSchema>;

/** The result for one item of a batch, by its position: the ingest result or the error that stopped it. */
export const IngestItemResultSchema = z.discriminatedUnion('ok', [
  z.object({ index: z.number().int(), ok: z.literal(true), result: IngestResultSchema }),
  z.object({
    index: z.number().int(),
    ok: z.literal(false),
    error: z.object({
      // UNPROCESSABLE_CONTENT: the text is too complex to parse in time; SERVICE_UNAVAILABLE: the server was shutting down, send it again.
      code: z.enum(['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNPROCESSABLE_CONTENT', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']),
      message: z.string(),
    }),
  }),
]);
export type IngestItemResult = z.infer<typeof IngestItemResultSchema>;

/** Output of articles.ingestMany: one result per item, in input order. */
export const IngestManyResultSchema = z.object({ results: z.array(IngestItemResultSchema) });
export type IngestManyResult = z.infer<typeof IngestManyResultSchema>;
