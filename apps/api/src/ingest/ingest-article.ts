import { TRPCError } from '@trpc/server';
import { ArticleInputSchema, MAX_ARTICLE_CHARS, type IngestResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { describeZodError } from '../trpc';
import type { ParsePool } from './parse-pool';
import { storeParsed } from './store-parsed';

/** Refuses text over the article limit with PAYLOAD_TOO_LARGE before anything else looks at it. */
export function assertArticleSize(raw: unknown): void {
  const text = typeof raw === 'object' && raw !== null ? (raw as { text?: unknown }).text : undefined;
  if (typeof text === 'string' && text.length > MAX_ARTICLE_CHARS) {
    throw new TRPCError({
      code: 'PAYLOAD_TOO_LARGE',
      message: `text is over the 1 MB limit (${text.length.toLocaleString('en')} of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters): split the article or trim what is not the article`,
    });
  }
}

/** Validates one article as sent (size first, then fields), parses it in the pool and stores it. */
export async function ingestArticle(deps: { db: Db; parser: ParsePool }, raw: unknown): Promise<IngestResult> {
  assertArticleSize(raw);
  const checked = ArticleInputSchema.safeParse(raw);
  if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(checked.error) });
  const { text, ...meta } = checked.data;
  let parsed;
  try {
    parsed = await deps.parser.parse({ raw: text, meta: { ...meta, ingestedAt: new Date().toISOString() } });
  } catch (error) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `the parser could not read this text (${error instanceof Error ? error.message : String(error)}): check that it is plain article text`,
    });
  }
  return storeParsed(deps.db, parsed, text, meta);
}
