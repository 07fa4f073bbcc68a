import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import type { SourceListItem, SourceUpdateInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sources } from '../db/schema';
import { lockBlocks, resolveIdentities } from '../identity/resolve-identities';
import { teachAliases } from '../identity/teach-aliases';
import { sourceIdentity } from '../ingest/source-key';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';

/**
 * sources.update: an analyst's name, kind or roles; stored on the record, which ingests and
 * reparses keep. A rename teaches the old name as an alias (later sources of that name resolve
 * here) and moves the record to the block of its new name, which is then resolved again.
 */
export async function updateSource(db: Db, input: SourceUpdateInput): Promise<SourceListItem> {
  const { id, ...changes } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sources).where(eq(sources.id, id));
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${id}: take ids from sources.list` });
    const identity = sourceIdentity(
      { name: changes.name ?? before.name, kind: changes.kind ?? (before.kind as SourceListItem['kind']) },
      id,
    );
    const blocks = [...new Set([before.block, identity.block].flatMap((b) => (b ? [b] : [])))].sort();
    await lockBlocks(tx, blocks);
    const renamed = changes.name !== undefined && changes.name !== before.name;
    await tx
      .update(sources)
      .set({
        ...changes,
        edited: true,
        ...(renamed ? { block: identity.block, nameForm: identity.form === 'none' ? before.nameForm : identity.form } : {}),
      })
      .where(eq(sources.id, id));
    if (renamed) {
      await teachAliases(tx, id, [{ name: before.name, form: before.nameForm }], { origin: 'rename' });
      await tx.execute(sql`UPDATE sources SET aliases = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb)
        FROM jsonb_array_elements(aliases || to_jsonb(${before.name}::text)) AS v WHERE v #>> '{}' <> name) WHERE id = ${id}`);
    }
    await resolveIdentities(tx, blocks);
    const [row] = await rows<SourceCountRow>(tx, sourcesWithCounts(sql`s.id = ${id}`));
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `source ${id} was merged into another: update that one` });
    return toSourceListItem(row);
  });
}
