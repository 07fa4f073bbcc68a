import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { createQueryClient } from './lib/query-client';
import { TRPCProvider } from './lib/trpc';
import { createApiClient } from './lib/trpc-client';
import { createAppRouter } from './router';

/** Props for tests and embedding: a QueryClient and router history of their own. */
export interface AppProps {
  queryClient?: QueryClient;
  /** Where the tRPC endpoint is; `/trpc` on the page's origin by default. */
  apiUrl?: string;
  /** Router history; the browser's by default, a memory history in tests. */
  history?: RouterHistory;
}

/** The whole dashboard: React Query, the tRPC bindings and the typed router. */
export function App({ queryClient, apiUrl, history }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [trpcClient] = useState(() => createApiClient(apiUrl));
  const [router] = useState(() => createAppRouter(client, trpcClient, history));
  return (
    <QueryClientProvider client={client}>
      <TRPCProvider trpcClient={trpcClient} queryClient={client}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
