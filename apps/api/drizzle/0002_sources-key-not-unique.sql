DROP INDEX "sources_key_key";--> statement-breakpoint
CREATE INDEX "sources_key_idx" ON "sources" USING btree ("key");