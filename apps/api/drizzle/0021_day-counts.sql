CREATE TABLE "day_counts" (
	"day" date NOT NULL,
	"outlet" text NOT NULL,
	"kind" text NOT NULL,
	"attributed" boolean NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "day_counts_day_outlet_kind_attributed_pk" PRIMARY KEY("day","outlet","kind","attributed")
);
--> statement-breakpoint
-- Quotes per UTC day, outlet and kind, with a speaker or without (day_counts), kept like the other
-- quote rollups in the same statement per transition table: stats.inView with no speaker filter (the
-- overview's default view) summed source_day_counts whole, a Parallel Seq Scan of every source's
-- days, and counted the quotes with no speaker on quotes_source_time_idx. The rows are upserted in
-- key order; they refine outlet_counts' row an outlet, so two writers that meet on one of them meet
-- on that outlet's row in the same statement anyway. claimline_quote_rollups_sql (0017) again with
-- one more upsert (alldays); the triggers call it by name.
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
deltas AS MATERIALIZED (
  SELECT p.source_id, sum(p.n)::int AS n, coalesce(max(x.articles), 0) AS articles FROM pairs p LEFT JOIN crossed x USING (source_id)
  GROUP BY 1),
totals AS (
  INSERT INTO source_totals AS c (source_id, count, articles)
  SELECT source_id, n, articles FROM deltas ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count, articles = c.articles + excluded.articles
  RETURNING c.source_id, c.count),
quoted AS (
  INSERT INTO counters AS c (name, value)
  SELECT 'sources', n FROM (
    SELECT sum(CASE WHEN t.count > 0 AND t.count - d.n <= 0 THEN 1 WHEN t.count <= 0 AND t.count - d.n > 0 THEN -1 ELSE 0 END)::int AS n
    FROM totals t JOIN deltas d USING (source_id)) m
  WHERE n <> 0
  ON CONFLICT (name) DO UPDATE SET value = c.value + excluded.value RETURNING 1),
alldays AS (
  INSERT INTO day_counts AS c (day, outlet, kind, attributed, count)
  SELECT day, outlet, kind, source_id IS NOT NULL, %2$s * count(*)::int FROM q
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, outlet, kind, attributed) DO UPDATE SET count = c.count + excluded.count RETURNING 1),
outlets AS (
  INSERT INTO outlet_counts AS c (outlet, articles, quotes)
  SELECT outlet, 0, %2$s * count(*)::int FROM q GROUP BY 1 ORDER BY 1
  ON CONFLICT (outlet) DO UPDATE SET quotes = c.quotes + excluded.quotes RETURNING 1)
SELECT (SELECT count(*) FROM days) + (SELECT count(*) FROM sdays) + (SELECT count(*) FROM months) + (SELECT count(*) FROM totals) + (SELECT count(*) FROM quoted)
  + (SELECT count(*) FROM alldays) + (SELECT count(*) FROM outlets)
$q$, rel, sign)
$f$;
--> statement-breakpoint
INSERT INTO day_counts (day, outlet, kind, attributed, count)
SELECT (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, source_id IS NOT NULL, count(*)::int FROM quotes GROUP BY 1, 2, 3, 4;
