-- Keeps source_day_counts equal to the quotes grouped by (source, UTC day, outlet, kind), inside the
-- writing transaction. Statement-level triggers with transition tables do one grouped upsert per
-- statement instead of one per row; ORDER BY keeps the row-lock order stable so concurrent writers
-- on PostgreSQL do not deadlock. Rows that fall to 0 stay (readers sum counts, so they are harmless).
CREATE FUNCTION claimline_quotes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_quotes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_quotes_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, -count(*)::integer
  FROM old_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  INSERT INTO source_day_counts AS c (source_id, day, outlet, kind, count)
  SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, count(*)::integer
  FROM new_quotes WHERE source_id IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (source_id, day, outlet, kind) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes
  REFERENCING NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_quotes_inserted();
--> statement-breakpoint
CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes
  REFERENCING OLD TABLE AS old_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_quotes_deleted();
--> statement-breakpoint
CREATE TRIGGER quotes_count_update AFTER UPDATE ON quotes
  REFERENCING OLD TABLE AS old_quotes NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_quotes_updated();
