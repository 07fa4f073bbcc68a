CREATE TABLE "claim_bands" (
	"band" text NOT NULL,
	"text_key" text NOT NULL,
	CONSTRAINT "claim_bands_band_text_key_pk" PRIMARY KEY("band","text_key")
);
--> statement-breakpoint
CREATE TABLE "claim_outlets" (
	"claim_id" text NOT NULL,
	"outlet" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "claim_outlets_claim_id_outlet_pk" PRIMARY KEY("claim_id","outlet")
);
--> statement-breakpoint
CREATE TABLE "claim_texts" (
	"text_key" text PRIMARY KEY NOT NULL,
	"claim_key" text NOT NULL,
	"words" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_key" text NOT NULL,
	"source_id" text NOT NULL,
	"appearances" integer NOT NULL,
	"outlets" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"first_quote_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "claim_key" text;--> statement-breakpoint
CREATE INDEX "claims_recent_idx" ON "claims" USING btree ("last_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "claims_spread_idx" ON "claims" USING btree ("outlets" DESC NULLS FIRST,"last_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "claims_source_idx" ON "claims" USING btree ("source_id","last_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "quotes_claim_idx" ON "quotes" USING btree ("claim_key","source_id","time_at","id") WHERE "quotes"."claim_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "quotes_claim_missing_idx" ON "quotes" USING btree ("id") WHERE "quotes"."claim_key" IS NULL;--> statement-breakpoint
-- The claims rollup follows every write to quotes in the writing transaction, like the day counts:
-- statement-level triggers hand each statement's rows to claimline_claims_add / _remove as arrays.
-- Counts move by deltas under row locks (concurrent ingests of one claim add up); outlets count the
-- claim_outlets rows that exist; first and last seen are recomputed through quotes_claim_idx only
-- for claims that lost an appearance.
CREATE FUNCTION claimline_claims_add(keys text[], srcs text[], outs text[], times timestamptz[], ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO claims AS c (id, claim_key, source_id, appearances, outlets, first_at, last_at, first_quote_id)
  SELECT k || '.' || s, k, s, count(*)::integer, 0, min(t), max(t), (array_agg(i ORDER BY t, i))[1]
  FROM unnest(keys, srcs, times, ids) AS x(k, s, t, i)
  GROUP BY k, s ORDER BY 1
  ON CONFLICT (id) DO UPDATE SET
    appearances = c.appearances + excluded.appearances,
    first_quote_id = CASE WHEN (excluded.first_at, excluded.first_quote_id) < (c.first_at, c.first_quote_id) THEN excluded.first_quote_id ELSE c.first_quote_id END,
    first_at = least(c.first_at, excluded.first_at),
    last_at = greatest(c.last_at, excluded.last_at);
  WITH up AS (
    INSERT INTO claim_outlets AS c (claim_id, outlet, count)
    SELECT k || '.' || s, o, count(*)::integer
    FROM unnest(keys, srcs, outs) AS x(k, s, o) WHERE o IS NOT NULL AND o <> ''
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (claim_id, outlet) DO UPDATE SET count = c.count + excluded.count
    RETURNING claim_id, (xmax = 0) AS fresh
  )
  UPDATE claims c SET outlets = c.outlets + f.n
  FROM (SELECT claim_id, count(*)::integer AS n FROM up WHERE fresh GROUP BY 1) f
  WHERE c.id = f.claim_id;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_claims_remove(keys text[], srcs text[], outs text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE claims c SET appearances = c.appearances - t.n
  FROM (SELECT k || '.' || s AS id, count(*)::integer AS n FROM unnest(keys, srcs) AS x(k, s) GROUP BY 1 ORDER BY 1) t
  WHERE c.id = t.id;
  WITH down AS (
    UPDATE claim_outlets c SET count = c.count - d.n
    FROM (SELECT k || '.' || s AS claim_id, o, count(*)::integer AS n FROM unnest(keys, srcs, outs) AS x(k, s, o)
          WHERE o IS NOT NULL AND o <> '' GROUP BY 1, 2) d
    WHERE c.claim_id = d.claim_id AND c.outlet = d.o
    RETURNING c.claim_id, c.count
  )
  UPDATE claims c SET outlets = c.outlets - g.n
  FROM (SELECT claim_id, count(*)::integer AS n FROM down WHERE count <= 0 GROUP BY 1) g
  WHERE c.id = g.claim_id;
  DELETE FROM claim_outlets c
  USING (SELECT DISTINCT k || '.' || s AS id FROM unnest(keys, srcs) AS x(k, s)) t
  WHERE c.claim_id = t.id AND c.count <= 0;
  DELETE FROM claims c
  USING (SELECT DISTINCT k || '.' || s AS id FROM unnest(keys, srcs) AS x(k, s)) t
  WHERE c.id = t.id AND c.appearances <= 0;
  UPDATE claims c SET first_at = f.time_at, first_quote_id = f.id, last_at = l.time_at
  FROM (SELECT DISTINCT k, s FROM unnest(keys, srcs) AS x(k, s)) t
  CROSS JOIN LATERAL (SELECT q.id, q.time_at FROM quotes q WHERE q.claim_key = t.k AND q.source_id = t.s
                      ORDER BY q.time_at, q.id LIMIT 1) f
  CROSS JOIN LATERAL (SELECT q.time_at FROM quotes q WHERE q.claim_key = t.k AND q.source_id = t.s
                      ORDER BY q.time_at DESC, q.id DESC LIMIT 1) l
  WHERE c.id = t.k || '.' || t.s;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_claims_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claimline_claims_add(array_agg(claim_key), array_agg(source_id), array_agg(outlet), array_agg(time_at), array_agg(id))
  FROM new_quotes WHERE claim_key IS NOT NULL AND source_id IS NOT NULL HAVING count(*) > 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claimline_claims_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claimline_claims_remove(array_agg(claim_key), array_agg(source_id), array_agg(outlet))
  FROM old_quotes WHERE claim_key IS NOT NULL AND source_id IS NOT NULL HAVING count(*) > 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A merge, a correction or the claim-key backfill moves a quote from one claim to another: removed
-- from the old, added to the new. Rows whose claim did not change are left alone.
CREATE FUNCTION claimline_claims_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claimline_claims_remove(array_agg(o.claim_key), array_agg(o.source_id), array_agg(o.outlet))
  FROM old_quotes o JOIN new_quotes n ON n.id = o.id
  WHERE o.claim_key IS NOT NULL AND o.source_id IS NOT NULL
    AND (o.claim_key, o.source_id, o.outlet, o.time_at) IS DISTINCT FROM (n.claim_key, n.source_id, n.outlet, n.time_at)
  HAVING count(*) > 0;
  PERFORM claimline_claims_add(array_agg(n.claim_key), array_agg(n.source_id), array_agg(n.outlet), array_agg(n.time_at), array_agg(n.id))
  FROM old_quotes o JOIN new_quotes n ON n.id = o.id
  WHERE n.claim_key IS NOT NULL AND n.source_id IS NOT NULL
    AND (o.claim_key, o.source_id, o.outlet, o.time_at) IS DISTINCT FROM (n.claim_key, n.source_id, n.outlet, n.time_at)
  HAVING count(*) > 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER quotes_claims_insert AFTER INSERT ON quotes
  REFERENCING NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_claims_inserted();
--> statement-breakpoint
CREATE TRIGGER quotes_claims_delete AFTER DELETE ON quotes
  REFERENCING OLD TABLE AS old_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_claims_deleted();
--> statement-breakpoint
CREATE TRIGGER quotes_claims_update AFTER UPDATE ON quotes
  REFERENCING OLD TABLE AS old_quotes NEW TABLE AS new_quotes FOR EACH STATEMENT EXECUTE FUNCTION claimline_claims_updated();
