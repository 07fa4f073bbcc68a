-- A list page reads, for each of its 50 rows, the sentence around the quote from `articles.text`.
-- With the article's raw text, search vector and input beside it, a row passed the 2 kB TOAST
-- threshold and `text` (899 bytes on average in the ten-million bench store) was moved out of line:
-- each row of a quotes.list page then read the TOAST index and a TOAST page (180 of a page's 650
-- buffers, 86 reads cold). MAIN keeps it in the row unless it does not fit even after the other
-- columns have gone out of line. Rows already stored keep their layout until rewritten
-- (`VACUUM FULL articles`).
ALTER TABLE "articles" ALTER COLUMN "text" SET STORAGE MAIN;--> statement-breakpoint
-- claims.list of one speaker, most outlets first: the page's claim columns in the index itself, so
-- the page is an Index Only Scan (12 reads cold at ten million claims, where the heap cost one
-- random page a claim, 55 reads). IF NOT EXISTS: built by hand CONCURRENTLY on a large store.
CREATE INDEX IF NOT EXISTS "claims_source_spread_cover_idx" ON "claims" USING btree ("source_id","outlets" DESC NULLS FIRST,"last_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) INCLUDE ("claim_key","appearances","first_at");--> statement-breakpoint
DROP INDEX IF EXISTS "claims_source_spread_idx";--> statement-breakpoint
-- A claim's appearances, read by claims.list (10 a claim) and by the claim triggers, always by
-- speaker and claim key: with the speaker first, the 50 claims of one speaker's page sit in a few
-- neighbouring leaves instead of one random leaf (and its parents) each. At ten million quotes, the
-- appearances of a page of one source went from 148-165 reads to 59-61 cold (55-67 ms to 17-18 ms).
-- IF NOT EXISTS: on a large store, build it by hand CONCURRENTLY first (90 s at ten million quotes).
CREATE INDEX IF NOT EXISTS "quotes_source_claim_idx" ON "quotes" USING btree ("source_id","claim_key","time_at","id") WHERE "quotes"."claim_key" IS NOT NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "quotes_claim_idx";
