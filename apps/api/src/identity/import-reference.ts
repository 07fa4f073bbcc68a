import { sql } from 'drizzle-orm';
import type { ReferenceImportInput, ReferenceImportResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sources } from '../db/schema';
import { sourceId } from '../ingest/ids';
import { sourceIdentity } from '../ingest/source-key';
import { parseReference } from './parse-reference';
import { lockBlocks, resolveIdentities } from './resolve-identities';
import { teachAliases } from './teach-aliases';
import { textArray } from './text-array';

/**
 * sources.importReference: stores each entity of a reference list as a record (found by the key its
 * name has, so an existing "Andrew Cuomo" becomes the reference one) with its canonical name, roles
 * and Wikidata id, teaches its aliases, then re-resolves the blocks of its name and aliases:
 * resolution prefers reference entities and follows their aliases ("Tedros", "WHO").
 */
export async function importReference(db: Db, input: ReferenceImportInput): Promise<ReferenceImportResult> {
  const entities = parseReference(input);
  return db.transaction(async (tx) => {
    const prepared = entities.map((e) => {
      const identity = sourceIdentity({ name: e.name, kind: e.kind }, 'reference');
      const aliasBlocks = e.aliases.flatMap((a) => sourceIdentity({ name: a, kind: e.kind }, 'reference').block ?? []);
      return { e, identity, id: sourceId(identity.key), blocks: [identity.block ?? '', ...aliasBlocks].filter(Boolean) };
    });
    const blocks = [...new Set(prepared.flatMap((p) => p.blocks))].sort();
    await lockBlocks(tx, blocks);
    for (const { e, identity, id } of prepared) {
      const row = {
        id,
        key: identity.key,
        name: e.name,
        kind: e.kind,
        roles: e.roles,
        aliases: e.aliases,
        descriptor: null,
        block: identity.block,
        nameForm: identity.form,
        reference: true,
        wikidataId: e.wikidataId ?? null,
        edited: true,
      };
      await tx
        .insert(sources)
        .values(row)
        .onConflictDoUpdate({
          target: sources.id,
          set: {
            name: row.name,
            reference: true,
            edited: true,
            wikidataId: row.wikidataId,
            roles: sql`(SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(sources.roles || excluded.roles) AS v)`,
            aliases: sql`(SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(sources.aliases || excluded.aliases || to_jsonb(sources.name)) AS v WHERE v #>> '{}' <> excluded.name)`,
          },
        });
      await teachAliases(
        tx,
        id,
        e.aliases.map((a) => ({ name: a, form: sourceIdentity({ name: a, kind: e.kind }, 'reference').form })),
        { origin: 'reference' },
      );
    }
    await resolveIdentities(tx, blocks);
    const ids = prepared.map((p) => p.id);
    const [linked] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM sources WHERE merged_into_id = ANY(${textArray(ids)})`,
    );
    return { imported: entities.length, linked: Number(linked?.n ?? 0) };
  });
}
