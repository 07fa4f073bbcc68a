import { z } from 'zod';
import { IsoDateTimeSchema } from '../dates';
import { SourceKindSchema } from '../source';
import { QuoteFiltersSchema } from './filters';
import { TimePointSchema } from './source-views';

/** The width of a timeline bucket; weeks start on Monday, all buckets in UTC. */
export const TimeBucketSchema = z.enum(['day', 'week', 'month']);
export type TimeBucket = z.infer<typeof TimeBucketSchema>;

/** Input of stats.timeline: bucket width, how many top sources (default 10, at most 50; ignored when `sourceIds` is given) and the quote filters. */
export const TimelineInputSchema = QuoteFiltersSchema.extend({
  bucket: TimeBucketSchema,
  top: z
    .number()
    .int()
    .min(1, { error: 'top must be at least 1' })
    .max(50, { error: 'top is over 50: pick sources with sourceIds instead' })
    .default(10),
});
export type TimelineInput = z.input<typeof TimelineInputSchema>;

/** One source's line on the timeline: who, the total in range, and the non-zero buckets in time order. */
export const TimelineSeriesSchema = z.object({
  source: z.object({ id: z.string(), name: z.string(), kind: SourceKindSchema }),
  total: z.number().int().nonnegative(),
  points: z.array(TimePointSchema),
});
export type TimelineSeries = z.infer<typeof TimelineSeriesSchema>;

/** Output of stats.timeline: claims per source per bucket, series ordered by total (largest first). */
export const TimelineSchema = z.object({
  bucket: TimeBucketSchema,
  series: z.array(TimelineSeriesSchema),
});
export type Timeline = z.infer<typeof TimelineSchema>;

/** Input of stats.inView: the quote filters and the bucket width the timeline uses. */
export const InViewInputSchema = QuoteFiltersSchema.extend({ bucket: TimeBucketSchema });
export type InViewInput = z.input<typeof InViewInputSchema>;

/**
 * Output of stats.inView: every claim the filters keep, so a chart of a few speakers can add up to it.
 * `points` and `total` count claims with a speaker, per bucket and overall; `unattributed` those with none
 * (always 0 under a speaker or speaker-kind filter).
 */
export const InViewSchema = z.object({
  bucket: TimeBucketSchema,
  total: z.number().int().nonnegative(),
  unattributed: z.number().int().nonnegative(),
  points: z.array(TimePointSchema),
});
export type InView = z.infer<typeof InViewSchema>;

/** Output of stats.articleCount: how many stored articles the articles.list filters keep. */
export const ArticleCountSchema = z.object({ count: z.number().int().nonnegative() });
export type ArticleCount = z.infer<typeof ArticleCountSchema>;

/** Output of stats.overview: totals over everything stored. */
export const OverviewSchema = z.object({
  articles: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
  outlets: z.number().int().nonnegative(),
  firstQuoteAt: IsoDateTimeSchema.nullable(),
  lastQuoteAt: IsoDateTimeSchema.nullable(),
});
export type Overview = z.infer<typeof OverviewSchema>;

/** Output of health: the service is up, which database it uses and the parser version it runs. */
export const HealthSchema = z.object({
  ok: z.literal(true),
  database: z.enum(['pglite', 'postgres']),
  parserVersion: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
