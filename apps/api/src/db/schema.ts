import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ArticleInput, Cue, Dateline, RemovedBlock, SavedSearchFilters, TextSpan } from '@claimline/schema';

/** PostgreSQL's tsvector, for the generated full-text search columns. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Articles; `content_hash` is unique so the same text is one article, even under concurrent ingests. */
export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    contentHash: text('content_hash').notNull(),
    /** Stored MAIN (migration 0020): kept in the row, where every list page reads the sentence around a quote. */
    text: text('text').notNull(),
    title: text('title'),
    outlet: text('outlet'),
    url: text('url'),
    authors: jsonb('authors').$type<string[]>().notNull(),
    publishedAt: timestamptz('published_at'),
    dateline: jsonb('dateline').$type<Dateline | null>(),
    language: text('language').notNull(),
    removed: jsonb('removed').$type<RemovedBlock[]>().notNull(),
    parserVersion: text('parser_version').notNull(),
    ingestedAt: timestamptz('ingested_at').notNull(),
    /** The raw text and metadata as sent, kept so articles.reparse can run a newer parser over them. */
    raw: text('raw').notNull(),
    input: jsonb('input').$type<Omit<ArticleInput, 'text'>>().notNull(),
    /** The date lists sort and filter by: published, else dateline, else ingested. */
    sortAt: timestamptz('sort_at').notNull(),
    // Capped because a tsvector may not exceed 1 MB; the first 100k characters carry the searchable words.
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('english', left(coalesce(${articles.title}, '') || ' ' || ${articles.text}, 100000))`,
    ),
  },
  (t) => [
    uniqueIndex('articles_content_hash_key').on(t.contentHash),
    // Saved searches count the quotes of articles ingested since they were last opened.
    index('articles_ingested_idx').on(t.ingestedAt),
    // DESC NULLS FIRST is what ORDER BY x DESC means; Drizzle's bare .desc() writes NULLS LAST, an
    // index order PostgreSQL cannot use for ORDER BY ... DESC (it read and sorted every row instead).
    index('articles_sort_idx').on(t.sortAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('articles_outlet_idx').on(t.outlet, t.sortAt.desc().nullsFirst()),
    index('articles_search_idx').using('gin', t.search),
  ],
);

/**
 * Sources across articles. `key` is the normalized identity (see source-key.ts); a source merged by an
 * analyst keeps its row with `merged_into_id` set so future ingests of the same key land on the survivor.
 */
export const sources = pgTable(
  'sources',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    roles: jsonb('roles').$type<string[]>().notNull(),
    aliases: jsonb('aliases').$type<string[]>().notNull(),
    descriptor: text('descriptor'),
    mergedIntoId: text('merged_into_id'),
    /** Who set merged_into_id: 'auto' (identity resolution, redone as the store grows) or 'analyst'; 'split' keeps a record apart. */
    linkKind: text('link_kind'),
    /** Records that may be one entity share a block (`p:<surname>`, `o:<short form>`): resolution reads one block, never all sources. */
    block: text('block'),
    /** How the name takes part in resolution: full, initial, bare, acronym, org or none (see source-key.ts). */
    nameForm: text('name_form').notNull().default('none'),
    /** Imported from a reference list: resolution prefers it. */
    reference: boolean('reference').notNull().default(false),
    wikidataId: text('wikidata_id'),
    /** True once an analyst edited name, kind or roles: ingests then leave those fields alone. */
    edited: boolean('edited').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // Not unique on its own: the id is a hash of the key, so the primary key already makes keys unique
    // and is the one ON CONFLICT target (a second unique index would race with it under concurrency).
    index('sources_key_idx').on(t.key),
    index('sources_merged_into_idx').on(t.mergedIntoId),
    index('sources_name_lower_idx').on(sql`lower(${t.name})`),
    index('sources_block_idx').on(t.block),
  ],
);

/** Quotes; (article, span) is unique, so a replayed ingest cannot duplicate one. */
export const quotes = pgTable(
  'quotes',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').references(() => sources.id),
    viaSourceId: text('via_source_id').references(() => sources.id),
    /** The record the parser's name was stored under, before any link or merge: a split or undo moves the quote back to it. */
    originSourceId: text('origin_source_id'),
    viaOriginId: text('via_origin_id'),
    text: text('text').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    kind: text('kind').notNull(),
    cue: jsonb('cue').$type<Cue | null>(),
    speaker: jsonb('speaker').$type<TextSpan | null>(),
    confidence: real('confidence').notNull(),
    timeAt: timestamptz('time_at').notNull(),
    timeBasis: text('time_basis').notNull(),
    /** The article's outlet, copied so quote filters and the day counts need no join. */
    outlet: text('outlet'),
    /** The claim this quote carries (see src/claims): the same words, or nearly, across articles; set at ingest. */
    claimKey: text('claim_key'),
    search: tsvector('search').generatedAlwaysAs((): SQL => sql`to_tsvector('english', left(${quotes.text}, 100000))`),
  },
  (t) => [
    uniqueIndex('quotes_article_span_key').on(t.articleId, t.spanStart, t.spanEnd),
    index('quotes_time_idx').on(t.timeAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('quotes_source_time_idx').on(t.sourceId, t.timeAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('quotes_via_idx').on(t.viaSourceId),
    index('quotes_origin_idx').on(t.originSourceId),
    index('quotes_via_origin_idx')
      .on(t.viaOriginId)
      .where(sql`${t.viaOriginId} IS NOT NULL`),
    index('quotes_search_idx').using('gin', t.search),
    // The review queue walks it, least confident first.
    index('quotes_confidence_idx').on(t.confidence, t.id),
    // A claim's appearances in time order, read by claims.list and by the claim triggers. The
    // speaker first (migration 0020): a page of one speaker's claims reads a few neighbouring leaves.
    index('quotes_source_claim_idx')
      .on(t.sourceId, t.claimKey, t.timeAt, t.id)
      .where(sql`${t.claimKey} IS NOT NULL`),
    // Quotes stored before claim keys existed, which the start-up backfill finds without a scan.
    index('quotes_claim_missing_idx')
      .on(t.id)
      .where(sql`${t.claimKey} IS NULL`),
  ],
);

/** Analyst corrections to quotes, keyed by article and span so they are re-applied after a reparse. */
export const quoteCorrections = pgTable(
  'quote_corrections',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    /**
     * The quote's text folded to lower-case words (quoteKey): a reparse whose offsets moved finds the
     * corrected quote by it, nearest to the old span. Null on corrections stored before it existed.
     */
    quoteKey: text('quote_key'),
    /** Set when the speaker was reassigned (sourceId may then be null: no speaker). */
    setSource: boolean('set_source').notNull().default(false),
    sourceId: text('source_id').references(() => sources.id),
    kind: text('kind'),
    notAQuote: boolean('not_a_quote').notNull().default(false),
    /** The analyst's review: status (null: not reviewed), note and tags; read by joining on the quote's span. */
    reviewStatus: text('review_status'),
    note: text('note'),
    tags: jsonb('tags').$type<string[]>(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.spanStart, t.spanEnd] })],
);

/**
 * Quotes per source, UTC day, outlet and kind, kept up to date by triggers on `quotes` (in the writing
 * transaction), so the timeline and source counts read thousands of rows instead of a million quotes.
 */
export const sourceDayCounts = pgTable(
  'source_day_counts',
  {
    sourceId: text('source_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    outlet: text('outlet').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.day, t.outlet, t.kind] }), index('source_day_counts_day_idx').on(t.day)],
);

/**
 * Quotes per source and UTC day over all outlets and kinds, kept by the same triggers: the timeline's
 * series reads a row a source a day here (at most 1,096 for three years) where source_day_counts has
 * one per outlet and kind too (57,073 for the most quoted source of the ten-million-quote bench store).
 */
export const sourceDays = pgTable(
  'source_days',
  {
    sourceId: text('source_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.day] })],
);

/**
 * Quotes per UTC day, outlet and kind, those with a speaker apart from those without, kept by the
 * same triggers: stats.inView with no speaker filter reads a row a day, outlet and kind here (135,000
 * at ten million quotes) where source_day_counts has one per source too (tens of millions).
 */
export const dayCounts = pgTable(
  'day_counts',
  {
    day: date('day', { mode: 'string' }).notNull(),
    outlet: text('outlet').notNull(),
    kind: text('kind').notNull(),
    attributed: boolean('attributed').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.outlet, t.kind, t.attributed] })],
);

/** Small key-value facts about the database, e.g. the parser version the stored quotes came from. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Quotes per source and UTC month, kept by the same triggers: the timeline's top-N candidates read it. */
export const sourceMonthCounts = pgTable(
  'source_month_counts',
  {
    sourceId: text('source_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.month] })],
);

/**
 * Quotes per source, all time, kept by the same triggers: bounds how far the top-N search must look,
 * and sources.list sorted by quotes walks its count index. `articles` counts the articles the source
 * has a quote in (a source_articles row crossing zero moves it), so no read counts quotes.
 */
export const sourceTotals = pgTable(
  'source_totals',
  {
    sourceId: text('source_id').primaryKey(),
    count: integer('count').notNull(),
    articles: integer('articles').notNull().default(0),
  },
  (t) => [index('source_totals_count_idx').on(t.count.desc().nullsFirst(), t.sourceId)],
);

/**
 * Counts kept by the quote triggers that no row of their own holds, one row a name: `sources` is the
 * number of sources with a quote (a source_totals row crossing zero moves it), so stats.overview reads
 * one row instead of counting source_totals (323,153 rows, a seq scan, at ten million quotes).
 */
export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Names an analyst or a reference list taught: a later source of that normalized name resolves to `sourceId`. */
export const sourceAliases = pgTable(
  'source_aliases',
  {
    alias: text('alias').notNull(),
    sourceId: text('source_id').notNull(),
    /** 'merge', 'rename' or 'reference'. */
    origin: text('origin').notNull(),
    /** The merge that taught it, so undoing the merge forgets it. */
    mergeId: text('merge_id'),
  },
  (t) => [primaryKey({ columns: [t.alias, t.sourceId] }), index('source_aliases_source_idx').on(t.sourceId)],
);

/** Pairs of records an analyst marked as different people: never suggested, never linked (a_id < b_id). */
export const sourceDistinct = pgTable(
  'source_distinct',
  {
    aId: text('a_id').notNull(),
    bId: text('b_id').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.aId, t.bId] }), index('source_distinct_b_idx').on(t.bId)],
);

/** An analyst's merge, with each record's link before it, so it can be undone. */
export const sourceMerges = pgTable(
  'source_merges',
  {
    id: text('id').primaryKey(),
    intoId: text('into_id').notNull(),
    mergedIds: jsonb('merged_ids').$type<string[]>().notNull(),
    /** Every record the merge re-pointed, with its merged_into_id and link_kind before. */
    before: jsonb('before').$type<{ id: string; mergedIntoId: string | null; linkKind: string | null }[]>().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    undoneAt: timestamptz('undone_at'),
  },
  (t) => [index('source_merges_into_idx').on(t.intoId, t.createdAt)],
);

/**
 * Followed RSS/Atom feeds. `next_poll_at` is when the feed is due again (never sooner than the minimum
 * interval); `etag` and `last_modified` are sent back so an unchanged feed answers 304.
 */
export const feeds = pgTable(
  'feeds',
  {
    id: text('id').primaryKey(),
    url: text('url').notNull(),
    title: text('title'),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
    lastPolledAt: timestamptz('last_polled_at'),
    nextPollAt: timestamptz('next_poll_at').notNull().defaultNow(),
    status: text('status').notNull().default('pending'),
    error: text('error'),
    etag: text('etag'),
    lastModified: text('last_modified'),
  },
  (t) => [uniqueIndex('feeds_url_key').on(t.url), index('feeds_next_poll_idx').on(t.nextPollAt)],
);

/**
 * Items seen in a feed, one row per (feed, item key: the guid, else the link). The row is inserted by
 * the one poll that first sees the item, and only that poll queues its fetch: no item is fetched twice.
 */
export const feedItems = pgTable(
  'feed_items',
  {
    feedId: text('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    url: text('url').notNull(),
    title: text('title'),
    publishedAt: timestamptz('published_at'),
    seenAt: timestamptz('seen_at').notNull().defaultNow(),
    /** pending (queued), ingested (articleId set) or failed (error says why). */
    state: text('state').notNull().default('pending'),
    articleId: text('article_id'),
    /** True when this item's fetch stored a new article (not one already stored from the same link or text). */
    created: boolean('created').notNull().default(false),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.key] }), index('feed_items_feed_seen_idx').on(t.feedId, t.seenAt.desc().nullsFirst())],
);

/** Each distinct normalized quote text seen, and the claim key it was given (its own, or a near-duplicate's). */
export const claimTexts = pgTable('claim_texts', {
  textKey: text('text_key').primaryKey(),
  claimKey: text('claim_key').notNull(),
  /** The normalized words, space-separated: what a near-duplicate is compared with. */
  words: text('words').notNull(),
});

/** MinHash band keys of each claim text (min-hash-bands.ts): near-duplicate candidates by index lookup. */
export const claimBands = pgTable(
  'claim_bands',
  {
    band: text('band').notNull(),
    textKey: text('text_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.band, t.textKey] })],
);

/**
 * One row per claim (a speaker and a claim key), kept by triggers on `quotes` in the writing
 * transaction: appearances, outlets, first and last seen. claims.list pages over it by index.
 */
export const claims = pgTable(
  'claims',
  {
    /** `<claim key>.<source id>`. */
    id: text('id').primaryKey(),
    claimKey: text('claim_key').notNull(),
    sourceId: text('source_id').notNull(),
    appearances: integer('appearances').notNull(),
    outlets: integer('outlets').notNull(),
    firstAt: timestamptz('first_at').notNull(),
    lastAt: timestamptz('last_at').notNull(),
    /** The earliest appearance (time, then id): its text and outlet stand for the claim. */
    firstQuoteId: text('first_quote_id').notNull(),
  },
  (t) => [
    index('claims_recent_idx').on(t.lastAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('claims_spread_idx').on(t.outlets.desc().nullsFirst(), t.lastAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('claims_source_idx').on(t.sourceId, t.lastAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // claims.list of one speaker in its default order (most outlets first): without it, all of a
    // source's claims were read and sorted (4,282 claims, 4,360 buffers, 176 ms at ten million quotes).
    // Migration 0020 adds INCLUDE (claim_key, appearances, first_at), which drizzle cannot say, so a
    // page is an Index Only Scan instead of a random heap page a claim.
    index('claims_source_spread_cover_idx').on(
      t.sourceId,
      t.outlets.desc().nullsFirst(),
      t.lastAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** Appearances of each claim per outlet ('' for none), kept by the claim triggers so `claims.outlets` stays exact. */
export const claimOutlets = pgTable(
  'claim_outlets',
  {
    claimId: text('claim_id').notNull(),
    outlet: text('outlet').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.outlet] })],
);

/** Quotes per source and article, kept by the quote triggers: what source_totals.articles counts. */
export const sourceArticles = pgTable(
  'source_articles',
  {
    sourceId: text('source_id').notNull(),
    articleId: text('article_id').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.articleId] })],
);

/** Articles and quotes per outlet ('' for none), kept by triggers on both tables: stats.overview sums it. */
export const outletCounts = pgTable('outlet_counts', {
  outlet: text('outlet').primaryKey(),
  articles: integer('articles').notNull(),
  quotes: integer('quotes').notNull(),
});

/** An analyst's saved searches: a unique name and the quotes.list filters; `last_opened_at` is where "new" starts. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<SavedSearchFilters>().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastOpenedAt: timestamptz('last_opened_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_searches_name_key').on(t.name)],
);
