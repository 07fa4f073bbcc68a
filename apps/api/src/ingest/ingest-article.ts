import { TRPCError } from '@trpc/server';
import { ArticleInputSchema, MAX_ARTICLE_CHARS, type ArticleInput, type IngestItemResult, type IngestResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { errorForLog } from '../http/error-for-log';
import { describeZodError } from '../trpc';
import type { ParsePool, ParseTask } from './parse-pool';
import { parseFailure } from './parse-pool-errors';
import { storeParsed, storeParsedMany, type ParsedItem } from './store-parsed';

interface Deps {
  db: Db;
  parser: ParsePool;
}

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

/** Validates one article as sent (size first, then fields): the parse task it becomes, or a 400/413 TRPCError. */
function checkArticle(raw: unknown): { task: ParseTask; input: Omit<ArticleInput, 'text'> } {
  assertArticleSize(raw);
  const checked = ArticleInputSchema.safeParse(raw);
  if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(checked.error) });
  const { text, ...input } = checked.data;
  return { task: { raw: text, meta: { ...input, ingestedAt: new Date().toISOString() } }, input };
}

/** Validates one article as sent (size first, then fields) and parses it in the worker pool. */
export async function prepareArticle(deps: Pick<Deps, 'parser'>, raw: unknown): Promise<ParsedItem> {
  const { task, input } = checkArticle(raw);
  try {
    const parsed = await deps.parser.parse(task);
    return { parsed, raw: task.raw, input };
  } catch (error) {
    throw parseFailure(error);
  }
}

/** Validates every item of a batch, then parses the valid ones in the pool a few to a worker task (parseMany). */
async function prepareMany(deps: Pick<Deps, 'parser'>, items: unknown[]): Promise<({ item: ParsedItem } | { error: unknown })[]> {
  const checked = items.map((raw) => {
    try {
      return checkArticle(raw);
    } catch (error) {
      return { error };
    }
  });
  const valid = checked.flatMap((c) => ('task' in c ? [c] : []));
  const answers = await deps.parser.parseMany(valid.map((c) => c.task));
  const byTask = new Map(valid.map((c, k) => [c, answers[k]]));
  return checked.map((c) => {
    if (!('task' in c)) return c;
    const answer = byTask.get(c);
    if (!answer) return { error: new Error('the parse pool answered no result for this item') };
    if (!answer.ok) return { error: parseFailure(answer.error) };
    return { item: { parsed: answer.parsed, raw: c.task.raw, input: c.input } };
  });
}

/** articles.ingest: validate, parse off the request path, store in one transaction. */
export async function ingestArticle(deps: Deps, raw: unknown): Promise<IngestResult> {
  const item = await prepareArticle(deps, raw);
  return storeParsed(deps.db, item.parsed, item.raw, item.input);
}

type ItemCode = Extract<IngestItemResult, { ok: false }>['error']['code'];
// Errors an item answers with in its own result: its text (400, 413, 422), or a shutdown it may be sent again after (503).
const ITEM_CODES: readonly string[] = [
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE_CONTENT',
  'SERVICE_UNAVAILABLE',
] satisfies ItemCode[];
const isItemCode = (code: string): code is ItemCode => ITEM_CODES.includes(code);

function failure(index: number, error: unknown): IngestItemResult {
  if (error instanceof TRPCError && isItemCode(error.code)) {
    return { index, ok: false, error: { code: error.code, message: error.message } };
  }
  console.error(`ingestMany item ${index} failed: ${errorForLog(error instanceof TRPCError ? (error.cause ?? error) : error)}`);
  return { index, ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error: the server logged it; retry this item' } };
}

/**
 * articles.ingestMany: every item is validated and parsed on its own (a bad item gets its own
 * error; the pool parses them a few to a worker task), then the good ones are stored in one transaction. Should that transaction fail, each
 * item is retried in a transaction of its own, so one item that breaks the write cannot sink the rest.
 */
export async function ingestMany(deps: Deps, items: unknown[]): Promise<IngestItemResult[]> {
  const prepared = (await prepareMany(deps, items)).map((p, index) => ({ index, ...p }));
  const results: (IngestItemResult | undefined)[] = prepared.map((p) => ('error' in p ? failure(p.index, p.error) : undefined));
  const good = prepared.flatMap((p) => ('item' in p ? [p] : []));
  if (good.length === 0) return results.map((r, index) => r ?? failure(index, new Error('not stored')));
  try {
    const stored = await storeParsedMany(
      deps.db,
      good.map((g) => g.item),
    );
    good.forEach((g, k) => {
      const result = stored[k];
      if (result) results[g.index] = { index: g.index, ok: true, result };
    });
  } catch {
    for (const g of good) {
      results[g.index] = await storeParsed(deps.db, g.item.parsed, g.item.raw, g.item.input).then(
        (result): IngestItemResult => ({ index: g.index, ok: true, result }),
        (error: unknown) => failure(g.index, error),
      );
    }
  }
  return results.map((r, index) => r ?? failure(index, new Error('batch write returned no result for this item')));
}
