import { inArray } from 'drizzle-orm';
import { sources } from '../db/schema';
import type { Tx } from '../ingest/upsert-sources';
import { lockBlocks, resolveIdentities } from './resolve-identities';

/**
 * For an analyst's change to records `ids`: 'lock' takes their blocks' locks (before any row is
 * written, as ingest does) and returns the rows; 'resolve' re-resolves those blocks afterwards, so
 * other records of the same names follow what the analyst taught.
 */
export async function resolveTouched(tx: Tx, ids: string[], step: 'lock' | 'resolve') {
  const found = ids.length === 0 ? [] : await tx.select().from(sources).where(inArray(sources.id, ids));
  const blocks = [...new Set(found.flatMap((s) => (s.block ? [s.block] : [])))].sort();
  if (step === 'lock') await lockBlocks(tx, blocks);
  else await resolveIdentities(tx, blocks);
  return found;
}
