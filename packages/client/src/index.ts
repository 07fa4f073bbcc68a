/**
 * @claimline/client: the typed client for Claimline's API.
 *
 * @example
 * import { createClaimlineClient } from '@claimline/client';
 * const claimline = createClaimlineClient({ url: 'http://127.0.0.1:3000', token: process.env.CLAIMLINE_API_TOKEN });
 * const { articleId } = await claimline.articles.ingest.mutate({ text: 'Peskov said "Russia is open to dialogue".' });
 * const { items } = await claimline.sources.list.query({ sort: 'quotes', limit: 10 });
 */
export { createClaimlineClient, type ClaimlineClient, type ClaimlineClientOptions } from './create-claimline-client';
export { TRPCClientError } from '@trpc/client';
/** The server's router type, for helpers such as tRPC's inferRouterInputs / inferRouterOutputs. */
export type { AppRouter } from '@claimline/api';
