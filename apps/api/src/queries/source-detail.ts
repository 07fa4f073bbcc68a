import { sql } from 'drizzle-orm';
import type { SourceDetail } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sourceHistory } from '../identity/source-history';
import { listQuotes } from './list-quotes';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from './list-sources';

/** sources.byId: the source (following merges) with counts per outlet, a monthly timeline and its 20 latest quotes. */
export async function sourceDetail(db: Db, requestedId: string): Promise<SourceDetail | null> {
  const [target] = await rows<{ id: string }>(db, sql`SELECT coalesce(merged_into_id, id) AS id FROM sources WHERE id = ${requestedId}`);
  if (!target) return null;
  const id = target.id;
  const [source] = await rows<SourceCountRow>(db, sourcesWithCounts(sql`s.id = ${id}`));
  if (!source) return null;
  const outlets = await rows<{ outlet: string; count: number }>(
    db,
    sql`SELECT outlet, sum(count)::int AS count FROM source_day_counts WHERE source_id = ${id} GROUP BY outlet HAVING sum(count) > 0 ORDER BY 2 DESC, 1`,
  );
  const months = await rows<{ month: string; count: number }>(
    db,
    sql`SELECT to_char(date_trunc('month', day::timestamp), 'YYYY-MM-DD') AS month, sum(count)::int AS count
      FROM source_day_counts WHERE source_id = ${id} GROUP BY 1 HAVING sum(count) > 0 ORDER BY 1`,
  );
  const recent = await listQuotes(db, { sourceIds: [id], limit: 20 });
  const { members, merges } = await sourceHistory(db, id);
  return {
    source: toSourceListItem(source),
    outlets: outlets.map((o) => ({ outlet: o.outlet === '' ? null : o.outlet, count: Number(o.count) })),
    timeline: months.map((m) => ({ at: `${m.month}T00:00:00.000Z`, count: Number(m.count) })),
    recentQuotes: recent.items,
    members,
    merges,
  };
}
