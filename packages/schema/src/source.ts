import { z } from 'zod';

/** What kind of speaker a source is. `anonymous` sources keep their descriptor instead of a name. */
export const SourceKindSchema = z.enum(['person', 'organization', 'media', 'anonymous', 'unknown']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** A speaker resolved to one canonical record: "Peskov", "he" and "Putin's spokesman" all point here. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  /** Canonical name: the fullest name the text gives ("Dmitry Peskov"), or the descriptor for anonymous sources. */
  name: z.string().min(1, { error: 'a source needs a name: the fullest name the text gives' }),
  kind: SourceKindSchema,
  /** Roles and titles as the text describes them ("Putin's spokesman", "U.S. Secretary of State"). */
  roles: z.array(z.string()),
  /** Other surface forms seen for this source ("Peskov", "the Kremlin leader"). */
  aliases: z.array(z.string()),
  /** For anonymous sources: what is known of them ("senior Russian source who has worked with Putin"). */
  descriptor: z.string().nullable(),
  /** The entity's Wikidata id ("Q22686") when a reference list gave one. */
  wikidataId: z.string().nullable().optional(),
});
export type Source = z.infer<typeof SourceSchema>;
