import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { columnList, copyMerge, copyRows } from '../src/db/copy-merge';
import { rows } from '../src/db/rows';
import { articles, quotes, sources } from '../src/db/schema';
import { articleId, quoteId, sourceId } from '../src/ingest/ids';

/** Deterministic random numbers (mulberry32), so two runs build the same store. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  'Springfield',
  'Riverton',
  'Lakeside',
  'Fairview',
  'Kingsport',
  'Northgate',
  'Eastwood',
  'Harbor City',
  'Milton',
  'Ashford',
];
const PAPERS = ['Herald', 'Times', 'Post', 'Gazette', 'Tribune', 'Journal', 'Courier', 'Chronicle', 'Ledger', 'Observer', 'Record', 'Star'];
/** 120 outlets plus the wires, the wires far more prolific (a newsroom archive's shape). */
const OUTLETS = ['Reuters', 'AP', 'AFP', ...CITIES.flatMap((c) => PAPERS.map((p) => `${c} ${p}`))];
const DAY_MS = 86_400_000;
const START = Date.UTC(2022, 0, 1);

/** What the synthetic store is made of: real quotation texts (with the claim key ingest gave each) and real speaker names. */
export interface ScaleMaterial {
  texts: { text: string; claimKey: string }[];
  firstNames: string[];
  surnames: string[];
}

/**
 * Reads the material from the store the Reuters ingest left: its quotes' texts with their claim keys
 * (assignClaimKeys gave them, near-duplicates sharing one, and claim_texts holds them) and its people's names.
 */
export async function scaleMaterial(db: Db): Promise<ScaleMaterial> {
  const texts = (
    await rows<{ text: string; claim_key: string }>(
      db,
      sql`SELECT DISTINCT ON (text) text, claim_key FROM quotes
        WHERE length(text) BETWEEN 20 AND 400 AND claim_key IS NOT NULL ORDER BY text, claim_key`,
    )
  ).map((r) => ({ text: r.text, claimKey: r.claim_key }));
  const names = await rows<{ name: string }>(db, sql`SELECT name FROM sources WHERE kind = 'person' AND name LIKE '% %'`);
  const parts = names.map((n) => n.name.split(' '));
  const firstNames = [...new Set(parts.map((p) => p[0] ?? ''))].filter((w) => /^[A-Z][a-z]+$/.test(w));
  const surnames = [...new Set(parts.map((p) => p.at(-1) ?? ''))].filter((w) => /^[A-Z][a-z]+$/.test(w));
  if (texts.length === 0 || firstNames.length === 0 || surnames.length === 0) {
    throw new Error('the scale store needs quotes and named people to copy from: ingest the corpus first');
  }
  return { texts, firstNames, surnames };
}

/**
 * Grows the store by `quotes` synthetic quotes with COPY (copyRows) in a bulk load (loadMode), in
 * transactions of about `perBatch` quotes. A few hundred thousand sources (one per 33 quotes) with a long tail (a source
 * index of S·r³ gives a few speakers most quotes and most speakers one or two), articles of 1 to 11
 * quotes whose text is the quotations with their attributions (real offsets), three years of days,
 * 123 outlets with the three wires taking half the articles.
 */
export async function buildScaleStore(
  db: Db,
  material: ScaleMaterial,
  quotesWanted: number,
  onProgress: (done: number) => void,
  perBatch = 50_000,
): Promise<{ articles: number; sources: number }> {
  const rand = random(13);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sourceCount = Math.max(1_000, Math.round(quotesWanted / 33));
  const names = Array.from({ length: sourceCount }, () => `${pick(material.firstNames)} ${pick(material.surnames)}`);
  const ids = names.map((_, i) => sourceId(`bench:${i}`));
  for (let i = 0; i < sourceCount; i += perBatch) {
    const batch = names.slice(i, i + perBatch).map((name, k) => ({
      id: ids[i + k] ?? '',
      key: `bench:${i + k}`,
      name,
      kind: (i + k) % 9 === 0 ? 'organization' : 'person',
      roles: [],
      aliases: [],
      descriptor: null,
      mergedIntoId: null,
      linkKind: null,
      block: null,
      nameForm: 'none',
      reference: false,
      wikidataId: null,
      edited: false,
      createdAt: new Date().toISOString(),
    }));
    await db.transaction((tx) =>
      copyMerge(
        tx,
        sources,
        batch,
        (stage) => sql`INSERT INTO sources (${columnList(sources)}) SELECT ${columnList(sources)} FROM ${stage} ON CONFLICT DO NOTHING`,
      ),
    );
  }
  const restore = await loadMode(db);
  let done = 0;
  let articleCount = 0;
  while (done < quotesWanted) {
    const articleRows: (typeof articles.$inferInsert)[] = [];
    const quoteRows: (typeof quotes.$inferInsert)[] = [];
    while (quoteRows.length < perBatch && done + quoteRows.length < quotesWanted) {
      const n = articleCount++;
      const at = new Date(START + Math.floor(rand() * 3 * 365) * DAY_MS + Math.floor(rand() * DAY_MS)).toISOString();
      const outlet = rand() < 0.5 ? pick(OUTLETS.slice(0, 3)) : pick(OUTLETS);
      const k = Math.min(1 + Math.floor(rand() * 11), quotesWanted - done - quoteRows.length);
      let text = `Briefing ${n}\n\n`;
      const spans: { start: number; end: number; quote: ScaleMaterial['texts'][number]; source: number }[] = [];
      for (let j = 0; j < k; j++) {
        const source = Math.floor(sourceCount * rand() ** 3);
        const quote = pick(material.texts);
        const start = text.length + 1;
        text += `"${quote.text}," said ${names[source]}.\n\n`;
        spans.push({ start, end: start + quote.text.length, quote, source });
      }
      const contentHash = createHash('sha256').update(text).digest('hex');
      const id = articleId(contentHash);
      articleRows.push({
        id,
        contentHash,
        text,
        title: `Briefing ${n}`,
        outlet,
        url: null,
        authors: [],
        publishedAt: at,
        dateline: null,
        language: 'en',
        removed: [],
        parserVersion: 'bench',
        ingestedAt: at,
        raw: text,
        input: { outlet, publishedAt: at },
        sortAt: at,
      });
      for (const s of spans) {
        const src = ids[s.source] ?? null;
        quoteRows.push({
          id: quoteId(id, s.start, s.end),
          articleId: id,
          sourceId: src,
          viaSourceId: null,
          originSourceId: src,
          viaOriginId: null,
          text: s.quote.text,
          // The key ingest gave this text: a speaker repeating it across articles and outlets makes a claim.
          claimKey: s.quote.claimKey,
          spanStart: s.start,
          spanEnd: s.end,
          kind: 'direct',
          cue: null,
          speaker: null,
          confidence: 0.9,
          timeAt: at,
          timeBasis: 'published',
          outlet,
        });
      }
    }
    await db.transaction(async (tx) => {
      await copyRows(tx, articles, articleRows);
      await copyRows(tx, quotes, quoteRows);
    });
    done += quoteRows.length;
    onProgress(done);
  }
  await restore();
  return { articles: articleCount, sources: sourceCount };
}

