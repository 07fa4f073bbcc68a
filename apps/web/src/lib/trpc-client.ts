import type { AppRouter } from '@claimline/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';

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

/** The Authorization header for the saved token, if any (exports are fetched with it too). */
export function authHeaders(): Record<string, string> {
  const token = readApiToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Whether a call was refused for want of a token (the server's UNAUTHORIZED). */
export function isUnauthorized(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data && data.code === 'UNAUTHORIZED';
}

/** The typed tRPC client over HTTP batching; `url` defaults to `/trpc` on the page's own origin. */
export function createApiClient(url = '/trpc') {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The server refuses batches of more than 10 calls (MAX_BATCH_SIZE); more go as several requests.
        maxItems: 10,
        headers: authHeaders,
      }),
    ],
  });
}
