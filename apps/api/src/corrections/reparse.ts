import { TRPCError } from '@trpc/server';
import { PARSER_VERSION } from '@claimline/parser';
import { asc, eq, gt, ne, and } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, meta, quotes } from '../db/schema';
import type { ParsePool } from '../ingest/parse-pool';
import { insertQuotes } from '../ingest/insert-quotes';
import { articleRow } from '../ingest/store-parsed';
import { sourceBlocks, upsertSources } from '../ingest/upsert-sources';
import { retryTransaction } from '../db/retry-transaction';
import { lockBlocks } from '../identity/resolve-identities';
import { toIso } from '../queries/convert';

interface Deps {
  db: Db;
  parser: ParsePool;
}

/**
 * Re-runs the current parser over one stored article and replaces its quotes in one transaction.
 * The article keeps its id, content hash and ingest time; analyst corrections are re-applied by
 * span (insertQuotes) and source edits live on the source records, so both survive.
 */
export async function reparseArticle(deps: Deps, id: string): Promise<boolean> {
  const [stored] = await deps.db.select().from(articles).where(eq(articles.id, id));
  if (!stored) return false;
  const ingestedAt = toIso(stored.ingestedAt);
  const parsed = await deps.parser.parse({ raw: stored.raw, meta: { ...stored.input, ingestedAt } });
  // Scoped source keys and ids stay tied to the stored identity even if normalization changed.
  parsed.article.contentHash = stored.contentHash;
  // Blocks first, as every ingest locks them (storeParsedMany): the quotes deleted here lock their
  // rollup rows, and a concurrent reparse holding the blocks would then wait on this one. A deadlock
  // still reported is retried.
  await retryTransaction(() =>
    deps.db.transaction(async (tx) => {
      await lockBlocks(tx, sourceBlocks([parsed]));
      const { id: _id, contentHash: _hash, ...fields } = articleRow(parsed, stored.raw, stored.input);
      await tx.update(articles).set(fields).where(eq(articles.id, id));
      await tx.delete(quotes).where(eq(quotes.articleId, id));
      const sourceIds = await upsertSources(tx, [parsed]);
      await insertQuotes(tx, { id, outlet: fields.outlet }, parsed, sourceIds);
    }),
  );
  return true;
}

/** articles.reparse for one id, or NOT_FOUND. */
export async function reparseOne(deps: Deps, id: string) {
  if (!(await reparseArticle(deps, id))) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `no article with id ${id}: take ids from articles.list` });
  }
  return { reparsed: 1, parserVersion: PARSER_VERSION, at: new Date().toISOString() };
}

/** Reparses every article (`all`) or those stored by another parser version (run on start), a page at a time. */
export async function reparseMany(deps: Deps, all: boolean): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const page = await deps.db
      .select({ id: articles.id })
      .from(articles)
      .where(and(all ? undefined : ne(articles.parserVersion, PARSER_VERSION), gt(articles.id, after)))
      .orderBy(asc(articles.id))
      .limit(100);
    if (page.length === 0) break;
    await Promise.all(page.map((a) => reparseArticle(deps, a.id)));
    done += page.length;
    after = page.at(-1)?.id ?? after;
  }
  await deps.db
    .insert(meta)
    .values({ key: 'parser_version', value: PARSER_VERSION })
    .onConflictDoUpdate({ target: meta.key, set: { value: PARSER_VERSION } });
  return done;
}
