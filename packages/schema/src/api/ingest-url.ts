import { z } from 'zod';
import { IngestResultSchema } from './ingest';

/** Input of articles.ingestUrl: the link of one article page. */
export const IngestUrlInputSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http:// or https:// link to one article, such as https://example.com/story' })
    .max(2000, { error: 'url is over 2,000 characters: give the article link without tracking parameters' }),
});
export type IngestUrlInput = z.infer<typeof IngestUrlInputSchema>;

/** What articles.ingestUrl did: the ingest result, and the page's canonical link and title as extracted. */
export const IngestUrlResultSchema = IngestResultSchema.extend({
  url: z.string(),
  title: z.string().nullable(),
});
export type IngestUrlResult = z.infer<typeof IngestUrlResultSchema>;
