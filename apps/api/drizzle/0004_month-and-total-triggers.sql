-- The quote triggers now also keep per-source monthly and all-time counts (same transaction, same
-- lock order), which let stats.timeline find the top N sources without scanning every day row.
CREATE OR REPLACE FUNCTION claimline_quotes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_month_counts AS c (source_id, month, count)
  SELECT source_id, date_trunc('month', time_at AT TIME ZONE 'UTC')::date, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, month) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_totals AS c (source_id, count)
  SELECT source_id, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimline_quotes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_month_counts AS c (source_id, month, count)
  SELECT source_id, date_trunc('month', time_at AT TIME ZONE 'UTC')::date, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, month) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_totals AS c (source_id, count)
  SELECT source_id, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimline_quotes_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_month_counts AS c (source_id, month, count)
  SELECT source_id, date_trunc('month', time_at AT TIME ZONE 'UTC')::date, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, month) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_totals AS c (source_id, count)
  SELECT source_id, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_month_counts AS c (source_id, month, count)
  SELECT source_id, date_trunc('month', time_at AT TIME ZONE 'UTC')::date, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (source_id, month) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_totals AS c (source_id, count)
  SELECT source_id, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (source_id) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
INSERT INTO source_month_counts (source_id, month, count)
SELECT source_id, date_trunc('month', day)::date, sum(count)::integer FROM source_day_counts GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO source_totals (source_id, count)
SELECT source_id, sum(count)::integer FROM source_day_counts GROUP BY 1;
