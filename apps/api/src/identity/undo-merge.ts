import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import type { SourceListItem, SourceUndoMergeInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sourceAliases, sourceMerges } from '../db/schema';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';
import { moveQuotesHome } from './move-quotes-home';
import { resolveTouched } from './resolve-touched';

/**
 * sources.undoMerge: every record the merge re-pointed gets its link back (unless something later
 * moved it again), the quotes stored under their names return to them, and the aliases the merge
 * taught are forgotten. Returns the record the merge had folded into, with its counts now.
 */
export async function undoMerge(db: Db, input: SourceUndoMergeInput): Promise<SourceListItem> {
  return db.transaction(async (tx) => {
    const [merge] = await tx.select().from(sourceMerges).where(eq(sourceMerges.id, input.mergeId));
    if (!merge)
      throw new TRPCError({ code: 'NOT_FOUND', message: `no merge with id ${input.mergeId}: take it from sources.merge or sources.byId` });
    if (merge.undoneAt) throw new TRPCError({ code: 'BAD_REQUEST', message: `merge ${input.mergeId} was already undone` });
    const ids = merge.before.map((b) => b.id);
    await resolveTouched(tx, [merge.intoId, ...ids], 'lock');
    const restore = merge.before.map((b) => ({ id: b.id, target: b.mergedIntoId ?? b.id, linkKind: b.linkKind }));
    await tx.execute(sql`UPDATE sources s SET merged_into_id = nullif(c.target, c.id), link_kind = c.link_kind
      FROM jsonb_to_recordset(${JSON.stringify(restore)}::jsonb) AS c(id text, target text, link_kind text)
      WHERE s.id = c.id AND s.merged_into_id = ${merge.intoId}`);
    await moveQuotesHome(tx, ids, merge.intoId);
    await tx.delete(sourceAliases).where(and(eq(sourceAliases.mergeId, merge.id), eq(sourceAliases.origin, 'merge')));
    await tx.update(sourceMerges).set({ undoneAt: new Date().toISOString() }).where(eq(sourceMerges.id, merge.id));
    await resolveTouched(tx, [merge.intoId, ...ids], 'resolve');
    const [row] = await rows<SourceCountRow>(tx, sourcesWithCounts(sql`s.id = ${merge.intoId}`));
    if (!row)
      throw new TRPCError({ code: 'NOT_FOUND', message: `source ${merge.intoId} was merged into another since: undo that merge first` });
    return toSourceListItem(row);
  });
}
