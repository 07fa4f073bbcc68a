import { sql } from 'drizzle-orm';
import type { SourceFilters, SourceListItem, SourcePage } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { toSource } from './convert';
import { decodeOffsetCursor, encodeCursor } from './cursor';

/** A source row with its counts, as the SQL below returns it. */
export interface SourceCountRow {
  id: string;
  name: string;
  kind: string;
  roles: string[];
  aliases: string[];
  descriptor: string | null;
  wikidata_id: string | null;
  /** Names of the records linked or merged into this one: names it was seen under. */
  member_names?: string[] | null;
  quote_count: number;
  article_count: number;
  first_day: string | Date | null;
  last_day: string | Date | null;
}

const dayIso = (day: string | Date | null) =>
  day === null ? null : `${(day instanceof Date ? day.toISOString() : day).slice(0, 10)}T00:00:00.000Z`;

/** Maps a counted source row to the API shape; first and last seen are the UTC days of the first and last quote. */
export function toSourceListItem(r: SourceCountRow): SourceListItem {
  return {
    ...toSource(r),
    aliases: [...new Set([...r.aliases, ...(r.member_names ?? [])])].filter((a) => a !== r.name).sort(),
    quoteCount: Number(r.quote_count),
    articleCount: Number(r.article_count),
    firstSeen: dayIso(r.first_day),
    lastSeen: dayIso(r.last_day),
  };
}

/** The SELECT of sources with counts from the day-count table; `where` filters the sources. */
export function sourcesWithCounts(where: ReturnType<typeof sql>) {
  return sql`SELECT s.id, s.name, s.kind, s.roles, s.aliases, s.descriptor, s.wikidata_id,
      (SELECT jsonb_agg(DISTINCT m.name) FROM sources m WHERE m.merged_into_id = s.id) AS member_names,
      coalesce(a.quote_count, 0)::int AS quote_count,
      (SELECT count(DISTINCT q.article_id)::int FROM quotes q WHERE q.source_id = s.id) AS article_count,
      a.first_day, a.last_day
    FROM sources s
    LEFT JOIN (
      SELECT source_id, sum(count) AS quote_count,
        min(day) FILTER (WHERE count > 0) AS first_day, max(day) FILTER (WHERE count > 0) AS last_day
      FROM source_day_counts GROUP BY source_id
    ) a ON a.source_id = s.id
    WHERE s.merged_into_id IS NULL AND ${where}`;
}

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * sources.list: search by name or alias, filter by kind, most quoted or most recently seen first.
 * Pages by offset (in an opaque cursor) because the sort keys are aggregates.
 */
export async function listSources(
  db: Db,
  input: SourceFilters & { limit: number; cursor?: string | null | undefined },
): Promise<SourcePage> {
  const offset = decodeOffsetCursor(input.cursor);
  const conditions = [sql`TRUE`];
  if (input.q)
    conditions.push(sql`(lower(s.name) LIKE ${likePattern(input.q)} OR lower(s.aliases::text) LIKE ${likePattern(input.q)}
      OR EXISTS (SELECT 1 FROM sources m WHERE m.merged_into_id = s.id AND lower(m.name) LIKE ${likePattern(input.q)}))`);
  if (input.sourceKinds?.length)
    conditions.push(
      sql`s.kind IN (${sql.join(
        input.sourceKinds.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  const order =
    input.sort === 'lastSeen' ? sql`last_day DESC NULLS LAST, quote_count DESC, id` : sql`quote_count DESC, last_day DESC NULLS LAST, id`;
  const result = await rows<SourceCountRow>(
    db,
    sql`${sourcesWithCounts(sql.join(conditions, sql` AND `))} ORDER BY ${order} LIMIT ${input.limit + 1} OFFSET ${offset}`,
  );
  return {
    items: result.slice(0, input.limit).map(toSourceListItem),
    nextCursor: result.length > input.limit ? encodeCursor([offset + input.limit, 'offset']) : null,
  };
}
