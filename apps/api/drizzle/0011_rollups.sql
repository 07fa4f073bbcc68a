CREATE TABLE "outlet_counts" (
	"outlet" text PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL,
	"quotes" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_articles" (
	"source_id" text NOT NULL,
	"article_id" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_articles_source_id_article_id_pk" PRIMARY KEY("source_id","article_id")
);
--> statement-breakpoint
ALTER TABLE "source_totals" ADD COLUMN "articles" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- One statement keeps every quote rollup for one transition table (`rel`, counted with `sign`): per
-- source, day, outlet and kind; per source and month; per source and article; per source (quotes,
-- and articles: a source_articles row crossing zero moves it, its old value being its new one less
-- the delta, read under the row lock the upsert holds); per outlet. Built as text because a
-- transition table is only visible to the trigger's own statements (EXECUTE runs there); ORDER BY
-- keeps each table's row-lock order stable so concurrent writers do not deadlock.
CREATE FUNCTION claimline_quote_rollups_sql(rel text, sign int) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
WITH q AS MATERIALIZED (SELECT source_id, article_id, (time_at AT TIME ZONE 'UTC')::date AS day, coalesce(outlet, '') AS outlet, kind FROM %1$I),
days AS (
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, day, outlet, kind, %2$s * count(*)::int FROM q WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count RETURNING 1),
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
SELECT (SELECT count(*) FROM days) + (SELECT count(*) FROM months) + (SELECT count(*) FROM totals) + (SELECT count(*) FROM outlets)
$q$, rel, sign)
$f$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimline_quotes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE claimline_quote_rollups_sql('new_quotes', 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimline_quotes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE claimline_quote_rollups_sql('old_quotes', -1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimline_quotes_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE claimline_quote_rollups_sql('old_quotes', -1);
  EXECUTE claimline_quote_rollups_sql('new_quotes', 1);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_articles_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO outlet_counts AS c (outlet, articles, quotes)
    SELECT coalesce(outlet, ''), -count(*)::int, 0 FROM old_articles GROUP BY 1 ORDER BY 1
    ON CONFLICT (outlet) DO UPDATE SET articles = c.articles + excluded.articles;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO outlet_counts AS c (outlet, articles, quotes)
    SELECT coalesce(outlet, ''), count(*)::int, 0 FROM new_articles GROUP BY 1 ORDER BY 1
    ON CONFLICT (outlet) DO UPDATE SET articles = c.articles + excluded.articles;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION claimline_articles_counted();
--> statement-breakpoint
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS old_articles FOR EACH STATEMENT EXECUTE FUNCTION claimline_articles_counted();
--> statement-breakpoint
-- A reparse updates its article row: the old and new rows cancel out unless the outlet changed.
CREATE TRIGGER articles_count_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_articles NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION claimline_articles_counted();
--> statement-breakpoint
INSERT INTO source_articles (source_id, article_id, count)
SELECT source_id, article_id, count(*)::int FROM quotes WHERE source_id IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
UPDATE source_totals t SET articles = a.n FROM (SELECT source_id, count(*)::int AS n FROM source_articles GROUP BY 1) a WHERE a.source_id = t.source_id;
--> statement-breakpoint
INSERT INTO outlet_counts (outlet, articles, quotes)
SELECT outlet, sum(a)::int, sum(q)::int FROM (
  SELECT coalesce(outlet, '') AS outlet, count(*) AS a, 0 AS q FROM articles GROUP BY 1
  UNION ALL SELECT coalesce(outlet, ''), 0, count(*) FROM quotes GROUP BY 1
) x GROUP BY 1;
