import { z } from 'zod';
import { ArticleSchema } from './article';
import { QuoteSchema } from './quote';
import { SourceSchema } from './source';

/** What the parser returns for one article: the article, its speakers, and their quotes. */
export const ParseResultSchema = z.object({
  article: ArticleSchema,
  sources: z.array(SourceSchema),
  quotes: z.array(QuoteSchema),
});
export type ParseResult = z.infer<typeof ParseResultSchema>;
