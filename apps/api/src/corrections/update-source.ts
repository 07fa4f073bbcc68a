import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import type { SourceListItem, SourceUpdateInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sources } from '../db/schema';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';

/** sources.update: an analyst's name, kind or roles; stored on the record, which ingests and reparses keep. */
export async function updateSource(db: Db, input: SourceUpdateInput): Promise<SourceListItem> {
  const { id, ...changes } = input;
  const updated = await db
    .update(sources)
    .set({ ...changes, edited: true })
    .where(eq(sources.id, id))
    .returning({ id: sources.id });
  if (updated.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${id}: take ids from sources.list` });
  const [row] = await rows<SourceCountRow>(db, sourcesWithCounts(sql`s.id = ${id}`));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `source ${id} was merged into another: update that one` });
  return toSourceListItem(row);
}
