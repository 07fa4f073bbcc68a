/**
 * The Claimline API router. The web app and @claimline/client import only `type AppRouter` from here.
 *
 * @example
 * import { createTRPCClient, httpBatchLink } from '@trpc/client';
 * import type { AppRouter } from '@claimline/api';
 * const api = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: 'http://127.0.0.1:3000/trpc' })] });
 * await api.articles.ingest.mutate({ text: 'Peskov said Russia is "open to dialogue".' });
 */
import { router } from '../trpc';
import { articlesRouter } from './articles';
import { claimsRouter } from './claims';
import { feedsRouter } from './feeds';
import { health } from './health';
import { quotesRouter } from './quotes';
import { savedSearchesRouter } from './saved-searches';
import { sourcesRouter } from './sources';
import { statsRouter } from './stats';

/** Every procedure the API serves at /trpc. */
export const appRouter = router({
  health,
  articles: articlesRouter,
  sources: sourcesRouter,
  quotes: quotesRouter,
  claims: claimsRouter,
  stats: statsRouter,
  feeds: feedsRouter,
  savedSearches: savedSearchesRouter,
});

/** The router's type: what typed clients are built from. */
export type AppRouter = typeof appRouter;
