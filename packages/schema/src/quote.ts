import { z } from 'zod';
import { IsoDateTimeSchema } from './dates';
import { SpanSchema, TextSpanSchema } from './span';

/** direct: in quotation marks; indirect: reported speech; mixed: reported speech with quoted words inside. */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** The verb or phrase that attributes a quote ("told reporters"), with its lemma ("tell") and span. */
export const CueSchema = TextSpanSchema.and(z.object({ lemma: z.string().min(1) }));
export type Cue = z.infer<typeof CueSchema>;

/** Where a quote's place on the timeline came from, so the UI can say "date unknown, shown when added". */
export const TimeBasisSchema = z.enum(['published', 'dateline', 'ingested']);
export type TimeBasis = z.infer<typeof TimeBasisSchema>;

/** The time a quote is placed at on the timeline, and where that time came from. */
export const QuoteTimeSchema = z.object({
  at: IsoDateTimeSchema,
  basis: TimeBasisSchema,
});
export type QuoteTime = z.infer<typeof QuoteTimeSchema>;

/** One attributed claim: what was said, where in the article, by whom, through whom, and when. */
export const QuoteSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  /** The speaker; null only when the text gives no speaker at all. */
  sourceId: z.string().min(1).nullable(),
  text: z.string().min(1, { error: 'a quote needs text: the words attributed to the speaker' }),
  span: SpanSchema,
  kind: QuoteKindSchema,
  cue: CueSchema.nullable(),
  /** The mention that names the speaker here ("he", "Peskov", "three sources ..."). */
  speaker: TextSpanSchema.nullable(),
  /** The source that relays it, e.g. Reuters for its anonymous sources. */
  viaSourceId: z.string().min(1).nullable(),
  confidence: z.number().min(0).max(1),
  time: QuoteTimeSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;
