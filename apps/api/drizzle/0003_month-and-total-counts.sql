CREATE TABLE "source_month_counts" (
	"source_id" text NOT NULL,
	"month" date NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_month_counts_source_id_month_pk" PRIMARY KEY("source_id","month")
);
--> statement-breakpoint
CREATE TABLE "source_totals" (
	"source_id" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "source_totals_count_idx" ON "source_totals" USING btree ("count" DESC NULLS LAST,"source_id");