import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import type { SourceListItem, SourceSplitInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sources } from '../db/schema';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';
import { markPair } from './mark-distinct';
import { moveQuotesHome } from './move-quotes-home';
import { resolveTouched } from './resolve-touched';

/**
 * sources.split: takes a record (a name it was seen under) out of the record it was linked or
 * merged into: its quotes go back to it, and the two are marked as different people so resolution
 * does not link them again. Returns the record split off.
 */
export async function splitSource(db: Db, input: SourceSplitInput): Promise<SourceListItem> {
  return db.transaction(async (tx) => {
    const [record] = await tx.select().from(sources).where(eq(sources.id, input.id));
    if (!record) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${input.id}: take ids from sources.byId members` });
    const rootId = record.mergedIntoId;
    if (!rootId) throw new TRPCError({ code: 'BAD_REQUEST', message: `${record.name} is not joined to another record: nothing to split` });
    await resolveTouched(tx, [record.id, rootId], 'lock');
    await tx.update(sources).set({ mergedIntoId: null, linkKind: 'split' }).where(eq(sources.id, record.id));
    await markPair(tx, record.id, rootId);
    await moveQuotesHome(tx, [record.id], rootId);
    await resolveTouched(tx, [record.id, rootId], 'resolve');
    const [row] = await rows<SourceCountRow>(tx, sourcesWithCounts(sql`s.id = ${record.id}`));
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${record.id}` });
    return toSourceListItem(row);
  });
}
