import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createQueryClient } from './lib/query-client';
import { TRPCProvider } from './lib/trpc';
import { createApiClient } from './lib/trpc-client';
import { createAppRouter } from './router';

/** Props for tests and embedding: a QueryClient and router history of their own. */
export interface AppProps {
  queryClient?: QueryClient;
  apiUrl?: string;
}

/** The whole dashboard: React Query, the tRPC bindings and the typed router. */
export function App({ queryClient, apiUrl }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [trpcClient] = useState(() => createApiClient(apiUrl));
  const [router] = useState(() => createAppRouter(client));
  return (
    <QueryClientProvider client={client}>
      <TRPCProvider trpcClient={trpcClient} queryClient={client}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
