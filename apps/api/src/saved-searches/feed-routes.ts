import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { QuoteListItem, SavedSearchFilters } from '@claimline/schema';
import type { Db } from '../db/client';
import { articles, quotes, savedSearches, sources } from '../db/schema';
import { toIso } from '../queries/convert';
import { fetchQuotesByIds, toQuoteListItem } from '../queries/list-quotes';
import { quoteFilterSql } from '../queries/quote-filters';
import { reviewFilterSql } from '../review/review-filters';
import { trpcError } from '../http/trpc-error';
import { atomFeed, firstWords, type AtomEntry } from './atom-feed';

/** How many quotes a feed carries: the latest by ingestion, enough for a reader polling now and then. */
export const FEED_SIZE = 50;

/** The latest quotes matching `filters` by their article's ingestion, each with that time. */
async function latestQuotes(db: Db, filters: SavedSearchFilters): Promise<{ item: QuoteListItem; ingestedAt: string }[]> {
  const page = await db
    .select({ id: quotes.id, ingestedAt: articles.ingestedAt })
    .from(quotes)
    .innerJoin(articles, eq(articles.id, quotes.articleId))
    .where(and(quoteFilterSql(filters), reviewFilterSql(filters)))
    .orderBy(desc(articles.ingestedAt), desc(quotes.id))
    .limit(FEED_SIZE);
  const rows = new Map(
    (
      await fetchQuotesByIds(
        db,
        page.map((p) => p.id),
      )
    ).map((r) => [r.quote.id, r]),
  );
  return page.flatMap((p) => {
    const row = rows.get(p.id);
    return row ? [{ item: toQuoteListItem(row), ingestedAt: toIso(p.ingestedAt) }] : [];
  });
}

/** A quote as a feed entry: "<speaker>: <first words>", linked to its sentence on the article page. */
function toEntry(origin: string, { item, ingestedAt }: { item: QuoteListItem; ingestedAt: string }): AtomEntry {
  const speaker = item.source?.name ?? 'Unattributed';
  const said = item.cue ? `${speaker} (${item.cue.text})` : speaker;
  const from = [item.article.title, item.article.outlet].filter(Boolean).join(', ');
  return {
    id: `urn:claimline:quote:${item.id}`,
    title: `${speaker}: ${firstWords(item.text)}`,
    link: `${origin}/articles/${encodeURIComponent(item.articleId)}?quote=${encodeURIComponent(item.id)}`,
    updated: ingestedAt,
    content: `${said}: ${item.text}${from ? ` (${from})` : ''}`,
  };
}

/** The web app's /quotes address for API filters: lists comma-joined, the exclusive `to` day back to the last day shown. */
export function quotesPageUrl(origin: string, filters: SavedSearchFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) params.set(key, value.map((v) => String(v).replaceAll('%', '%25').replaceAll(',', '%2C')).join(','));
    else if (key === 'to' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      params.set(key, new Date(Date.parse(`${value}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
    } else if (typeof value === 'string') params.set(key, value);
  }
  const query = params.toString();
  return `${origin}/quotes${query ? `?${query}` : ''}`;
}

const atom = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-cache' } });

const notFound = (message: string) => trpcError('NOT_FOUND', message);

/** The `<id>` part of `<id>.atom`, or undefined for any other name. */
const atomId = (file: string): string | undefined => (file.endsWith('.atom') && file.length > 5 ? file.slice(0, -5) : undefined);

/**
 * GET /feeds/searches/:id.atom and /feeds/speakers/:id.atom: the latest 50 quotes of a saved
 * search or a speaker as Atom 1.0, newest ingested first, for a feed reader to follow.
 */
export function feedRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/searches/:file', async (c) => {
    const id = atomId(c.req.param('file'));
    const [search] = id ? await db.select().from(savedSearches).where(eq(savedSearches.id, id)) : [];
    if (!search) return notFound(`no saved search ${id ?? c.req.param('file')}: take the feed link from the saved search in the web app`);
    const origin = new URL(c.req.url).origin;
    const entries = (await latestQuotes(db, search.filters)).map((q) => toEntry(origin, q));
    return atom(
      atomFeed(
        {
          id: `urn:claimline:search:${search.id}`,
          title: `Claimline: ${search.name}`,
          self: `${origin}/feeds/searches/${encodeURIComponent(search.id)}.atom`,
          alternate: quotesPageUrl(origin, search.filters),
          fallbackUpdated: toIso(search.createdAt),
        },
        entries,
      ),
    );
  });
  app.get('/speakers/:file', async (c) => {
    const id = atomId(c.req.param('file'));
    const [found] = id ? await db.select().from(sources).where(eq(sources.id, id)) : [];
    if (!found) return notFound(`no speaker ${id ?? c.req.param('file')}: take the feed link from the speaker's page in the web app`);
    // A merged record's quotes live on the survivor: follow the merge so an old feed link keeps working.
    const [speaker = found] = found.mergedIntoId ? await db.select().from(sources).where(eq(sources.id, found.mergedIntoId)) : [];
    const origin = new URL(c.req.url).origin;
    const entries = (await latestQuotes(db, { sourceIds: [speaker.id] })).map((q) => toEntry(origin, q));
    return atom(
      atomFeed(
        {
          id: `urn:claimline:speaker:${speaker.id}`,
          title: `Claimline: ${speaker.name}`,
          self: `${origin}/feeds/speakers/${encodeURIComponent(found.id)}.atom`,
          alternate: `${origin}/speakers/${encodeURIComponent(speaker.id)}`,
          fallbackUpdated: toIso(speaker.createdAt),
        },
        entries,
      ),
    );
  });
  return app;
}
