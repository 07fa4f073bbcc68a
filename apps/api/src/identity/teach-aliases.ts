import { sql } from 'drizzle-orm';
import { sourceAliases } from '../db/schema';
import type { NameForm } from '../ingest/source-key';
import type { Tx } from '../ingest/upsert-sources';
import { aliasNames } from './resolve-identities';

/** Records that the names (as written, and without titles) are `sourceId`'s: resolution follows them from now on. */
export async function teachAliases(
  tx: Tx,
  sourceId: string,
  names: { name: string; form: string }[],
  how: { origin: 'merge' | 'rename' | 'reference'; mergeId?: string },
): Promise<string[]> {
  const aliases = [...new Set(names.flatMap((n) => aliasNames(n.name, n.form as NameForm)))].filter(Boolean);
  if (aliases.length === 0) return [];
  await tx
    .insert(sourceAliases)
    .values(aliases.map((alias) => ({ alias, sourceId, origin: how.origin, mergeId: how.mergeId ?? null })))
    .onConflictDoUpdate({
      target: [sourceAliases.alias, sourceAliases.sourceId],
      set: { origin: sql`excluded.origin`, mergeId: sql`excluded.merge_id` },
    });
  return aliases;
}
