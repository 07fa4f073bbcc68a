CREATE TABLE "source_aliases" (
	"alias" text NOT NULL,
	"source_id" text NOT NULL,
	"origin" text NOT NULL,
	"merge_id" text,
	CONSTRAINT "source_aliases_alias_source_id_pk" PRIMARY KEY("alias","source_id")
);
--> statement-breakpoint
CREATE TABLE "source_distinct" (
	"a_id" text NOT NULL,
	"b_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_distinct_a_id_b_id_pk" PRIMARY KEY("a_id","b_id")
);
--> statement-breakpoint
CREATE TABLE "source_merges" (
	"id" text PRIMARY KEY NOT NULL,
	"into_id" text NOT NULL,
	"merged_ids" jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "origin_source_id" text;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "via_origin_id" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "link_kind" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "block" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "name_form" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "reference" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "wikidata_id" text;--> statement-breakpoint
CREATE INDEX "source_aliases_source_idx" ON "source_aliases" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "source_distinct_b_idx" ON "source_distinct" USING btree ("b_id");--> statement-breakpoint
CREATE INDEX "source_merges_into_idx" ON "source_merges" USING btree ("into_id","created_at");--> statement-breakpoint
CREATE INDEX "quotes_origin_idx" ON "quotes" USING btree ("origin_source_id");--> statement-breakpoint
CREATE INDEX "quotes_via_origin_idx" ON "quotes" USING btree ("via_origin_id") WHERE "quotes"."via_origin_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sources_block_idx" ON "sources" USING btree ("block");--> statement-breakpoint
-- Quotes stored before this migration: the record they point at is the best origin there is.
UPDATE "quotes" SET "origin_source_id" = "source_id", "via_origin_id" = "via_source_id";
