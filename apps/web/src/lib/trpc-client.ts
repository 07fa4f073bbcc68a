import type { AppRouter } from '@claimline/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

const TOKEN_KEY = 'claimline.apiToken';

/** The API token the user saved on this browser, sent on every call when the server requires one. */
export function readApiToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers (or forgets, with null) the API token on this browser. */
export function saveApiToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** The typed tRPC client over HTTP batching; `url` defaults to `/trpc` on the page's own origin. */
export function createApiClient(url = '/trpc') {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The server refuses batches of more than 10 calls (MAX_BATCH_SIZE); more go as several requests.
        maxItems: 10,
        headers: () => {
          const token = readApiToken();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
