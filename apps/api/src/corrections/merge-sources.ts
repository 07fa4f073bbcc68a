import { TRPCError } from '@trpc/server';
import { inArray, or, sql } from 'drizzle-orm';
import type { SourceListItem, SourceMergeInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { quoteCorrections, quotes, sources } from '../db/schema';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';

/**
 * sources.merge: the `mergeIds` records are the same speaker as `intoId`. Their quotes move to it,
 * their names become its aliases, and their rows point at it so later ingests of the same names
 * (and reparses) land on the survivor. One transaction; the day counts follow by trigger.
 */
export async function mergeSources(db: Db, input: SourceMergeInput): Promise<SourceListItem> {
  return db.transaction(async (tx) => {
    const ids = [...new Set([input.intoId, ...input.mergeIds])];
    const found = await tx.select().from(sources).where(inArray(sources.id, ids));
    const missing = ids.filter((id) => !found.some((s) => s.id === id));
    if (missing.length > 0)
      throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${missing.join(', ')}: take ids from sources.list` });
    const into = found.find((s) => s.id === input.intoId);
    const intoId = into?.mergedIntoId ?? input.intoId;
    const merged = found.filter((s) => s.id !== intoId && s.id !== input.intoId);
    const mergedIds = merged.map((s) => s.id);
    if (mergedIds.length === 0)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'nothing to merge: mergeIds must name sources other than intoId' });
    await tx.update(quotes).set({ sourceId: intoId }).where(inArray(quotes.sourceId, mergedIds));
    await tx.update(quotes).set({ viaSourceId: intoId }).where(inArray(quotes.viaSourceId, mergedIds));
    await tx.update(quoteCorrections).set({ sourceId: intoId }).where(inArray(quoteCorrections.sourceId, mergedIds));
    await tx
      .update(sources)
      .set({ mergedIntoId: intoId })
      .where(or(inArray(sources.id, mergedIds), inArray(sources.mergedIntoId, mergedIds)));
    const names = merged.flatMap((s) => [s.name, ...s.aliases]);
    const roles = merged.flatMap((s) => s.roles);
    await tx.execute(sql`UPDATE sources SET
      aliases = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(aliases || ${JSON.stringify(names)}::jsonb) AS v WHERE v #>> '{}' <> name),
      roles = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(roles || ${JSON.stringify(roles)}::jsonb) AS v)
      WHERE id = ${intoId}`);
    const [row] = await rows<SourceCountRow>(tx, sourcesWithCounts(sql`s.id = ${intoId}`));
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${intoId}: take ids from sources.list` });
    return toSourceListItem(row);
  });
}
