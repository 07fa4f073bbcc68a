import { ClaimByIdInputSchema, ClaimListInputSchema, ClaimPageSchema, ClaimSchema } from '@claimline/schema';
import { claimById, listClaims } from '../claims/list-claims';
import { publicProcedure, readable, router } from '../trpc';

/** claims.*: quotes of one speaker carrying the same statement across articles and outlets. */
export const claimsRouter = router({
  list: publicProcedure
    .input(readable(ClaimListInputSchema))
    .output(ClaimPageSchema)
    .query(({ ctx, input }) => listClaims(ctx.db, input)),

  byId: publicProcedure
    .input(readable(ClaimByIdInputSchema))
    .output(ClaimSchema)
    .query(({ ctx, input }) => claimById(ctx.db, input.id)),
});
