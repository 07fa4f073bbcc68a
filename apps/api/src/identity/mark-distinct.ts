import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { SourceDistinctInput } from '@claimline/schema';
import type { Db } from '../db/client';
import { sourceDistinct, sources } from '../db/schema';
import type { Tx } from '../ingest/upsert-sources';
import { moveQuotesHome } from './move-quotes-home';
import { resolveTouched } from './resolve-touched';

/** Stores that `a` and `b` are different people (the pair is kept in id order). */
export async function markPair(tx: Tx, a: string, b: string): Promise<void> {
  const [aId, bId] = a < b ? [a, b] : [b, a];
  await tx.insert(sourceDistinct).values({ aId, bId }).onConflictDoNothing();
}

/**
 * sources.markDistinct: the two records are different people. Never suggested again, never linked
 * by resolution; if resolution had linked one into the other, the link is undone now.
 */
export async function markDistinct(db: Db, input: SourceDistinctInput): Promise<{ ok: true }> {
  if (input.aId === input.bId)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'aId and bId are the same record: pass two different ids' });
  return db.transaction(async (tx) => {
    const found = await resolveTouched(tx, [input.aId, input.bId], 'lock');
    for (const id of [input.aId, input.bId]) {
      if (!found.some((s) => s.id === id))
        throw new TRPCError({ code: 'NOT_FOUND', message: `no source with id ${id}: take ids from sources.list` });
    }
    await markPair(tx, input.aId, input.bId);
    for (const [one, other] of [
      [input.aId, input.bId],
      [input.bId, input.aId],
    ] as const) {
      const record = found.find((s) => s.id === one);
      if (record?.mergedIntoId !== other || record.linkKind !== 'auto') continue;
      await tx.update(sources).set({ mergedIntoId: null, linkKind: null }).where(eq(sources.id, one));
      await moveQuotesHome(tx, [one], other);
    }
    await resolveTouched(tx, [input.aId, input.bId], 'resolve');
    return { ok: true as const };
  });
}
