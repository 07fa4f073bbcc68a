import type { AppRouter } from '@claimline/api';
import { createMemoryHistory } from '@tanstack/react-router';
import { createTRPCOptionsProxy, type TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { render } from '@testing-library/react';
import { App } from './app';
import { createQueryClient } from './lib/query-client';
import { createApiClient } from './lib/trpc-client';

// Port 9 (discard) has no listener here: an unseeded request fails at once.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/trpc';

/**
 * Renders the whole app at `path` with a fresh QueryClient, after `seed` has put API answers in its
 * cache. The client points at a closed port, so a request the test did not seed fails loudly
 * (the page's error state) instead of passing quietly.
 */
export function renderAppAt(
  path: string,
  seed: (trpc: TRPCOptionsProxy<AppRouter>, set: (key: readonly unknown[], data: unknown) => void) => void = () => {},
) {
  const queryClient = createQueryClient();
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: createApiClient(CLOSED_PORT_URL), queryClient });
  seed(trpc, (key, data) => queryClient.setQueryData(key, data));
  const history = createMemoryHistory({ initialEntries: [path] });
  return { ...render(<App queryClient={queryClient} apiUrl={CLOSED_PORT_URL} history={history} />), history, queryClient };
}
