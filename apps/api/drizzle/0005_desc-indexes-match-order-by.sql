DROP INDEX "articles_sort_idx";--> statement-breakpoint
DROP INDEX "articles_outlet_idx";--> statement-breakpoint
DROP INDEX "quotes_time_idx";--> statement-breakpoint
DROP INDEX "quotes_source_time_idx";--> statement-breakpoint
DROP INDEX "source_totals_count_idx";--> statement-breakpoint
CREATE INDEX "articles_sort_idx" ON "articles" USING btree ("sort_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet","sort_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "quotes_time_idx" ON "quotes" USING btree ("time_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "quotes_source_time_idx" ON "quotes" USING btree ("source_id","time_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "source_totals_count_idx" ON "source_totals" USING btree ("count" DESC NULLS FIRST,"source_id");