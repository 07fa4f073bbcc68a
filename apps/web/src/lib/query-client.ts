import { QueryClient } from '@tanstack/react-query';

/** A QueryClient with the app's defaults: data fresh for 30 s, one retry, no refetch on window focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
