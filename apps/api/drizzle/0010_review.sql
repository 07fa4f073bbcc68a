ALTER TABLE "quote_corrections" ADD COLUMN "review_status" text;--> statement-breakpoint
ALTER TABLE "quote_corrections" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "quote_corrections" ADD COLUMN "tags" jsonb;--> statement-breakpoint
CREATE INDEX "quotes_confidence_idx" ON "quotes" USING btree ("confidence","id");