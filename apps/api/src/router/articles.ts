import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { PARSER_VERSION } from '@claimline/parser';
import {
  ArticleDetailSchema,
  ArticleInputSchema,
  ArticleListInputSchema,
  ArticlePageSchema,
  ByIdInputSchema,
  DeleteResultSchema,
  IngestManyInputSchema,
  IngestManyResultSchema,
  IngestResultSchema,
  IngestUrlInputSchema,
  IngestUrlResultSchema,
  ReparseInputSchema,
  ReparseResultSchema,
} from '@claimline/schema';
import { articles } from '../db/schema';
import { reparseMany, reparseOne } from '../corrections/reparse';
import { ingestUrl } from '../fetch/ingest-url';
import { assertArticleSize, ingestArticle, ingestMany } from '../ingest/ingest-article';
import { articleDetail } from '../queries/article-detail';
import { listArticles } from '../queries/list-articles';
import { publicProcedure, readable, router, writeProcedure } from '../trpc';

// Runs before input validation so an oversized text answers PAYLOAD_TOO_LARGE, not BAD_REQUEST.
const sizeChecked = writeProcedure.use(async ({ getRawInput, next }) => {
  assertArticleSize(await getRawInput());
  return next();
});

/** articles.*: ingest, list, read, reparse and delete articles. */
export const articlesRouter = router({
  ingest: sizeChecked
    .input(readable(ArticleInputSchema))
    .output(IngestResultSchema)
    .mutation(({ ctx, input }) => ingestArticle(ctx, input)),

  ingestMany: writeProcedure
    .input(readable(IngestManyInputSchema))
    .output(IngestManyResultSchema)
    .mutation(async ({ ctx, input }) => ({ results: await ingestMany(ctx, input.articles) })),

  ingestUrl: writeProcedure
    .input(readable(IngestUrlInputSchema))
    .output(IngestUrlResultSchema)
    .mutation(({ ctx, input }) => ingestUrl(ctx, input.url)),

  list: publicProcedure
    .input(readable(ArticleListInputSchema))
    .output(ArticlePageSchema)
    .query(({ ctx, input }) => listArticles(ctx.db, input)),

  byId: publicProcedure
    .input(readable(ByIdInputSchema))
    .output(ArticleDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await articleDetail(ctx.db, input.id);
      if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: `no article with id ${input.id}: take ids from articles.list` });
      return detail;
    }),

  reparse: writeProcedure
    .input(readable(ReparseInputSchema))
    .output(ReparseResultSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.id) return reparseOne(ctx, input.id);
      const reparsed = await reparseMany(ctx, true);
      return { reparsed, parserVersion: PARSER_VERSION, at: new Date().toISOString() };
    }),

  delete: writeProcedure
    .input(readable(ByIdInputSchema))
    .output(DeleteResultSchema)
    .mutation(async ({ ctx, input }) => {
      // Quotes and corrections go by ON DELETE CASCADE; the day counts follow by trigger, same transaction.
      const deleted = await ctx.db.delete(articles).where(eq(articles.id, input.id)).returning({ id: articles.id });
      return { deleted: deleted.length > 0 };
    }),
});
