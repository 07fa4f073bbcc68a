import type { AppRouter } from '@claimline/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** React bindings for Claimline's API: `useTRPC()` gives typed query and mutation options. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** What each procedure returns, inferred from the server's router type (never written by hand). */
export type ApiOutputs = inferRouterOutputs<AppRouter>;
/** What each procedure takes. */
export type ApiInputs = inferRouterInputs<AppRouter>;
