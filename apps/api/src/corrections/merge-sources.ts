import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { inArray, or, sql } from 'drizzle-orm';
import type { SourceMergeInput, SourceMergeResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { quoteCorrections, quotes, sourceMerges, sources } from '../db/schema';
import { resolveTouched } from '../identity/resolve-touched';
import { teachAliases } from '../identity/teach-aliases';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';

/**
 * sources.merge: the `mergeIds` records are the same speaker as `intoId`. Their quotes move to it,
 * their names become its aliases (and taught aliases: a later source of those names resolves to it),
 * and their rows point at it so later ingests of the same names land on the survivor. The rows'
 * links before are stored, so sources.undoMerge can take it back. One transaction; the day counts
 * follow by trigger.
 */
export async function mergeSources(db: Db, input: SourceMergeInput): Promise<SourceMergeResult> {
  return db.transaction(async (tx) => {
    const ids = [...new Set([input.intoId, ...input.mergeIds])];
    const found = await resolveTouched(tx, ids, 'lock');
    const missing = ids.filter((id) => !found.some((s) => s.id === id));
    if (missing.length > 0)
      throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${missing.join(', ')}: take ids from sources.list` });
    const into = found.find((s) => s.id === input.intoId);
    const intoId = into?.mergedIntoId ?? input.intoId;
    const merged = found.filter((s) => s.id !== intoId && s.id !== input.intoId && (s.mergedIntoId ?? s.id) !== intoId);
    const mergedIds = merged.map((s) => s.id);
    if (mergedIds.length === 0)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'nothing to merge: mergeIds must name sources other than intoId' });
    const repointed = await tx
      .select({ id: sources.id, mergedIntoId: sources.mergedIntoId, linkKind: sources.linkKind })
      .from(sources)
      .where(or(inArray(sources.id, mergedIds), inArray(sources.mergedIntoId, mergedIds)));
    const mergeId = `mrg_${randomUUID()}`;
    await tx.insert(sourceMerges).values({ id: mergeId, intoId, mergedIds, before: repointed });
    await tx.update(quotes).set({ sourceId: intoId }).where(inArray(quotes.sourceId, mergedIds));
    await tx.update(quotes).set({ viaSourceId: intoId }).where(inArray(quotes.viaSourceId, mergedIds));
    await tx.update(quoteCorrections).set({ sourceId: intoId }).where(inArray(quoteCorrections.sourceId, mergedIds));
    await tx.update(sources).set({ mergedIntoId: intoId }).where(inArray(sources.mergedIntoId, mergedIds));
    await tx.update(sources).set({ mergedIntoId: intoId, linkKind: 'analyst' }).where(inArray(sources.id, mergedIds));
    const names = merged.flatMap((s) => [s.name, ...s.aliases]);
    await teachAliases(
      tx,
      intoId,
      merged.map((s) => ({ name: s.name, form: s.nameForm })),
      { origin: 'merge', mergeId },
    );
    const roles = merged.flatMap((s) => s.roles);
    await tx.execute(sql`UPDATE sources SET
      aliases = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(aliases || ${JSON.stringify(names)}::jsonb) AS v WHERE v #>> '{}' <> name),
      roles = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(roles || ${JSON.stringify(roles)}::jsonb) AS v)
      WHERE id = ${intoId}`);
    await resolveTouched(tx, ids, 'resolve');
    const [row] = await rows<SourceCountRow>(tx, sourcesWithCounts(sql`s.id = ${intoId}`));
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${intoId}: take ids from sources.list` });
    return { ...toSourceListItem(row), mergeId };
  });
}
