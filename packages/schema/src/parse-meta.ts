import type { z } from 'zod';
import { ArticleInputSchema } from './article-input';
import { IsoDateTimeSchema } from './dates';

/**
 * What the parser is told about an article besides its text: the ArticleInput fields other than
 * `text`, plus `ingestedAt` (when it was added; the parser defaults it to the current time).
 */
export const ParseMetaSchema = ArticleInputSchema.omit({ text: true }).extend({
  ingestedAt: IsoDateTimeSchema.optional(),
});
export type ParseMeta = z.infer<typeof ParseMetaSchema>;
