import { z } from 'zod';
import { strictString } from '../clean-text';
import { IsoDateTimeSchema } from '../dates';
import { SourceKindSchema, SourceSchema } from '../source';
import { SourceFiltersSchema } from './filters';
import { PageInputSchema, pageOf } from './page';
import { QuoteListItemSchema } from './quote-views';

/** Input of sources.list: paging, name/alias search, kinds and sort order. */
export const SourceListInputSchema = PageInputSchema.extend(SourceFiltersSchema.shape);
export type SourceListInput = z.input<typeof SourceListInputSchema>;

/** How often and when a source was quoted; first and last seen are null before its first quote. */
export const SourceCountsSchema = z.object({
  quoteCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  firstSeen: IsoDateTimeSchema.nullable(),
  lastSeen: IsoDateTimeSchema.nullable(),
});
export type SourceCounts = z.infer<typeof SourceCountsSchema>;

/** One row of sources.list: the source and its counts. */
export const SourceListItemSchema = SourceSchema.extend(SourceCountsSchema.shape);
export type SourceListItem = z.infer<typeof SourceListItemSchema>;

/** Output of sources.list. */
export const SourcePageSchema = pageOf(SourceListItemSchema);
export type SourcePage = z.infer<typeof SourcePageSchema>;

/** A count at the start of a time bucket (day, week or month, UTC). */
export const TimePointSchema = z.object({ at: IsoDateTimeSchema, count: z.number().int().nonnegative() });
export type TimePoint = z.infer<typeof TimePointSchema>;

/** A record joined to another: a name it was seen under, linked by resolution ('auto') or merged by an analyst. */
export const SourceMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  linkKind: z.enum(['auto', 'analyst']),
  quoteCount: z.number().int().nonnegative(),
});
export type SourceMember = z.infer<typeof SourceMemberSchema>;

/** An analyst's merge into a record, newest first; undone merges keep their undo time. */
export const SourceMergeEventSchema = z.object({
  id: z.string(),
  mergedNames: z.array(z.string()),
  createdAt: IsoDateTimeSchema,
  undoneAt: IsoDateTimeSchema.nullable(),
});
export type SourceMergeEvent = z.infer<typeof SourceMergeEventSchema>;

/** Output of sources.byId: the source with aliases and roles, counts per outlet, a monthly timeline and recent quotes. */
export const SourceDetailSchema = z.object({
  source: SourceListItemSchema,
  outlets: z.array(z.object({ outlet: z.string().nullable(), count: z.number().int().nonnegative() })),
  timeline: z.array(TimePointSchema),
  recentQuotes: z.array(QuoteListItemSchema),
  /** The names joined to this record, by resolution or an analyst, each of which sources.split can take out again. */
  members: z.array(SourceMemberSchema),
  /** The analyst's merges into this record, newest first (sources.undoMerge takes one back). */
  merges: z.array(SourceMergeEventSchema),
});
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

/** Input of sources.merge: `mergeIds` are the same speaker as `intoId` and are folded into it for good. */
export const SourceMergeInputSchema = z.object({
  intoId: strictString('intoId').min(1, { error: 'intoId is empty: pass the id of the source to keep' }),
  mergeIds: z.array(strictString('mergeIds').min(1)).min(1, { error: 'mergeIds is empty: pass the ids to fold in' }).max(100),
});
export type SourceMergeInput = z.infer<typeof SourceMergeInputSchema>;

/** Input of sources.update: an analyst's correction of the name, kind or roles; survives re-parsing. */
export const SourceUpdateInputSchema = z.object({
  id: strictString('id').min(1, { error: 'id is empty: pass the source id' }),
  // A correction is stored as the analyst typed it or not at all: refused, not cleaned (see strictString).
  name: strictString('name').trim().min(1, { error: "name is empty: give the speaker's full name" }).max(300).optional(),
  kind: SourceKindSchema.optional(),
  roles: z.array(strictString('roles').trim().min(1).max(300)).max(50).optional(),
});
export type SourceUpdateInput = z.infer<typeof SourceUpdateInputSchema>;
