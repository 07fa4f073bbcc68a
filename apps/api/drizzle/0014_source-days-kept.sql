-- source_days (0013) is kept like the other quote rollups, in the same statement per transition
-- table: claimline_quote_rollups_sql (0011) again, with one more upsert (sdays). The triggers call
-- it by name, so they pick it up unchanged.
CREATE OR REPLACE FUNCTION claimline_quote_rollups_sql(rel text, sign int) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH q AS MATERIALIZED (SELECT source_id, article_id, (time_at AT TIME ZONE 'UTC')::date AS day, coalesce(outlet, '') AS outlet, kind FROM %1$I),
days AS (
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, day, outlet, kind, %2$s * count(*)::int FROM q WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count RETURNING 1),
sdays AS (
  INSERT INTO source_days AS c (source_id, day, count)
  SELECT source_id, day, %2$s * count(*)::int FROM q WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, day) DO UPDATE SET count = c.count + excluded.count RETURNING 1),
months AS (
  INSERT INTO source_month_counts AS c (source_id, month, count)
  SELECT source_id, date_trunc('month', day)::date, %2$s * count(*)::int FROM q WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, month) DO UPDATE SET count = c.count + excluded.count RETURNING 1),
pairs AS MATERIALIZED (
  SELECT source_id, article_id, %2$s * count(*)::int AS n FROM q WHERE source_id IS NOT NULL GROUP BY 1, 2),
arts AS (
  INSERT INTO source_articles AS c (source_id, article_id, count)
  SELECT source_id, article_id, n FROM pairs ORDER BY 1, 2
  ON CONFLICT (source_id, article_id) DO UPDATE SET count = c.count + excluded.count
  RETURNING c.source_id, c.article_id, c.count),
crossed AS (
  SELECT a.source_id,
    sum(CASE WHEN a.count > 0 AND a.count - p.n <= 0 THEN 1 WHEN a.count <= 0 AND a.count - p.n > 0 THEN -1 ELSE 0 END)::int AS articles
  FROM arts a JOIN pairs p USING (source_id, article_id) GROUP BY 1),
totals AS (
  INSERT INTO source_totals AS c (source_id, count, articles)
  SELECT p.source_id, sum(p.n)::int, coalesce(max(x.articles), 0) FROM pairs p LEFT JOIN crossed x USING (source_id)
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count, articles = c.articles + excluded.articles RETURNING 1),
outlets AS (
  INSERT INTO outlet_counts AS c (outlet, articles, quotes)
  SELECT outlet, 0, %2$s * count(*)::int FROM q GROUP BY 1 ORDER BY 1
  ON CONFLICT (outlet) DO UPDATE SET quotes = c.quotes + excluded.quotes RETURNING 1)
SELECT (SELECT count(*) FROM days) + (SELECT count(*) FROM sdays) + (SELECT count(*) FROM months) + (SELECT count(*) FROM totals) + (SELECT count(*) FROM outlets)
$q$, rel, sign)
$f$;
--> statement-breakpoint
INSERT INTO source_days (source_id, day, count)
SELECT source_id, day, sum(count)::int FROM source_day_counts GROUP BY 1, 2;
