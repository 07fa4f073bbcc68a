import { sql, type SQL } from 'drizzle-orm';
import type { ReviewFilters } from '@claimline/schema';

// A review lives on the quote's correction row (article, span), which reparses keep and move with
// the quote; quotes carry no copy of it, so ingest writes nothing for it.
const correctionOf = sql`quote_corrections.article_id = quotes.article_id AND quote_corrections.span_start = quotes.span_start AND quote_corrections.span_end = quotes.span_end`;

/** The WHERE conditions on `quotes` for the review filters: any of the statuses (unreviewed: none set), any of the tags. */
export function reviewFilterSql(f: ReviewFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.statuses?.length) {
    const set = f.statuses.filter((s) => s !== 'unreviewed');
    const reviewed = set.length
      ? sql`EXISTS (SELECT 1 FROM quote_corrections WHERE ${correctionOf} AND quote_corrections.review_status IN (SELECT jsonb_array_elements_text(${JSON.stringify(set)}::jsonb)))`
      : undefined;
    const unreviewed = f.statuses.includes('unreviewed') ? unreviewedSql() : undefined;
    conditions.push(reviewed && unreviewed ? sql`(${reviewed} OR ${unreviewed})` : (reviewed ?? unreviewed ?? sql`true`));
  }
  if (f.tags?.length) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM quote_corrections WHERE ${correctionOf} AND quote_corrections.tags ?| ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(f.tags)}::jsonb)))`,
    );
  }
  return conditions.length ? sql.join(conditions, sql` AND `) : undefined;
}

/** Quotes no analyst has given a status yet. */
export function unreviewedSql(): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM quote_corrections WHERE ${correctionOf} AND quote_corrections.review_status IS NOT NULL AND quote_corrections.review_status <> 'unreviewed')`;
}

/** The review columns a read joins in: `LEFT JOIN quote_corrections` on the quote's article and span. */
export const reviewJoin = sql`LEFT JOIN quote_corrections ON ${correctionOf}`;
