import { sql } from 'drizzle-orm';
import type { SourceMember, SourceMergeEvent } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { toIso, toIsoOrNull } from '../queries/convert';

/** The records joined to `id` (with their own quote counts) and the analyst's merges into it, newest first. */
export async function sourceHistory(db: Pick<Db, 'execute'>, id: string): Promise<{ members: SourceMember[]; merges: SourceMergeEvent[] }> {
  const members = await rows<{ id: string; name: string; link_kind: string | null; n: number }>(
    db,
    sql`SELECT s.id, s.name, s.link_kind, (SELECT count(*)::int FROM quotes q WHERE q.origin_source_id = s.id) AS n
      FROM sources s WHERE s.merged_into_id = ${id} ORDER BY n DESC, s.name, s.id LIMIT 200`,
  );
  const merges = await rows<{ id: string; names: string[] | null; created_at: string | Date; undone_at: string | Date | null }>(
    db,
    sql`SELECT m.id, m.created_at, m.undone_at,
        (SELECT jsonb_agg(s.name ORDER BY s.name) FROM sources s WHERE s.id IN (SELECT jsonb_array_elements_text(m.merged_ids))) AS names
      FROM source_merges m WHERE m.into_id = ${id} ORDER BY m.created_at DESC, m.id LIMIT 50`,
  );
  return {
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      linkKind: m.link_kind === 'auto' ? 'auto' : 'analyst',
      quoteCount: Number(m.n),
    })),
    merges: merges.map((m) => ({
      id: m.id,
      mergedNames: m.names ?? [],
      createdAt: toIso(m.created_at),
      undoneAt: toIsoOrNull(m.undone_at),
    })),
  };
}
