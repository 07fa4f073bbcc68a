import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '@claimline/schema';
import { openDatabase } from '../src/db/client';
import { createParsePool } from '../src/ingest/parse-pool';
import { appRouter } from '../src/router/index';
import { createCallerFactory } from '../src/trpc';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/recovery-2020.jsonl', import.meta.url));

/**
 * The first `limit` articles of ../shared/corpus/recovery-2020.jsonl loaded through
 * articles.ingestMany (batches of 100) into a fresh in-memory PGlite, as the identity and claims
 * reports measure them; refused articles are counted on stderr. Close with `close()`.
 */
export async function loadRecovery(limit = Infinity) {
  const articles: ArticleInput[] = readFileSync(corpus, 'utf8')
    .trim()
    .split('\n')
    .slice(0, limit)
    .map((line) => {
      const a = JSON.parse(line) as ArticleInput;
      return { text: a.text, title: a.title, outlet: a.outlet, url: a.url, authors: a.authors, publishedAt: a.publishedAt };
    });
  const database = await openDatabase({ dataDir: 'memory://' });
  const parser = createParsePool(0);
  const caller = createCallerFactory(appRouter)({
    db: database.db,
    dbKind: database.kind,
    parser,
    authRequired: false,
    authorized: true,
    canRead: true,
  });
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += 100) {
    const { results } = await caller.articles.ingestMany({ articles: articles.slice(i, i + 100) });
    const bad = results.filter((r) => !r.ok);
    if (bad.length > 0) console.error(`${bad.length} articles refused in batch ${i / 100}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `recovery-2020: ${articles.length} articles in ${seconds.toFixed(1)} s (${(articles.length / seconds).toFixed(0)} articles/s)`,
  );
  const close = async () => {
    await parser.close();
    await database.close();
  };
  return { database, caller, articles, seconds, close };
}
