import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** The HTTP status tRPC itself gives a code (FORBIDDEN 403, TOO_MANY_REQUESTS 429, ...). */
export const statusOf = (code: TRPC_ERROR_CODE_KEY): number => getHTTPStatusCodeFromError(new TRPCError({ code }));

/** A tRPC-shaped error body, so typed clients read the server's limits as they read procedure errors. */
export function trpcErrorBody(code: TRPC_ERROR_CODE_KEY, message: string) {
  return { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: statusOf(code) } } };
}

/** A JSON response carrying a tRPC-shaped error with the status that belongs to its code. */
export function trpcError(code: TRPC_ERROR_CODE_KEY, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(trpcErrorBody(code, message)), {
    status: statusOf(code),
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}
