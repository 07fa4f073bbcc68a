import { z } from 'zod';
import { strictString } from '../clean-text';
import { SourceListItemSchema } from './source-views';

const sourceIdField = (what: string) => strictString(what).min(1, { error: `${what} is empty: pass a source id from sources.list` });

/** Output of sources.merge: the surviving record and the id of the merge, for sources.undoMerge. */
export const SourceMergeResultSchema = SourceListItemSchema.extend({ mergeId: z.string() });
export type SourceMergeResult = z.infer<typeof SourceMergeResultSchema>;

/** Input of sources.undoMerge: the merge to take back (its quotes return to the records they came from). */
export const SourceUndoMergeInputSchema = z.object({
  mergeId: strictString('mergeId').min(1, { error: 'mergeId is empty: pass the mergeId sources.merge returned' }),
});
export type SourceUndoMergeInput = z.infer<typeof SourceUndoMergeInputSchema>;

/** Input of sources.split: take one record (a name it was seen under) out of the record it was linked or merged into. */
export const SourceSplitInputSchema = z.object({ id: sourceIdField('id') });
export type SourceSplitInput = z.infer<typeof SourceSplitInputSchema>;

/** Input of sources.markDistinct: two records an analyst knows are different people; never suggested or linked again. */
export const SourceDistinctInputSchema = z.object({ aId: sourceIdField('aId'), bId: sourceIdField('bId') });
export type SourceDistinctInput = z.infer<typeof SourceDistinctInputSchema>;

/** Why two records may be one entity. */
export const SuggestionEvidenceSchema = z.object({
  kind: z.enum(['surname', 'initial', 'role', 'outlets', 'dates', 'alias', 'acronym']),
  detail: z.string(),
});
export type SuggestionEvidence = z.infer<typeof SuggestionEvidenceSchema>;

/** One likely duplicate: `merge` would fold into `into`; score in [0, 1]. */
export const SourceSuggestionSchema = z.object({
  into: SourceListItemSchema,
  merge: SourceListItemSchema,
  score: z.number().min(0).max(1),
  evidence: z.array(SuggestionEvidenceSchema),
});
export type SourceSuggestion = z.infer<typeof SourceSuggestionSchema>;

/** Input of sources.suggestions: the best `limit` suggestions, optionally for names matching `q`. */
export const SourceSuggestionsInputSchema = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  q: strictString('q').trim().max(200).optional(),
});
export type SourceSuggestionsInput = z.input<typeof SourceSuggestionsInputSchema>;

/** Output of sources.suggestions, best first. */
export const SourceSuggestionsSchema = z.object({ items: z.array(SourceSuggestionSchema) });
export type SourceSuggestions = z.infer<typeof SourceSuggestionsSchema>;

/** One entity of a reference list: resolution prefers it and its aliases. */
export const ReferenceEntitySchema = z.object({
  name: strictString('name').trim().min(1, { error: 'name is empty: give the canonical name' }).max(300),
  kind: z.enum(['person', 'organization']),
  aliases: z.array(strictString('aliases').trim().min(1).max(300)).max(100).default([]),
  roles: z.array(strictString('roles').trim().min(1).max(300)).max(50).default([]),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, { error: 'wikidataId must look like Q22686' })
    .optional(),
});
export type ReferenceEntity = z.infer<typeof ReferenceEntitySchema>;

/**
 * Input of sources.importReference: a list as JSON (an array of entities) or CSV with the header
 * `name,kind,aliases,roles,wikidataId` (aliases and roles separated by `|`).
 */
export const ReferenceImportInputSchema = z.object({
  format: z.enum(['json', 'csv']),
  text: strictString('text')
    .min(1, { error: 'text is empty: paste the list' })
    .max(2_000_000, { error: 'text is over 2 MB: split the list' }),
});
export type ReferenceImportInput = z.infer<typeof ReferenceImportInputSchema>;

/** Output of sources.importReference: entities stored and records resolution linked to them. */
export const ReferenceImportResultSchema = z.object({ imported: z.number().int(), linked: z.number().int() });
export type ReferenceImportResult = z.infer<typeof ReferenceImportResultSchema>;