const ROLLUPS = [
  'source_day_counts',
  'source_days',
  'source_month_counts',
  'source_totals',
  'source_articles',
  'outlet_counts',
  'day_counts',
  'counters',
  'claims',
  'claim_outlets',
];

/**
 * A bulk load's usual shape (pg_restore's): the secondary indexes of articles and quotes dropped and
 * their triggers (rollups, foreign keys) off while rows are COPYed straight in, then the indexes
 * built again and the rollups counted once from the rows. Returns the step that restores it all.
 * The rows are generated with unique ids and valid references, which is what the checks would check.
 */
async function loadMode(db: Db): Promise<() => Promise<void>> {
  const indexes = await rows<{ name: string; def: string }>(
    db,
    sql`SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ('articles', 'quotes') AND indexname NOT LIKE '%_pkey'`,
  );
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  await db.execute(sql`ALTER TABLE articles DISABLE TRIGGER ALL`);
  await db.execute(sql`ALTER TABLE quotes DISABLE TRIGGER ALL`);
  return async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL maintenance_work_mem = '1GB'`);
      for (const index of indexes) await tx.execute(sql.raw(index.def));
    });
    await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`TRUNCATE ${ROLLUPS.join(', ')}`));
      await tx.execute(sql`INSERT INTO source_day_counts (source_id, day, outlet, kind, count)
        SELECT source_id, (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, count(*)::int FROM quotes
        WHERE source_id IS NOT NULL GROUP BY 1, 2, 3, 4`);
      await tx.execute(sql`INSERT INTO source_days (source_id, day, count)
        SELECT source_id, day, sum(count)::int FROM source_day_counts GROUP BY 1, 2`);
      await tx.execute(sql`INSERT INTO source_month_counts (source_id, month, count)
        SELECT source_id, date_trunc('month', day)::date, sum(count)::int FROM source_days GROUP BY 1, 2`);
      await tx.execute(sql`INSERT INTO source_articles (source_id, article_id, count)
        SELECT source_id, article_id, count(*)::int FROM quotes WHERE source_id IS NOT NULL GROUP BY 1, 2`);
      await tx.execute(sql`INSERT INTO source_totals (source_id, count, articles)
        SELECT source_id, sum(count)::int, count(*)::int FROM source_articles GROUP BY 1`);
      await tx.execute(sql`INSERT INTO counters (name, value) SELECT 'sources', count(*)::int FROM source_totals WHERE count > 0`);
      await tx.execute(sql`INSERT INTO day_counts (day, outlet, kind, attributed, count)
        SELECT (time_at AT TIME ZONE 'UTC')::date, coalesce(outlet, ''), kind, source_id IS NOT NULL, count(*)::int FROM quotes
        GROUP BY 1, 2, 3, 4`);
      await tx.execute(sql`INSERT INTO outlet_counts (outlet, articles, quotes)
        SELECT outlet, sum(a)::int, sum(q)::int FROM (
          SELECT coalesce(outlet, '') AS outlet, count(*) AS a, 0 AS q FROM articles GROUP BY 1
          UNION ALL SELECT coalesce(outlet, ''), 0, count(*) FROM quotes GROUP BY 1) x GROUP BY 1`);
      // As claimline_claims_add (migration 0009) files them: a claim a speaker and claim key, its
      // outlets the named ones, its first appearance the earliest by time, then id.
      await tx.execute(sql`INSERT INTO claim_outlets (claim_id, outlet, count)
        SELECT claim_key || '.' || source_id, outlet, count(*)::int FROM quotes
        WHERE claim_key IS NOT NULL AND source_id IS NOT NULL AND outlet <> '' GROUP BY 1, 2`);
      await tx.execute(sql`INSERT INTO claims (id, claim_key, source_id, appearances, outlets, first_at, last_at, first_quote_id)
        SELECT claim_key || '.' || source_id, claim_key, source_id, count(*)::int, count(DISTINCT nullif(outlet, ''))::int,
          min(time_at), max(time_at), (array_agg(id ORDER BY time_at, id))[1]
        FROM quotes WHERE claim_key IS NOT NULL AND source_id IS NOT NULL GROUP BY claim_key, source_id`);
    });
    await db.execute(sql`ALTER TABLE articles ENABLE TRIGGER ALL`);
    await db.execute(sql`ALTER TABLE quotes ENABLE TRIGGER ALL`);
  };
}
