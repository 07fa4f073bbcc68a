CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"text" text NOT NULL,
	"title" text,
	"outlet" text,
	"url" text,
	"authors" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"dateline" jsonb,
	"language" text NOT NULL,
	"removed" jsonb NOT NULL,
	"parser_version" text NOT NULL,
	"ingested_at" timestamp with time zone NOT NULL,
	"raw" text NOT NULL,
	"input" jsonb NOT NULL,
	"sort_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', left(coalesce("articles"."title", '') || ' ' || "articles"."text", 100000))) STORED
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_corrections" (
	"article_id" text NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"set_source" boolean DEFAULT false NOT NULL,
	"source_id" text,
	"kind" text,
	"not_a_quote" boolean DEFAULT false NOT NULL,
	CONSTRAINT "quote_corrections_article_id_span_start_span_end_pk" PRIMARY KEY("article_id","span_start","span_end")
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"source_id" text,
	"via_source_id" text,
	"text" text NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"kind" text NOT NULL,
	"cue" jsonb,
	"speaker" jsonb,
	"confidence" real NOT NULL,
	"time_at" timestamp with time zone NOT NULL,
	"time_basis" text NOT NULL,
	"outlet" text,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', left("quotes"."text", 100000))) STORED
);
--> statement-breakpoint
CREATE TABLE "source_day_counts" (
	"source_id" text NOT NULL,
	"day" date NOT NULL,
	"outlet" text NOT NULL,
	"kind" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_day_counts_source_id_day_outlet_kind_pk" PRIMARY KEY("source_id","day","outlet","kind")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"roles" jsonb NOT NULL,
	"aliases" jsonb NOT NULL,
	"descriptor" text,
	"merged_into_id" text,
	"edited" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quote_corrections" ADD CONSTRAINT "quote_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_corrections" ADD CONSTRAINT "quote_corrections_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_via_source_id_sources_id_fk" FOREIGN KEY ("via_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_sort_idx" ON "articles" USING btree ("sort_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet","sort_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_article_span_key" ON "quotes" USING btree ("article_id","span_start","span_end");--> statement-breakpoint
CREATE INDEX "quotes_time_idx" ON "quotes" USING btree ("time_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "quotes_source_time_idx" ON "quotes" USING btree ("source_id","time_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "quotes_via_idx" ON "quotes" USING btree ("via_source_id");--> statement-breakpoint
CREATE INDEX "quotes_search_idx" ON "quotes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "source_day_counts_day_idx" ON "source_day_counts" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_key_key" ON "sources" USING btree ("key");--> statement-breakpoint
CREATE INDEX "sources_merged_into_idx" ON "sources" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "sources_name_lower_idx" ON "sources" USING btree (lower("name"));