import { z } from 'zod';
import { cleanString, strictString } from './clean-text';
import { IsoDateInputSchema } from './dates';

/** Largest article text accepted: 1 MB (counted in UTF-16 code units, as JavaScript strings are). */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** What an analyst or a developer sends to ingest one article: the text, and what they know about it. */
export const ArticleInputSchema = z.object({
  // Cleaned, not refused: see cleanString (pasted and scraped text carries stray NULs and cut emoji).
  text: cleanString({ error: 'text must be a string: paste the article body' })
    .refine((t) => t.trim().length > 0, { error: 'text is empty: paste the article body' })
    .refine((t) => t.length <= MAX_ARTICLE_CHARS, {
      error: `text is over the 1 MB limit (${MAX_ARTICLE_CHARS.toLocaleString('en')} characters): split the article or trim what is not the article`,
    }),
  title: cleanString().trim().max(1000, { error: 'title is over 1,000 characters: give just the headline' }).optional(),
  outlet: cleanString().trim().max(200, { error: 'outlet is over 200 characters: give the outlet name, e.g. Reuters' }).optional(),
  // Only http(s): the dashboard links the article to its url, and a javascript: or data: url would run when clicked.
  url: strictString('url')
    .pipe(z.url({ protocol: /^https?$/, error: 'url must be an absolute URL such as https://example.com/story (http or https only)' }))
    .optional(),
  authors: z.array(cleanString().trim().min(1).max(200)).max(50, { error: 'at most 50 authors' }).optional(),
  // null is an unknown date, as in corpora exported with every field present ("publishedAt": null).
  publishedAt: IsoDateInputSchema.nullable()
    .transform((value) => value ?? undefined)
    .optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;
