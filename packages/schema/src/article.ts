import { z } from 'zod';
import { IsoDateTimeSchema } from './dates';
import { TextSpanSchema } from './span';

/** Why a block of the pasted text was kept out of the body that quotes are found in. */
export const RemovedReasonSchema = z.enum([
  'title',
  'repeated-title',
  'caption',
  'credit',
  'dateline',
  'byline',
  'other-news',
  'related',
  'newsletter',
  'boilerplate',
]);
export type RemovedReason = z.infer<typeof RemovedReasonSchema>;

/**
 * A block removed from the pasted text: its text, why, and `at`, the offset in `Article.text`
 * where it stood, so the dashboard can show it (collapsed, greyed) in its place.
 */
export const RemovedBlockSchema = z.object({
  text: z.string(),
  reason: RemovedReasonSchema,
  at: z.number().int().nonnegative(),
});
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

/** A dateline ("SALVADOR, Feb 26 -") and the date it gives, when one can be read. */
export const DatelineSchema = z.object({
  text: z.string(),
  place: z.string().nullable(),
  date: IsoDateTimeSchema.nullable(),
});
export type Dateline = z.infer<typeof DatelineSchema>;

/** An article as stored: the clean body that every span indexes, and what is known about it. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  /** The clean body (normalized, boilerplate removed): every Span in Claimline indexes this string. */
  text: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.url({ error: 'url must be an absolute URL such as https://example.com/story' }).nullable(),
  authors: z.array(z.string()),
  /** When the outlet published it; null when unknown (never invented). */
  publishedAt: IsoDateTimeSchema.nullable(),
  dateline: DatelineSchema.nullable(),
  /** BCP 47 language tag of the text, e.g. "en". */
  language: z.string().min(2),
  /** SHA-256 (hex) of the normalized text: the same text is the same article. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'contentHash must be 64 lowercase hex digits (SHA-256)' }),
  removed: z.array(RemovedBlockSchema),
  parserVersion: z.string().min(1),
  ingestedAt: IsoDateTimeSchema,
});
export type Article = z.infer<typeof ArticleSchema>;

/** A span of the article body together with its text; re-exported for convenience of article consumers. */
export const ArticleSpanSchema = TextSpanSchema;
