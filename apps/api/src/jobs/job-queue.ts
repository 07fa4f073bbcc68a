import PgBoss from 'pg-boss';
import { reparseMany } from '../corrections/reparse';
import type { Database } from '../db/client';
import { claimDueFeeds } from '../feeds/claim-due-feeds';
import { fetchFeedItem } from '../feeds/fetch-feed-item';
import { pollFeed } from '../feeds/poll-feed';
import type { FetchPageOptions } from '../fetch/fetch-page';
import { errorForLog } from '../http/error-for-log';
import type { ParsePool } from '../ingest/parse-pool';

/** The queues: a sweep for due feeds (every minute, and at once after feeds.add), one poll a feed, one fetch an item, reparses. */
export const QUEUES = { due: 'feeds-due', poll: 'feed-poll', item: 'feed-item', reparse: 'articles-reparse' } as const;

/** What the job handlers need, and how often this process asks the queue for work. */
export interface JobQueueOptions {
  database: Pick<Database, 'db' | 'executeSql'>;
  parser: ParsePool;
  fetchOptions: FetchPageOptions;
  /** The least time between two polls of one feed. */
  feedIntervalMs: number;
  /** How often each worker looks for a job when idle (pg-boss polls; default 2 s, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Items fetched at once by this process (default 2). */
  itemConcurrency?: number;
}

/** The running queue: ask for a sweep or a reparse now, and stop (waiting for the jobs in hand). */
export interface JobQueue {
  /** Queues a sweep that claims the due feeds and queues a poll of each. */
  pollDue: () => Promise<void>;
  /** Queues a reparse of the articles stored by another parser version (one at a time across processes). */
  reparseOutdated: () => Promise<void>;
  stop: () => Promise<void>;
}

interface PollData {
  feedId: string;
}
interface ItemData {
  feedId: string;
  key: string;
}

/**
 * Starts pg-boss on the API's own database connection (the `db` option with executeSql): on
 * PostgreSQL several API processes share the queue (SKIP LOCKED: each job runs in one of them); on
 * PGlite the same handlers run in the one process. pg-boss needs no LISTEN/NOTIFY, so it runs on
 * PGlite as it is; its schema (`pgboss`) is created on first start.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { db } = options.database;
  const boss = new PgBoss({
    db: { executeSql: options.database.executeSql },
    schema: 'pgboss',
    migrate: true,
    supervise: true,
    schedule: true,
  });
  boss.on('error', (error) => console.error(`job queue: ${errorForLog(error)}`));
  await boss.start();
  await boss.createQueue(QUEUES.due, { name: QUEUES.due, policy: 'short', retryLimit: 0 });
  await boss.createQueue(QUEUES.poll, { name: QUEUES.poll, retryLimit: 1 });
  await boss.createQueue(QUEUES.item, { name: QUEUES.item, retryLimit: 2, retryDelay: 30 });
  await boss.createQueue(QUEUES.reparse, { name: QUEUES.reparse, policy: 'stately', retryLimit: 1 });
  const work = { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await boss.work(QUEUES.due, work, async () => {
    const due = await claimDueFeeds(db, options.feedIntervalMs);
    if (due.length > 0) await boss.insert(due.map((feedId) => ({ name: QUEUES.poll, data: { feedId } satisfies PollData })));
  });
  await boss.work<PollData>(QUEUES.poll, work, async ([job]) => {
    if (!job) return;
    const fresh = await pollFeed(db, job.data.feedId, options.fetchOptions);
    if (fresh.length > 0) {
      await boss.insert(fresh.map((key) => ({ name: QUEUES.item, data: { feedId: job.data.feedId, key } satisfies ItemData })));
    }
  });
  for (let i = 0; i < (options.itemConcurrency ?? 2); i++) {
    await boss.work<ItemData>(QUEUES.item, work, async ([job]) => {
      if (job) await fetchFeedItem({ db, parser: options.parser }, job.data, options.fetchOptions);
    });
  }
  await boss.work(QUEUES.reparse, work, async () => {
    const n = await reparseMany({ db, parser: options.parser }, false);
    if (n > 0) console.log(`reparsed ${n} articles with the current parser`);
  });
  // Every minute one process (pg-boss keeps one schedule across them) queues a sweep for due feeds.
  await boss.schedule(QUEUES.due, '* * * * *');

  return {
    pollDue: async () => {
      await boss.send(QUEUES.due, {});
    },
    reparseOutdated: async () => {
      await boss.send(QUEUES.reparse, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
