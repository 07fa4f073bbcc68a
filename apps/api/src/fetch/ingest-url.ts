import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { IngestUrlResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { EnvSchema } from '../env';
import { ingestArticle } from '../ingest/ingest-article';
import type { ParsePool } from '../ingest/parse-pool';
import { storedCounts } from './stored-counts';
import { extractArticle, NotAnArticleError, toArticleInput } from './extract-article';
import { DEFAULT_FETCH_OPTIONS, fetchPage, type FetchPageOptions } from './fetch-page';
import { FetchPageError } from './fetch-page-error';

/** The fetch limits the server runs with: the defaults, private addresses only with CLAIMLINE_FETCH_ALLOW_PRIVATE=1. */
export function fetchOptionsFromEnv(source: Record<string, string | undefined> = process.env): FetchPageOptions {
  const allow = EnvSchema.shape.CLAIMLINE_FETCH_ALLOW_PRIVATE.parse(source.CLAIMLINE_FETCH_ALLOW_PRIVATE);
  return { ...DEFAULT_FETCH_OPTIONS, allowPrivate: allow === '1' };
}

/** The article already stored from this link (as given, or as the page's canonical link), with its counts. */
async function storedFrom(db: Db, url: string): Promise<IngestUrlResult | null> {
  const [row] = await db
    .select({ id: articles.id, title: articles.title, url: articles.url })
    .from(articles)
    .where(eq(articles.url, url))
    .limit(1);
  if (!row) return null;
  const counts = await storedCounts(db, row.id);
  return { articleId: row.id, status: 'existing', ...counts, url: row.url ?? url, title: row.title };
}

/**
 * articles.ingestUrl: fetches the page (fetchPage's limits), extracts the article (Readability)
 * and ingests it with its title, authors, date, outlet and canonical link. A link already stored,
 * as given or as its canonical link, answers that article without fetching it again.
 */
export async function ingestUrl(
  deps: { db: Db; parser: ParsePool },
  url: string,
  options = fetchOptionsFromEnv(),
): Promise<IngestUrlResult> {
  const known = await storedFrom(deps.db, url);
  if (known) return known;
  let input;
  try {
    const page = await fetchPage(url, options);
    input = toArticleInput(extractArticle(page.html, page.url));
  } catch (error) {
    if (error instanceof FetchPageError) throw new TRPCError({ code: error.code, message: error.message });
    if (error instanceof NotAnArticleError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    throw error;
  }
  const canonical = input.url ?? url;
  const knownCanonical = canonical === url ? null : await storedFrom(deps.db, canonical);
  if (knownCanonical) return knownCanonical;
  const result = await ingestArticle(deps, { ...input, url: canonical });
  return { ...result, url: canonical, title: input.title ?? null };
}
