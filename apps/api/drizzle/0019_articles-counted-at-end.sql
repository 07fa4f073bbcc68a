-- An ingest counts its new articles in outlet_counts itself, at the end of its transaction
-- (countArticles in src/ingest/count-articles.ts), instead of the insert trigger doing it at the article merge: the
-- upsert row-locks the outlet's row until commit, and an ingest merges its articles first, before
-- its identity blocks' locks, so that the next batch's articles and claim texts are written while
-- the previous batch still holds those locks. Under the trigger, a second batch of the same outlet
-- waited at its first statement for the whole of the first one. The ingest says so with the
-- transaction-local setting claimline.articles_counted_later = 'on'; every other insert (and every
-- delete and update) is counted here as before.
CREATE OR REPLACE FUNCTION claimline_articles_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO outlet_counts AS c (outlet, articles, quotes)
    SELECT coalesce(outlet, ''), -count(*)::int, 0 FROM old_articles GROUP BY 1 ORDER BY 1
    ON CONFLICT (outlet) DO UPDATE SET articles = c.articles + excluded.articles;
  END IF;
  IF TG_OP = 'UPDATE' OR (TG_OP = 'INSERT' AND coalesce(current_setting('claimline.articles_counted_later', true), '') <> 'on') THEN
    INSERT INTO outlet_counts AS c (outlet, articles, quotes)
    SELECT coalesce(outlet, ''), count(*)::int, 0 FROM new_articles GROUP BY 1 ORDER BY 1
    ON CONFLICT (outlet) DO UPDATE SET articles = c.articles + excluded.articles;
  END IF;
  RETURN NULL;
END $$;
