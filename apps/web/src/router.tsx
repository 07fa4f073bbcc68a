import type { AppRouter } from '@claimline/api';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, type RouterHistory } from '@tanstack/react-router';
import { parseArticleSearch } from './features/article/article-search';
import { parseArticlesSearch } from './features/articles/articles-search';
import { parseClaimsSearch } from './features/claims/claims-search';
import { RootLayout, NotFound } from './features/layout/root-layout';
import { OverviewPage } from './features/overview/overview-page';
import { inViewInput, parseOverviewSearch, pickedInput, timelineInput } from './features/overview/overview-search';
import { parseQuotesSearch } from './features/quotes/quotes-search';
import { parseSpeakersSearch } from './features/speakers/speakers-search';
import { parseSearch, stringifySearch } from './lib/search-params';
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { TRPCClient } from '@trpc/client';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient; trpc: TRPCOptionsProxy<AppRouter> }>()({
  component: RootLayout,
  notFoundComponent: NotFound,
});

// The overview is the landing page and stays in the main bundle; every other view loads on first visit.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: parseOverviewSearch,
  loaderDeps: ({ search }) => ({ top: timelineInput(search), picked: pickedInput(search), inView: inViewInput(search) }),
  // Start the chart's data as soon as the URL is known, before the page renders; not awaited, so the
  // page shows its loading state instead of blocking navigation.
  loader: ({ context, deps }) => {
    const { queryClient, trpc } = context;
    void queryClient.prefetchQuery(trpc.stats.overview.queryOptions());
    if (deps.top) void queryClient.prefetchQuery(trpc.stats.timeline.queryOptions(deps.top));
    if (deps.picked) void queryClient.prefetchQuery(trpc.stats.timeline.queryOptions(deps.picked));
    void queryClient.prefetchQuery(trpc.stats.inView.queryOptions(deps.inView));
  },
  component: OverviewPage,
});

const speakersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers',
  validateSearch: parseSpeakersSearch,
  component: lazyRouteComponent(() => import('./features/speakers/speakers-page'), 'SpeakersPage'),
});

const speakerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/speakers/$id',
  component: lazyRouteComponent(() => import('./features/speakers/speaker-page'), 'SpeakerPage'),
});

const articlesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles',
  validateSearch: parseArticlesSearch,
  component: lazyRouteComponent(() => import('./features/articles/articles-page'), 'ArticlesPage'),
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$id',
  validateSearch: parseArticleSearch,
  component: lazyRouteComponent(() => import('./features/article/article-page'), 'ArticlePage'),
});

const quotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  validateSearch: parseQuotesSearch,
  component: lazyRouteComponent(() => import('./features/quotes/quotes-page'), 'QuotesPage'),
});

const claimsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/claims',
  validateSearch: parseClaimsSearch,
  component: lazyRouteComponent(() => import('./features/claims/claims-page'), 'ClaimsPage'),
});

const claimRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/claims/$id',
  component: lazyRouteComponent(() => import('./features/claims/claim-page'), 'ClaimPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review',
  component: lazyRouteComponent(() => import('./features/review/review-page'), 'ReviewPage'),
});

const addRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/add',
  component: lazyRouteComponent(() => import('./features/add/add-page'), 'AddPage'),
});

const feedsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/feeds',
  component: lazyRouteComponent(() => import('./features/feeds/feeds-page'), 'FeedsPage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  speakersRoute,
  speakerRoute,
  articlesRoute,
  articleRoute,
  quotesRoute,
  claimsRoute,
  claimRoute,
  reviewRoute,
  addRoute,
  feedsRoute,
]);

/** The app's router; `history` lets tests start at any URL (memory history). */
export function createAppRouter(queryClient: QueryClient, trpcClient: TRPCClient<AppRouter>, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient, trpc: createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }) },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
    ...(history ? { history } : {}),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface HistoryState {
    /** The title of an article just deleted, which the articles list confirms once. */
    deletedTitle?: string;
  }
}
