import { z } from 'zod';

/**
 * A range of `Article.text`: JavaScript string offsets (UTF-16 code units), end exclusive.
 * Every place the product points into an article uses one, so the UI never searches for text again.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative({ error: 'start must be an offset of 0 or more' }),
    end: z.number().int().nonnegative({ error: 'end must be an offset of 0 or more' }),
  })
  .refine((s) => s.end >= s.start, {
    error: 'end must not come before start: spans are [start, end) into Article.text',
    path: ['end'],
  });
export type Span = z.infer<typeof SpanSchema>;

/** A span with the text it covers, for mentions and cues that the UI shows as they were written. */
export const TextSpanSchema = z
  .object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, {
    error: 'end must not come before start: spans are [start, end) into Article.text',
    path: ['end'],
  });
export type TextSpan = z.infer<typeof TextSpanSchema>;
