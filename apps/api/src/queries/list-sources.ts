import { sql, type SQL } from 'drizzle-orm';
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

// A source's own columns, its member names and first and last day (the two ends of its rows in the
// day-count table's primary key), given its quote and article counts as `quote_count`/`article_count`.
const sourceColumns = sql`s.id, s.name, s.kind, s.roles, s.aliases, s.descriptor, s.wikidata_id,
      (SELECT jsonb_agg(DISTINCT m.name) FROM sources m WHERE m.merged_into_id = s.id) AS member_names,
      (SELECT min(d.day) FROM source_day_counts d WHERE d.source_id = s.id AND d.count > 0) AS first_day,
      (SELECT max(d.day) FROM source_day_counts d WHERE d.source_id = s.id AND d.count > 0) AS last_day`;

/** The SELECT of sources with their counts (source_totals, kept by the quote triggers); `where` filters the sources. */
export function sourcesWithCounts(where: ReturnType<typeof sql>) {
  return sql`SELECT ${sourceColumns}, coalesce(t.count, 0)::int AS quote_count, coalesce(t.articles, 0)::int AS article_count
    FROM sources s LEFT JOIN source_totals t ON t.source_id = s.id
    WHERE s.merged_into_id IS NULL AND ${where}`;
}

/**
 * The page of sources most quoted first: walks source_totals' count index and stops at the page, so
 * it reads a page of rows at any store size. Ties on the count go by last day seen (an incremental
 * sort within one count), then id. Sources without quotes follow, by id (`quoteless`).
 */
async function mostQuoted(db: Db, where: SQL, limit: number, offset: number): Promise<SourceCountRow[]> {
  const quoted = await rows<SourceCountRow>(
    db,
    sql`SELECT ${sourceColumns}, t.count AS quote_count, t.articles AS article_count
      FROM source_totals t JOIN sources s ON s.id = t.source_id
      WHERE t.count > 0 AND s.merged_into_id IS NULL AND ${where}
      ORDER BY t.count DESC, last_day DESC NULLS LAST, s.id LIMIT ${limit} OFFSET ${offset}`,
  );
  if (quoted.length === limit) return quoted;
  // Past the quoted sources: how many there were places the page among the quoteless ones.
  const [counted] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM source_totals t JOIN sources s ON s.id = t.source_id
      WHERE t.count > 0 AND s.merged_into_id IS NULL AND ${where}`,
  );
  const quoteless = await rows<SourceCountRow>(
    db,
    sql`SELECT ${sourceColumns}, 0 AS quote_count, 0 AS article_count FROM sources s
      WHERE s.merged_into_id IS NULL AND ${where}
        AND NOT EXISTS (SELECT 1 FROM source_totals t WHERE t.source_id = s.id AND t.count > 0)
      ORDER BY s.id LIMIT ${limit - quoted.length} OFFSET ${Math.max(0, offset - Number(counted?.n ?? 0))}`,
  );
  return [...quoted, ...quoteless];
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
  const where = sql.join(conditions, sql` AND `);
  const result =
    input.sort === 'lastSeen'
      ? await rows<SourceCountRow>(
          db,
          sql`${sourcesWithCounts(where)} ORDER BY last_day DESC NULLS LAST, quote_count DESC, id LIMIT ${input.limit + 1} OFFSET ${offset}`,
        )
      : await mostQuoted(db, where, input.limit + 1, offset);
  return {
    items: result.slice(0, input.limit).map(toSourceListItem),
    nextCursor: result.length > input.limit ? encodeCursor([offset + input.limit, 'offset']) : null,
  };
}
