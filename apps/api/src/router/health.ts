import { PARSER_VERSION } from '@claimline/parser';
import { HealthSchema } from '@claimline/schema';
import { publicProcedure } from '../trpc';

/** health: the server answers, with its database kind and parser version. */
export const health = publicProcedure.output(HealthSchema).query(({ ctx }) => ({
  ok: true as const,
  database: ctx.dbKind,
  parserVersion: PARSER_VERSION,
}));
